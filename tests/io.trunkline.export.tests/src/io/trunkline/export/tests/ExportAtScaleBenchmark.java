package io.trunkline.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, item 4: the real {@code ./trunkline cli export} of 10,000, 50,000 and 100,000 generated sites (the
 * largest plan the loader opens, and {@code generate} writes) peaks below 1 GB of resident memory, in time linear in
 * the size (see docs/benchmarks.md).
 * Each topology is written by the real {@code ./trunkline cli generate}; the export's Java process is found below
 * the script and its peak resident set ({@code VmHWM}) and CPU time read from {@code /proc} until it ends. It needs the built product, which the reactor
 * builds before the test bundles.
 */
@Tag("benchmark")
class ExportAtScaleBenchmark {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent().getParent();
    private static final Path PRODUCT = ROOT.resolve("releng/io.trunkline.product/target/products/io.trunkline.product/linux/gtk/x86_64");
    private static final int[] SITES = { 10_000, 50_000, 100_000 };
    /** Clock ticks per second of /proc/PID/stat's times (USER_HZ, 100 on Linux). */
    private static final double TICKS = 100;

    /** What one run of the command cost. */
    private record Run(int code, double seconds, double cpuSeconds, long peakRssKb, String err) {
    }

    @Test
    void exportOfLargeTopologiesFromTheCommandLine() throws Exception {
        assertTrue(Files.isDirectory(PRODUCT.resolve("plugins")), "the product is not built (" + PRODUCT + ")");
        Path folder = Files.createTempDirectory("export-at-scale");
        StringBuilder table = new StringBuilder(
                "| sites | wall time | CPU time (user+sys) | CPU time per 1,000 sites | peak RSS | xlsx | CSV files | HTML files (count) |\n"
                        + "|---|---|---|---|---|---|---|---|\n");
        for (int sites : SITES) {
            Path topology = folder.resolve("s" + sites + ".topology");
            Run generated = trunkline(folder, "cli", "generate", "--sites", Integer.toString(sites), "--seed", "1", "--out",
                    topology.toString());
            assertEquals(0, generated.code(), generated.err());
            Path out = folder.resolve("out" + sites);
            Run export = trunkline(folder, "cli", "export", topology.toString(), "--out", out.toString(), "--fail-on", "never");
            if (export.code() == 3 && export.err().contains("Trunkline opens topology files of up to")) {
                // The loader's file-size limit (TopologyLimits) is the model's to set; the table says where it stops.
                table.append(String.format(Locale.ROOT, "| %,d | refused: the file is %,d MB, over the loader's limit | | | | | | |%n",
                        sites, Files.size(topology) >> 20));
                Files.delete(topology);
                continue;
            }
            assertEquals(0, export.code(), export.err());
            table.append(String.format(Locale.ROOT, "| %,d | %.1f s | %.1f s | %.2f s | %,d MB | %,d MB | %,d MB | %,d MB (%d) |%n",
                    sites, export.seconds(), export.cpuSeconds(), export.cpuSeconds() * 1000 / sites, export.peakRssKb() >> 10,
                    size(out, ".xlsx") >> 20, size(out, ".csv") >> 20, size(out, ".html") >> 20, count(out, ".html")));
            delete(out);
            Files.delete(topology);
        }
        System.out.println("Export at scale: the real command line\n" + table);
        Path file = Path.of("target", "benchmarks", "export-at-scale.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, table);
    }

    /** Runs {@code ./trunkline ARGS}, reading the peak resident set and CPU time of the Java process below it. */
    private static Run trunkline(Path folder, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("trunkline").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
        builder.environment().remove("DISPLAY");
        Path err = folder.resolve("stderr");
        builder.redirectOutput(folder.resolve("stdout").toFile()).redirectError(err.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        long peakKb = 0;
        double cpu = 0;
        while (!process.waitFor(100, TimeUnit.MILLISECONDS)) {
            Optional<ProcessHandle> java = process.descendants().filter(ExportAtScaleBenchmark::isJava).findFirst();
            if (java.isPresent()) {
                // VmHWM only grows; the last reading before the process ends is its peak but for the last 100 ms.
                peakKb = Math.max(peakKb, statusKb(java.get().pid(), "VmHWM:"));
                cpu = Math.max(cpu, cpuSeconds(java.get().pid()));
            }
            if (System.nanoTime() - start > TimeUnit.MINUTES.toNanos(30)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError("./trunkline " + String.join(" ", arguments) + " did not finish in 30 minutes");
            }
        }
        return new Run(process.exitValue(), (System.nanoTime() - start) / 1e9, cpu, peakKb, Files.readString(err));
    }

    private static boolean isJava(ProcessHandle handle) {
        return handle.info().command().map(c -> c.endsWith("/java")).orElse(false);
    }

    private static long statusKb(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException gone) {
            // The process ended between the check and the read.
        }
        return 0;
    }

    /** utime + stime of /proc/PID/stat (fields 14 and 15, counted after the command name in parentheses). */
    private static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    private static long size(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(suffix)).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static long count(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(suffix)).count();
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }
}
