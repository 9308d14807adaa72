package io.trunkline.validation;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The rules a user switched off or gave another severity; every other rule runs as the catalogue says. The
 * editor keeps them in the workspace preferences, the command line reads them from a file ({@code --rules FILE})
 * and the preference page imports and exports the same file:
 *
 * <pre>
 * # one rule a line: RULE-ID = off | on | error | warning | info
 * TL-GW-04 = off
 * TL-GW-05 = error
 * </pre>
 *
 * Blank lines and lines starting with {@code #} are ignored; a rule not listed keeps its catalogue setting.
 */
public final class RuleSettings {

    /** Larger than any file listing every rule many times over; a larger file is not a settings file. */
    static final int MAX_BYTES = 256 * 1024;

    private static final RuleSettings DEFAULTS = new RuleSettings(Map.of());

    /** Rule id to setting, only the rules that differ from the catalogue. */
    private final Map<String, RuleSetting> changed;

    private RuleSettings(Map<String, RuleSetting> changed) {
        this.changed = Collections.unmodifiableMap(new TreeMap<>(changed));
    }

    /** Every rule as the catalogue says. */
    public static RuleSettings defaults() {
        return DEFAULTS;
    }

    /** The setting of {@code rule}. */
    public RuleSetting setting(Rule rule) {
        return changed.getOrDefault(rule.id(), RuleSetting.ON);
    }

    /** Whether findings of {@code rule} are reported. */
    public boolean isEnabled(Rule rule) {
        return setting(rule) != RuleSetting.OFF;
    }

    /** These settings with {@code rule} set to {@code setting}. */
    public RuleSettings with(Rule rule, RuleSetting setting) {
        Map<String, RuleSetting> next = new TreeMap<>(changed);
        if (setting == RuleSetting.ON) {
            next.remove(rule.id());
        } else {
            next.put(rule.id(), setting);
        }
        return new RuleSettings(next);
    }

    /** The findings of enabled rules, each at the severity these settings give its rule. */
    public List<Finding> apply(List<Finding> findings) {
        if (changed.isEmpty()) {
            return findings;
        }
        List<Finding> kept = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            RuleSetting setting = setting(finding.rule());
            if (setting != RuleSetting.OFF) {
                kept.add(finding.withSeverity(setting.severity(finding.rule())));
            }
        }
        return kept;
    }

    /** The rules that differ from the catalogue: id to the word of the file ({@code off}, {@code error}, …). */
    public Map<String, String> asMap() {
        Map<String, String> words = new LinkedHashMap<>();
        changed.forEach((id, setting) -> words.put(id, setting.word()));
        return words;
    }

    /** Settings from id-to-word pairs as {@link #asMap()} gives them; unknown ids and words are skipped. */
    public static RuleSettings fromMap(Map<String, String> words) {
        RuleSettings settings = DEFAULTS;
        for (Map.Entry<String, String> entry : words.entrySet()) {
            Optional<Rule> rule = RuleCatalogue.byId(entry.getKey());
            Optional<RuleSetting> setting = RuleSetting.ofWord(entry.getValue());
            if (rule.isPresent() && setting.isPresent()) {
                settings = settings.with(rule.get(), setting.get());
            }
        }
        return settings;
    }

    /** The settings as the file the command line reads: a header, then one commented line per changed rule. */
    public String text() {
        StringBuilder out = new StringBuilder();
        out.append("# Trunkline rule settings, for 'trunkline validate --rules FILE' and the Validation preferences.\n");
        out.append("# One rule a line: RULE-ID = off | on | error | warning | info; rules not listed run as the catalogue says.\n");
        for (Map.Entry<String, RuleSetting> entry : changed.entrySet()) {
            Rule rule = RuleCatalogue.byId(entry.getKey()).orElseThrow();
            out.append("\n# ").append(rule.title()).append(" (catalogue: ")
                    .append(rule.severity().name().toLowerCase(Locale.ROOT)).append(")\n");
            out.append(entry.getKey()).append(" = ").append(entry.getValue().word()).append('\n');
        }
        return out.toString();
    }

    /** Reads a settings file; {@code name} is how messages call it (the path as the user gave it). */
    public static RuleSettings read(Path file, String name) throws RuleSettingsException {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new RuleSettingsException(name, 0, "is a folder, not a rule settings file");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new RuleSettingsException(name, 0, String.format(Locale.ROOT,
                        "is %,d bytes, more than the %,d a rule settings file can be; is it the right file?", Files.size(file), MAX_BYTES));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new RuleSettingsException(name, 0, "no such rule settings file");
        } catch (AccessDeniedException e) {
            throw new RuleSettingsException(name, 0, "cannot be read: permission denied");
        } catch (IOException e) {
            throw new RuleSettingsException(name, 0, "cannot be read: " + (e.getMessage() == null ? "the file system refused it" : e.getMessage()));
        }
        return parse(name, decode(name, bytes));
    }

    /** Parses the text of a settings file; {@code name} is how messages call the file. */
    public static RuleSettings parse(String name, String text) throws RuleSettingsException {
        Map<String, RuleSetting> settings = new TreeMap<>();
        Map<String, Integer> lineOf = new TreeMap<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            if (i == 0 && line.startsWith("\ufeff")) {
                line = line.substring(1).strip();
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0) {
                throw new RuleSettingsException(name, number,
                        "'" + shown(line) + "' is not 'RULE-ID = off|on|error|warning|info'");
            }
            String id = line.substring(0, equals).strip();
            String word = line.substring(equals + 1).strip();
            Rule rule = rule(name, number, id);
            RuleSetting setting = RuleSetting.ofWord(word.toLowerCase(Locale.ROOT)).orElseThrow(() -> new RuleSettingsException(name,
                    number, id + " is set to '" + shown(word) + "'; a rule can be off, on, error, warning or info"));
            Integer earlier = lineOf.putIfAbsent(rule.id(), number);
            if (earlier != null) {
                throw new RuleSettingsException(name, number, rule.id() + " is set again (first on line " + earlier + "); set each rule once");
            }
            settings.put(rule.id(), setting);
        }
        settings.values().removeIf(setting -> setting == RuleSetting.ON);
        return settings.isEmpty() ? DEFAULTS : new RuleSettings(settings);
    }

    private static Rule rule(String name, int number, String id) throws RuleSettingsException {
        if (id.isEmpty()) {
            throw new RuleSettingsException(name, number, "the line has no rule id before '='");
        }
        Optional<Rule> rule = RuleCatalogue.byId(id);
        if (rule.isPresent()) {
            return rule.get();
        }
        Optional<Rule> nearly = RuleCatalogue.all().stream().filter(r -> r.id().equalsIgnoreCase(id)).findFirst();
        throw new RuleSettingsException(name, number, "no rule '" + shown(id) + "' in the catalogue"
                + nearly.map(r -> "; did you mean " + r.id() + "?").orElse("; 'trunkline rules' lists them"));
    }

    private static String decode(String name, byte[] bytes) throws RuleSettingsException {
        StringBuilder text = new StringBuilder(bytes.length);
        int line = 1;
        int start = 0;
        // line by line, so the message can say which line is not text
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    text.append(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, i - start)));
                } catch (CharacterCodingException e) {
                    throw new RuleSettingsException(name, line, "is not UTF-8 text; is it a rule settings file?");
                }
                if (i < bytes.length) {
                    text.append('\n');
                }
                line++;
                start = i + 1;
            }
        }
        return text.toString();
    }

    /** Text from the file with control characters as {@code U+XXXX}, cut to a length a message can hold. */
    private static String shown(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(60).forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                out.append(String.format(Locale.ROOT, "U+%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return text.codePointCount(0, text.length()) > 60 ? out + "…" : out.toString();
    }
}
