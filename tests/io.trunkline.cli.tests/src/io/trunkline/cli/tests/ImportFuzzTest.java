package io.trunkline.cli.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trunkline.model.persistence.TopologyFiles;

/**
 * Mutated import fixtures (documents and inventories) through {@code trunkline import}: whatever the input, the
 * command either exits 0 with a topology that loads, or exits 3 with a message and nothing written; it never exits
 * 4, never shows Java's insides and never leaves a temporary file. The real {@code ./trunkline cli import} starts a
 * JVM per run (2 s on an idle machine, 15 s when six builds share two cores), so it gets {@link #REAL_VARIANTS}
 * variants, two at a time; the same checks run in-process on {@link #IN_PROCESS_VARIANTS} more.
 * <p>
 * The seed is printed; {@code -Dtrunkline.fuzz.seed=S} repeats a run.
 */
class ImportFuzzTest {

    private static final int REAL_VARIANTS = 4;
    private static final int IN_PROCESS_VARIANTS = 300;
    private static final Pattern INSIDES = Pattern.compile("Exception|\tat |java\\.|io\\.trunkline\\.|org\\.xml|@[0-9a-f]{6,}");
    private static final List<String> DOCUMENTS = List.of("single-site.xml", "single-site.tbxml", "two-central-sites.xml",
            "two-central-sites.tbxml");
    private static final List<String> HOSTILE = List.of("=cmd|' /C calc'!A0", "-1", "2147483648", "", "\u0085", "&amp;&lt;",
            "x".repeat(300), "\"", "'", "<", "]]>", "urn:schema:Other", "::1", "999999");

    @TempDir
    Path work;

    /** How many variants were imported (exit 0); the others were refused. */
    private final java.util.concurrent.atomic.AtomicInteger imported = new java.util.concurrent.atomic.AtomicInteger();

    record Variant(String document, byte[] bytes, String inventory, List<String> mutations) {
    }

    private static long seed() {
        String given = System.getProperty("trunkline.fuzz.seed", "random").strip();
        return given.matches("-?\\d+") ? Long.parseLong(given) : System.nanoTime();
    }

    /** Runs {@code trunkline import ARGUMENTS} one way or another and reports what happened in {@code folder}. */
    interface Runner {
        RealImportCommand.Result run(Path folder, Path home, String... arguments) throws Exception;
    }

    @Test
    void theRealCommandOnMutatedFixturesEndsInATopologyOrAMessageAndNothingOnDisk() throws Exception {
        fuzz(REAL_VARIANTS, 2, RealImportCommand::run);
    }

    @Test
    void theCommandInProcessOnManyMoreMutatedFixturesEndsTheSameWay() throws Exception {
        fuzz(IN_PROCESS_VARIANTS, 2, ImportFuzzTest::inProcess);
    }

    private static RealImportCommand.Result inProcess(Path folder, Path home, String... arguments) throws Exception {
        List<String> all = new ArrayList<>(List.of("import"));
        all.addAll(List.of(arguments));
        Cli run = Cli.run(all.toArray(String[]::new));
        return new RealImportCommand.Result(run.exitCode(), run.out(), run.err(), RealImportCommand.listing(folder));
    }

    private void fuzz(int variants, int parallel, Runner runner) throws Exception {
        long seed = seed();
        System.out.println("ImportFuzzTest: seed " + seed + ", " + variants + " variants (repeat with -Dtrunkline.fuzz.seed="
                + seed + ")");
        List<String> failures = new ArrayList<>();
        ExecutorService workers = Executors.newFixedThreadPool(parallel);
        long started = System.nanoTime();
        try {
            List<Future<String>> runs = new ArrayList<>();
            for (int i = 0; i < variants; i++) {
                Variant variant = mutate(new Random(seed * 31 + i));
                Path folder = Files.createDirectories(work.resolve("variant-" + i));
                Path home = Files.createDirectories(work.resolve("home-" + i));
                int number = i;
                runs.add(workers.submit(() -> check(number, variant, folder, home, runner)));
            }
            for (Future<String> run : runs) {
                String problem = run.get();
                if (problem != null) {
                    failures.add(problem);
                }
            }
        } finally {
            workers.shutdownNow();
        }
        System.out.printf(Locale.ROOT, "ImportFuzzTest: %d variants in %.1f s, %d imported, the others refused%n", variants,
                (System.nanoTime() - started) / 1e9, imported.get());
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + variants + " variants failed (seed " + seed + "):\n  " + String.join("\n  ", failures));
        }
    }

    private String check(int number, Variant variant, Path folder, Path home, Runner runner) throws Exception {
        Path document = Files.write(folder.resolve(variant.document()), variant.bytes());
        List<String> arguments = new ArrayList<>(List.of(document.toString(), "--out", folder.resolve("out.topology").toString()));
        if (variant.inventory() != null) {
            arguments.addAll(List.of("--inventory", Files.writeString(folder.resolve("sites.csv"), variant.inventory()).toString()));
        }
        RealImportCommand.Result result = runner.run(folder, home, arguments.toArray(String[]::new));
        List<String> inputs = variant.inventory() == null ? List.of(variant.document())
                : List.of(variant.document(), "sites.csv").stream().sorted().toList();
        String label = "variant " + number + " (" + variant.document() + ": " + String.join("; ", variant.mutations()) + ")";
        if (INSIDES.matcher(result.said()).find()) {
            return label + ": the output shows Java's insides: " + result.said();
        }
        if (result.code() == 0) {
            try {
                TopologyFiles.load(folder.resolve("out.topology"));
            } catch (Exception e) {
                return label + ": exit 0 but the topology does not load: " + e.getMessage();
            }
            imported.incrementAndGet();
            List<String> expected = new ArrayList<>(inputs);
            expected.add("out.topology");
            return result.left().equals(expected.stream().sorted().toList()) ? null : label + ": left " + result.left();
        }
        if (result.code() != 3) {
            return label + ": exit " + result.code() + ": " + result.err();
        }
        if (!result.err().startsWith("trunkline import: ")) {
            return label + ": exit 3 without a message: " + result.err();
        }
        return result.left().equals(inputs) ? null : label + ": failed but left " + result.left();
    }

    /** A fixture with one to three mutations, and for some variants a mutated copy of the fixture inventory. */
    private static Variant mutate(Random random) throws Exception {
        String name = DOCUMENTS.get(random.nextInt(DOCUMENTS.size()));
        String text = Files.readString(RealImportCommand.EXAMPLES.resolve(name));
        List<String> mutations = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        byte[] bytes = null;
        // A cut at 0 leaves an empty document, hostile enough: nothing is left to mutate.
        for (int m = 0; m < count && !text.isEmpty(); m++) {
            switch (random.nextInt(6)) {
            case 0 -> {
                int at = random.nextInt(text.length());
                text = text.substring(0, at);
                mutations.add("cut at " + at);
            }
            case 1 -> {
                List<String> lines = new ArrayList<>(text.lines().toList());
                int line = random.nextInt(lines.size());
                mutations.add("line " + (line + 1) + " dropped");
                lines.remove(line);
                text = String.join("\n", lines);
            }
            case 2 -> {
                List<String> lines = new ArrayList<>(text.lines().toList());
                int line = random.nextInt(lines.size());
                mutations.add("line " + (line + 1) + " doubled");
                lines.add(line, lines.get(line));
                text = String.join("\n", lines);
            }
            case 3 -> {
                var values = Pattern.compile("=\"([^\"]*)\"").matcher(text).results().toList();
                if (values.isEmpty()) {
                    continue; // a cut before the first attribute
                }
                var value = values.get(random.nextInt(values.size()));
                String hostile = HOSTILE.get(random.nextInt(HOSTILE.size()));
                mutations.add("value '" + value.group(1) + "' replaced by '" + hostile.substring(0, Math.min(20, hostile.length())) + "'");
                text = text.substring(0, value.start(1)) + hostile + text.substring(value.end(1));
            }
            case 4 -> {
                mutations.add("DOCTYPE with an entity added");
                text = text.replaceFirst("<(Topology|TopologyBuilder) ", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<$1 ");
            }
            default -> {
                byte[] raw = text.getBytes(StandardCharsets.UTF_8);
                int at = random.nextInt(raw.length);
                raw[at] = (byte) random.nextInt(256);
                bytes = raw;
                mutations.add(String.format(Locale.ROOT, "byte %d set to %02x", at, raw[at] & 0xff));
                // Text mutations after this one would not see the byte; it is the last.
                m = count;
            }
            }
        }
        String inventory = null;
        if (name.startsWith("two-central") && random.nextBoolean()) {
            List<String> rows = new ArrayList<>(Files.readAllLines(RealImportCommand.EXAMPLES.resolve("two-central-sites-inventory.csv")));
            int row = 1 + random.nextInt(rows.size() - 1);
            String[] cells = rows.get(row).split(",", -1);
            int cell = random.nextInt(cells.length);
            cells[cell] = HOSTILE.get(random.nextInt(HOSTILE.size())).replace("\"", "\"\"");
            rows.set(row, String.join(",", cells));
            inventory = String.join("\n", rows) + "\n";
            mutations.add("inventory row " + (row + 1) + " cell " + (cell + 1) + " replaced");
        }
        return new Variant(name, bytes != null ? bytes : text.getBytes(StandardCharsets.UTF_8), inventory, mutations);
    }
}
