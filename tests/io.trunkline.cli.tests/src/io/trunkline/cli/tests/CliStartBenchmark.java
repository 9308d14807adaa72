package io.trunkline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, item 5: {@code ./trunkline cli validate} of the bundled example in under 1 s, JVM start included.
 * Runs the real command (warm-up 2, median of 9) and, as reference rows, the same command started the way
 * {@code run_cli} did before, then with each start-up change added in turn: first inside OSGi, then without it. CPU
 * is the user and system time of the whole process tree (bash's {@code time}), which the other builds on a shared
 * machine inflate far less than wall-clock time. Run with ./trunkline bench.
 */
@Tag("benchmark")
class CliStartBenchmark {

    private static final int WARM_UP = 2;
    private static final int RUNS = 9;

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent().getParent();
    private static final Path PRODUCT = ROOT
            .resolve("releng/io.trunkline.product/target/products/io.trunkline.product/linux/gtk/x86_64");
    private static final String EXAMPLE = ROOT
            .resolve("bundles/io.trunkline.model/examples/multi-site-enterprise.topology").toString();

    /** The bundles {@code run_cli} installed while the command line still started inside OSGi. */
    private static final String OSGI_BUNDLES = "org.eclipse.equinox.common@2:start,org.eclipse.equinox.app@start,"
            + "org.eclipse.equinox.registry,org.osgi.service.event,org.eclipse.emf.common,org.eclipse.emf.ecore,"
            + "org.eclipse.emf.ecore.xmi,org.eclipse.emf.ecore.change,org.eclipse.emf.edit,io.trunkline.model,"
            + "io.trunkline.planning,io.trunkline.validation,io.trunkline.imports,io.trunkline.resiliency,"
            + "io.trunkline.export,io.trunkline.cli,org.dhatim.fastexcel,wrapped.com.github.rzymek.opczip";

    @TempDir
    Path folder;

    /** Milliseconds over the measured runs. */
    record Timing(double medianWall, double minWall, double maxWall, double medianCpu) {
    }

    @Test
    void commandLineStart() throws Exception {
        String launcher = plugin("org.eclipse.equinox.launcher_");
        String framework = plugin("org.eclipse.osgi_");
        List<String> before = List.of("java", "-Xmx2g", "-jar", launcher);
        List<String> cliBundles = List.of("java", "-Xmx2g", "-Dosgi.bundles=" + OSGI_BUNDLES, "-jar", launcher);
        List<String> c1 = List.of("java", "-Xmx2g", "-XX:TieredStopAtLevel=1", "-Dosgi.bundles=" + OSGI_BUNDLES, "-jar",
                launcher);
        List<String> bootPath = List.of("java", "-Xmx2g", "-XX:TieredStopAtLevel=1", "-Dosgi.bundles=" + OSGI_BUNDLES,
                "-Xbootclasspath/a:" + launcher + ":" + framework, "-Dosgi.install.area=file:" + PRODUCT + "/",
                "org.eclipse.equinox.launcher.Main");
        List<String> plain = List.of("java", "-Xmx800m", "-XX:TieredStopAtLevel=1",
                "-Xbootclasspath/a:" + jars("CLI_SIGNED_JARS"), "-cp", jars("CLI_JARS"), "io.trunkline.cli.internal.Main");

        StringBuilder table = new StringBuilder("| command | start-up | median wall | min wall | max wall | median CPU |\n"
                + "|---|---|---|---|---|---|\n");
        String[] validate = { "validate", EXAMPLE };
        row(table, "validate example", "before: every product bundle, `-jar` launcher, C1 and C2",
                osgi(before, "before", false, validate));
        row(table, "validate example", "only the command line's 18 bundles", osgi(cliBundles, "bundles", false, validate));
        row(table, "validate example", "+ C1 only (`-XX:TieredStopAtLevel=1`)", osgi(c1, "c1", false, validate));
        row(table, "validate example", "+ launcher and framework on the boot class path",
                osgi(bootPath, "boot", false, validate));
        row(table, "validate example", "+ class-data sharing archive (shipped until the next row)",
                osgi(bootPath, "boot-cds", true, validate));
        row(table, "validate example", "no OSGi: the same jars on a plain class path, signed ones on the boot class path, C1",
                plain(plain, "plain", validate));
        row(table, "validate example", "**as shipped**: `./trunkline cli`, no OSGi, + class-data sharing archive",
                script("shipped", validate));
        String[] help = { "--help" };
        row(table, "`--help`", "before", osgi(before, "before", false, help));
        row(table, "`--help`", "OSGi with the archive (shipped until the next row)", osgi(bootPath, "boot-cds", true, help));
        row(table, "`--help`", "**as shipped**: no OSGi, + archive", script("shipped", help));

        System.out.println("Command-line start benchmark (warm-up " + WARM_UP + ", " + RUNS + " runs; load average "
                + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() + " on "
                + Runtime.getRuntime().availableProcessors() + " cores)\n" + table);
        Path out = Path.of("target", "benchmarks", "cli-start.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table.toString());
    }

    /** The OSGi application started by {@code java} with these options, in a configuration area of its own. */
    private Timing osgi(List<String> java, String configuration, boolean archive, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("-nosplash", "-configuration",
                folder.resolve(configuration).toString(), "-data", "@none", "-application", "io.trunkline.cli.app"));
        command.addAll(List.of(arguments));
        return direct(java, configuration, archive, command);
    }

    /** The plain Java main class started by {@code java} with these options. */
    private Timing plain(List<String> java, String name, String... arguments) throws Exception {
        return direct(java, name, false, List.of(arguments));
    }

    /**
     * {@code java} with these options and arguments; with {@code archive}, a class-data sharing archive made by a
     * run before the warm-up, as {@code run_cli} makes it.
     */
    private Timing direct(List<String> java, String name, boolean archive, List<String> arguments) throws Exception {
        Path home = folder.resolve("home-" + name);
        List<String> options = new ArrayList<>(java.subList(0, 1));
        if (archive) {
            Path jsa = folder.resolve(name + ".jsa");
            if (!Files.exists(jsa)) {
                List<String> dump = new ArrayList<>(List.of("java", "-XX:ArchiveClassesAtExit=" + jsa, "-Xlog:cds*=off"));
                dump.addAll(java.subList(1, java.size()));
                dump.addAll(arguments);
                Files.createDirectories(home);
                once(dump, home);
            }
            options.addAll(List.of("-XX:SharedArchiveFile=" + jsa, "-XX:+VerifySharedSpaces", "-Xlog:cds*=off"));
        }
        options.addAll(java.subList(1, java.size()));
        options.addAll(arguments);
        return measure(options, home);
    }

    /** The real {@code ./trunkline cli}, with a home of its own: the first warm-up run makes its archive. */
    private Timing script(String home, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("trunkline").toString(), "cli"));
        command.addAll(List.of(arguments));
        return measure(command, folder.resolve("home-" + home));
    }

    private Timing measure(List<String> command, Path home) throws Exception {
        Files.createDirectories(home);
        double[] wall = new double[RUNS];
        double[] cpu = new double[RUNS];
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            double[] run = once(command, home);
            if (i >= WARM_UP) {
                wall[i - WARM_UP] = run[0];
                cpu[i - WARM_UP] = run[1];
            }
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new Timing(wall[RUNS / 2], wall[0], wall[RUNS - 1], cpu[RUNS / 2]);
    }

    /**
     * One run under bash's {@code time}, which adds up the CPU of every process the command waited for: wall and
     * CPU milliseconds.
     */
    private double[] once(List<String> command, Path home) throws Exception {
        Path times = folder.resolve("times");
        List<String> timed = new ArrayList<>(List.of("bash", "-c",
                "TIMEFORMAT='%R %U %S'; { time \"$@\" >\"$OUT\" 2>\"$ERR\"; } 2>\"$TIMES\"", "bash"));
        timed.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(timed).directory(ROOT.toFile());
        builder.environment().put("HOME", home.toString());
        builder.environment().remove("XDG_CACHE_HOME");
        builder.environment().put("OUT", folder.resolve("stdout").toString());
        builder.environment().put("ERR", folder.resolve("stderr").toString());
        builder.environment().put("TIMES", times.toString());
        Process process = builder.inheritIO().start();
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), "did not finish in 300 s: " + command);
        String out = read("stdout");
        String err = read("stderr");
        assertEquals(0, process.exitValue(), () -> "failed: " + command + "\n" + out + err);
        // Every variant does the whole job: the example's summary line, or the usage text.
        assertTrue(out.contains("0 errors") || out.contains("Usage"), () -> "unexpected output of " + command + ": " + out);
        String[] fields = Files.readString(times).trim().split("\\s+");
        return new double[] { Double.parseDouble(fields[0]) * 1000,
                (Double.parseDouble(fields[1]) + Double.parseDouble(fields[2])) * 1000 };
    }

    private String read(String name) throws IOException {
        return Files.readString(folder.resolve(name));
    }

    private static void row(StringBuilder table, String command, String startUp, Timing timing) {
        table.append(String.format(Locale.ROOT, "| %s | %s | %,.0f ms | %,.0f ms | %,.0f ms | %,.0f ms |%n", command,
                startUp, timing.medianWall(), timing.minWall(), timing.maxWall(), timing.medianCpu()));
    }

    private static String plugin(String prefix) throws IOException {
        try (Stream<Path> plugins = Files.list(PRODUCT.resolve("plugins"))) {
            return plugins.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new AssertionError("the product is not built: no " + prefix + "*.jar"))
                    .toString();
        }
    }

    /**
     * The class path of the jars a {@code trunkline} script array names ({@code CLI_JARS=(a b ...)}), read from the
     * script so that the reference row starts what {@code run_cli} starts.
     */
    private static String jars(String array) throws IOException {
        Matcher matcher = Pattern.compile("(?m)^" + array + "=\\(([^)]*)\\)").matcher(Files.readString(ROOT.resolve("trunkline")));
        assertTrue(matcher.find(), "no " + array + " in the trunkline script");
        List<String> path = new ArrayList<>();
        for (String name : matcher.group(1).trim().split("\\s+")) {
            path.add(plugin(name + "_"));
        }
        return String.join(":", path);
    }
}
