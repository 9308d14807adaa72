package io.trunkline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trunkline.cli.internal.CommandLine;
import io.trunkline.cli.internal.Console;
import io.trunkline.cli.internal.ExitCode;
import io.trunkline.model.examples.Examples;

/**
 * Thousands of hostile variants of the examples through the command line's own entry points, in-process:
 * {@code plan} (load, validate, size, write xlsx, CSV and HTML) and {@code size --explain}. Every variant must
 * end in a result or a load problem within its time budget, say nothing of Java's insides, fetch nothing and
 * leave no temporary file.
 * <p>
 * The seed is printed; {@code -Dtrunkline.fuzz.seed=S} repeats a run, {@code -Dtrunkline.fuzz.variants=N} sets
 * its size, and each failing variant is kept under {@code target/fuzz-failures/}.
 */
class HostileTopologyFuzzTest {

    private static final int VARIANTS = Integer.getInteger("trunkline.fuzz.variants", 5_000);
    private static final long BUDGET_SECONDS = 10;
    private static final int MAX_HANGS = 2;
    private static final int WORKERS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    /** Java's insides: implementation classes, identity hashes, exception names, stack frames. */
    private static final Pattern INSIDES = Pattern.compile("io\\.trunkline\\..*Impl|@[0-9a-f]{6,}|Exception|\tat ");

    @TempDir
    Path work;

    private final List<String> failures = new ArrayList<>();
    /** CPU time of the checks alone, a measure that does not depend on what else the machine runs. */
    private final AtomicLong checkCpuNanos = new AtomicLong();

    private static long seed() {
        String given = System.getProperty("trunkline.fuzz.seed", "random").strip();
        return given.matches("-?\\d+") ? Long.parseLong(given) : System.nanoTime();
    }

    /** One variant's own random source, so variant N of seed S is the same whatever ran before it. */
    private static Random randomFor(long seed, int variant) {
        return new Random(seed * 0x9E3779B97F4A7C15L + variant);
    }

    @Test
    void hostileVariantsOfTheExamplesEndInAResultOrALoadProblem() throws Exception {
        long seed = seed();
        System.out.println("HostileTopologyFuzzTest: seed " + seed + ", " + VARIANTS
                + " variants (repeat with -Dtrunkline.fuzz.seed=" + seed + ")");
        String previousLogs = System.getProperty("trunkline.logs");
        System.setProperty("trunkline.logs", work.resolve("logs").toString());
        Set<String> tempBefore = workbooksInSystemTemp();
        List<String> examples = Examples.names();
        List<byte[]> originals = new ArrayList<>();
        for (String name : examples) {
            originals.add(Examples.bytes(name));
        }
        AtomicInteger connections = new AtomicInteger();
        int hangs = 0;
        long started = System.nanoTime();
        int done = 0;
        ExecutorService workers = newWorkers();
        try (ServerSocket trap = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread listener = new Thread(() -> countConnections(trap, connections), "fuzz-network-trap");
            listener.setDaemon(true);
            listener.start();
            while (done < VARIANTS && hangs < MAX_HANGS) {
                // One variant per core at a time, each in a folder of its own.
                List<Future<List<String>>> runs = new ArrayList<>();
                List<TopologyMutator.Variant> variants = new ArrayList<>();
                List<String> labels = new ArrayList<>();
                for (int w = 0; w < WORKERS && done + w < VARIANTS; w++) {
                    int i = done + w;
                    Random random = randomFor(seed, i);
                    int example = random.nextInt(originals.size());
                    TopologyMutator.Variant variant = new TopologyMutator(random, trap.getLocalPort())
                            .mutate(originals.get(example));
                    variants.add(variant);
                    labels.add("seed " + seed + " variant " + i + " (" + examples.get(example) + ": "
                            + String.join("; ", variant.mutations()) + ")");
                    Path folder = Files.createDirectories(work.resolve("worker-" + hangs + "-" + w));
                    Path file = folder.resolve("variant.topology");
                    Files.write(file, variant.bytes());
                    runs.add(workers.submit(() -> check(file, folder.resolve("out"), variant)));
                }
                for (int w = 0; w < runs.size(); w++) {
                    List<String> problems;
                    try {
                        problems = runs.get(w).get(BUDGET_SECONDS, TimeUnit.SECONDS);
                    } catch (TimeoutException hung) {
                        hangs++;
                        problems = List.of("did not finish within " + BUDGET_SECONDS + " s (a hang)");
                    }
                    if (!problems.isEmpty()) {
                        keep(seed, done + w, variants.get(w));
                        failures.add(labels.get(w) + ": " + String.join(" | ", problems));
                    }
                }
                if (runs.stream().anyMatch(run -> !run.isDone())) {
                    // A hung thread cannot be stopped; leave it, with its folder, and go on with fresh ones.
                    workers.shutdownNow();
                    workers = newWorkers();
                }
                int fetched = connections.getAndSet(0);
                if (fetched > 0) {
                    failures.add("seed " + seed + " variants " + done + "-" + (done + runs.size() - 1) + ": connected to "
                            + "the network (" + fetched + " connection(s) to 127.0.0.1:" + trap.getLocalPort() + ")");
                }
                done += runs.size();
            }
        } finally {
            workers.shutdownNow();
            restore(previousLogs);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpu = checkCpuNanos.get() / 1e9;
        System.out.printf(Locale.ROOT, "HostileTopologyFuzzTest: %d variants in %.1f s (%.0f per second, %.1f ms of CPU each)"
                + ", %d failing%n", done, seconds, done / seconds, cpu * 1000 / done, failures.size());
        Set<String> tempAfter = workbooksInSystemTemp();
        tempAfter.removeAll(tempBefore);
        if (!tempAfter.isEmpty()) {
            failures.add("seed " + seed + ": workbook copies left in the system temporary folder: " + tempAfter);
        }
        if (!failures.isEmpty()) {
            Path list = Files.createDirectories(Path.of("target", "fuzz-failures")).resolve("seed-" + seed + ".txt");
            Files.write(list, failures);
            fail(failures.size() + " of " + done + " variants failed (seed " + seed + "; all listed in "
                    + list.toAbsolutePath() + "):\n  " + failures.stream().limit(25).collect(Collectors.joining("\n  ")));
        }
        assertTrue(done == VARIANTS, "every variant ran");
    }

    /** Runs the verbs on one variant and lists what went wrong. */
    private List<String> check(Path file, Path out, TopologyMutator.Variant variant) throws IOException {
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        try {
            return problemsOf(file, out, variant);
        } finally {
            checkCpuNanos.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu);
        }
    }

    private List<String> problemsOf(Path file, Path out, TopologyMutator.Variant variant) throws IOException {
        List<String> problems = new ArrayList<>();
        String[] plan = { "plan", file.toString(), "--out", out.toString() };
        String[] size = { "size", file.toString(), "--explain" };
        String[] resilience = { "resilience", file.toString() };
        for (String[] verb : List.of(plan, size, resilience)) {
            ByteArrayOutputStream stdout = new ByteArrayOutputStream();
            ByteArrayOutputStream stderr = new ByteArrayOutputStream();
            int code = CommandLine.standard().run(verb, new Console(new PrintStream(stdout, true, StandardCharsets.UTF_8),
                    new PrintStream(stderr, true, StandardCharsets.UTF_8)));
            String said = stdout.toString(StandardCharsets.UTF_8) + stderr.toString(StandardCharsets.UTF_8);
            String err = stderr.toString(StandardCharsets.UTF_8);
            boolean loadProblem = code == ExitCode.IO && err.startsWith("trunkline: cannot load ");
            if (code == ExitCode.INTERNAL) {
                problems.add(verb[0] + ": unexpected failure: " + lastLoggedFailure());
            } else if (code != ExitCode.OK && code != ExitCode.FINDINGS && !loadProblem) {
                problems.add(verb[0] + ": exit " + code + ": " + clip(err));
            }
            if (INSIDES.matcher(said).find()) {
                problems.add(verb[0] + ": the output shows Java's insides: " + clip(firstMatchingLine(said)));
            }
            if (variant.foreignReference() && !loadProblem) {
                problems.add(verb[0] + ": a reference outside the file was accepted (exit " + code + ")");
            }
        }
        if (Files.isDirectory(out)) {
            try (Stream<Path> files = Files.list(out)) {
                List<String> hidden = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
                if (!hidden.isEmpty()) {
                    problems.add("left behind in the output folder: " + hidden);
                }
            }
        }
        return problems;
    }

    private synchronized String lastLoggedFailure() throws IOException {
        Path log = work.resolve("logs").resolve("trunkline-cli.log");
        if (!Files.exists(log)) {
            return "(no log)";
        }
        List<String> lines = Files.readAllLines(log);
        Files.delete(log);
        // The entry's second line is the exception, the next few its innermost Trunkline frames.
        return lines.stream().skip(1).limit(4).map(String::strip).collect(Collectors.joining(" / "));
    }

    private void keep(long seed, int variant, TopologyMutator.Variant bytes) throws IOException {
        Path kept = Path.of("target", "fuzz-failures").toAbsolutePath();
        Files.createDirectories(kept);
        Files.write(kept.resolve("seed-" + seed + "-variant-" + variant + ".topology"), bytes.bytes());
    }

    private static String firstMatchingLine(String text) {
        return text.lines().filter(l -> INSIDES.matcher(l).find()).findFirst().orElse(text);
    }

    private static String clip(String text) {
        String line = text.strip().replace('\n', ' ');
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    private static void countConnections(ServerSocket trap, AtomicInteger connections) {
        while (!trap.isClosed()) {
            try (Socket ignored = trap.accept()) {
                connections.incrementAndGet();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static ExecutorService newWorkers() {
        return Executors.newFixedThreadPool(WORKERS, task -> {
            Thread thread = new Thread(task, "fuzz-variant");
            thread.setDaemon(true);
            return thread;
        });
    }

    private static Set<String> workbooksInSystemTemp() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("trunkline-.*\\.xlsx"))
                    .collect(Collectors.toSet());
        }
    }

    private static void restore(String previousLogs) {
        if (previousLogs == null) {
            System.clearProperty("trunkline.logs");
        } else {
            System.setProperty("trunkline.logs", previousLogs);
        }
    }
}
