package io.trunkline.validation.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;

import io.trunkline.model.Topology;
import io.trunkline.model.examples.Examples;
import io.trunkline.model.persistence.TopologyFiles;
import io.trunkline.model.persistence.TopologyLoadException;
import io.trunkline.planning.SiteSizing;
import io.trunkline.planning.TopologySizer;
import io.trunkline.validation.Finding;
import io.trunkline.validation.Validation;

/**
 * Seeded mutations of the example topologies (elements dropped, duplicated and swapped; attributes set to
 * boundary numbers, NaN, huge and control-character strings, references to other files and web addresses)
 * through load, validation, sizing and save (issue 14). Every variant must finish within its time budget, end in
 * a topology or in load problems, say nothing a planner cannot read (class names, object identities, control
 * characters), and save to bytes that load again. Run more with {@code -Dtrunkline.fuzz.variants=N}, another
 * seed with {@code -Dtrunkline.fuzz.seed=S}; a failure names the seed and the variant.
 */
class HostileInputFuzzTest {

    private static final long SEED = Long.getLong("trunkline.fuzz.seed", 20261130L);
    private static final int VARIANTS = Integer.getInteger("trunkline.fuzz.variants", 5_000);
    private static final long BUDGET_MS = 5_000;

    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final Pattern START_TAG = Pattern.compile("<[A-Za-z][\\w:]*");
    /** Attributes the examples mostly leave at their defaults, so that mutations reach them too. */
    private static final String[] SIZING_ATTRIBUTES = { "users", "pstnPorts", "gradeOfService", "meanHoldingTimeSeconds",
            "customCallsPerUserBusyHour", "usageProfile", "pstnServedBy", "nextHop", "servers", "name", "description",
            "peer", "gateway", "siteA" };
    private static final Pattern UNREADABLE = Pattern.compile(
            "Impl@|Exception|java\\.|javax\\.|org\\.eclipse|org\\.xml|com\\.sun|io\\.trunkline|'null'|[\\x00-\\x09\\x0b-\\x1f\\x7f-\\x9f]");
    private static final String[] VALUES = { "", "0", "-1", "1", "5", "0.5", "2147483647", "-2147483648",
            "2147483648", "NaN", "Infinity", "-Infinity", "1e308", "-0.0", "true", "CUSTOM", "TCP",
            "http://127.0.0.1:9/other.topology#peer-x", "file:///etc/passwd#x", "#//@centralSites.0",
            "other.topology#site-1", "a&#x9;b", "red&#x85;alert", "&lt;script&gt;", "=cmd|' /C calc'!A0", "ß☎︎𝄞",
            "x".repeat(257), "y".repeat(40_000) };

    @Test
    void mutatedExamplesNeverHangCrashLeakInternalsOrSaveUnreadableFiles() throws Exception {
        List<byte[]> examples = new ArrayList<>();
        Examples.names().forEach(name -> examples.add(Examples.bytes(name)));
        Random random = new Random(SEED);
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "fuzz variant");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (int variant = 0; variant < VARIANTS; variant++) {
                String text = mutate(new String(examples.get(random.nextInt(examples.size())), StandardCharsets.UTF_8),
                        random);
                Future<?> run = worker.submit(() -> {
                    exercise(text);
                    return null;
                });
                try {
                    run.get(BUDGET_MS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException hang) {
                    run.cancel(true);
                    fail(where(variant) + " took longer than " + BUDGET_MS + " ms:\n" + clip(text));
                } catch (ExecutionException failure) {
                    throw new AssertionError(where(variant) + " failed: " + failure.getCause() + "\n" + clip(text),
                            failure.getCause());
                }
            }
        } finally {
            worker.shutdownNow();
        }
    }

    private static String where(int variant) {
        return "seed " + SEED + ", variant " + variant;
    }

    private static void exercise(String text) throws IOException {
        Topology topology;
        try {
            topology = TopologyFiles.load(text.getBytes(StandardCharsets.UTF_8), "fuzz.topology",
                    URI.createURI("memory:/fuzz.topology"), TopologyFiles.newResourceSet());
        } catch (TopologyLoadException problems) {
            readable(problems.getMessage());
            return;
        }
        for (Finding finding : Validation.validate(topology).findings()) {
            readable(finding.message());
        }
        for (SiteSizing site : TopologySizer.size(topology).sites()) {
            site.reasoning().forEach(HostileInputFuzzTest::readable);
        }
        byte[] saved = TopologyFiles.toBytes(topology);
        TopologyFiles.load(saved, "saved.topology", URI.createURI("memory:/saved.topology"), TopologyFiles.newResourceSet());
    }

    private static void readable(String message) {
        Matcher leak = UNREADABLE.matcher(message);
        if (leak.find()) {
            throw new AssertionError("unreadable for a planner ('" + leak.group() + "'): " + clip(message));
        }
    }

    private static String mutate(String text, Random random) {
        String result = text;
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            result = switch (random.nextInt(7)) {
            case 0, 1 -> changeAttribute(result, random);
            case 2 -> addAttribute(result, random);
            case 3 -> dropLine(result, random);
            case 4 -> duplicateLine(result, random);
            default -> swapLines(result, random);
            };
        }
        return result;
    }

    private static String changeAttribute(String text, Random random) {
        Matcher attributes = ATTRIBUTE.matcher(text);
        List<int[]> values = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        while (attributes.find()) {
            values.add(new int[] { attributes.start(2), attributes.end(2) });
            if (attributes.group(1).equals("id")) {
                ids.add(attributes.group(2));
            }
        }
        int[] value = values.get(random.nextInt(values.size()));
        String replacement = random.nextInt(4) == 0 && !ids.isEmpty()
                ? ids.get(random.nextInt(ids.size())) + (random.nextBoolean() ? " " + ids.get(random.nextInt(ids.size())) : "")
                : VALUES[random.nextInt(VALUES.length)];
        return text.substring(0, value[0]) + replacement + text.substring(value[1]);
    }

    private static String addAttribute(String text, Random random) {
        Matcher tags = START_TAG.matcher(text);
        List<Integer> ends = new ArrayList<>();
        while (tags.find()) {
            ends.add(tags.end());
        }
        int at = ends.get(random.nextInt(ends.size()));
        String added = " " + SIZING_ATTRIBUTES[random.nextInt(SIZING_ATTRIBUTES.length)] + "=\"\"";
        // Added empty, then given a value by the same mutation as every other attribute.
        String withAttribute = text.substring(0, at) + added + text.substring(at);
        int value = at + added.length() - 1;
        List<String> ids = new ArrayList<>();
        Matcher attributes = ATTRIBUTE.matcher(text);
        while (attributes.find()) {
            if (attributes.group(1).equals("id")) {
                ids.add(attributes.group(2));
            }
        }
        String replacement = random.nextBoolean() && !ids.isEmpty() ? ids.get(random.nextInt(ids.size()))
                : VALUES[random.nextInt(VALUES.length)];
        return withAttribute.substring(0, value) + replacement + withAttribute.substring(value);
    }

    private static String dropLine(String text, Random random) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        lines.remove(1 + random.nextInt(lines.size() - 1));
        return String.join("\n", lines);
    }

    private static String duplicateLine(String text, Random random) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        int line = 1 + random.nextInt(lines.size() - 1);
        lines.add(line, lines.get(line));
        return String.join("\n", lines);
    }

    private static String swapLines(String text, Random random) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        int a = 1 + random.nextInt(lines.size() - 1);
        int b = 1 + random.nextInt(lines.size() - 1);
        String first = lines.get(a);
        lines.set(a, lines.get(b));
        lines.set(b, first);
        return String.join("\n", lines);
    }

    private static String clip(String text) {
        return text.length() > 4_000 ? text.substring(0, 4_000) + "…" : text;
    }
}
