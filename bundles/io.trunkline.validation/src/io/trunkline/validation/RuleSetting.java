package io.trunkline.validation;

import java.util.Locale;
import java.util.Optional;

/**
 * What a user chose for one rule: off, on at the catalogue's severity, or on at a severity of their own. The
 * lower-case name is the word of a rule settings file ({@code TL-GW-04 = off}).
 */
public enum RuleSetting {
    OFF, ON, ERROR, WARNING, INFO;

    /** The word a settings file uses. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The setting a settings file's word names, if any. */
    public static Optional<RuleSetting> ofWord(String word) {
        for (RuleSetting setting : values()) {
            if (setting.word().equals(word)) {
                return Optional.of(setting);
            }
        }
        return Optional.empty();
    }

    /** The setting that keeps a rule on at {@code severity}: {@link #ON} when that is its catalogue severity. */
    public static RuleSetting of(Rule rule, Severity severity) {
        return severity == rule.severity() ? ON : valueOf(severity.name());
    }

    /** The severity findings of {@code rule} get under this setting; meaningless for {@link #OFF}. */
    public Severity severity(Rule rule) {
        return switch (this) {
        case OFF, ON -> rule.severity();
        case ERROR -> Severity.ERROR;
        case WARNING -> Severity.WARNING;
        case INFO -> Severity.INFO;
        };
    }
}
