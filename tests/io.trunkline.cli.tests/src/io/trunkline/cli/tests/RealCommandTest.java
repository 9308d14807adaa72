package io.trunkline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trunkline.model.examples.Examples;

/**
 * The real {@code ./trunkline} command, as a planner runs it, on hostile input: exit code, what it says and what
 * it leaves on disk. It needs the built product, which the reactor builds before the test bundles.
 */
class RealCommandTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent().getParent();
    private static final Path PRODUCT = ROOT.resolve("releng/io.trunkline.product/target/products/io.trunkline.product/linux/gtk/x86_64");

    @TempDir
    Path folder;

    record Result(int code, String out, String err) {
    }

    @BeforeAll
    static void needsTheProduct() throws IOException {
        boolean built = Files.isDirectory(PRODUCT.resolve("plugins")) && hasLauncher();
        assertTrue(built, "the product is not built (" + PRODUCT + "); build it with the whole reactor or ./trunkline build");
    }

    private static boolean hasLauncher() throws IOException {
        try (Stream<Path> plugins = Files.list(PRODUCT.resolve("plugins"))) {
            return plugins.anyMatch(p -> p.getFileName().toString().startsWith("org.eclipse.equinox.launcher_"));
        }
    }

    private Result trunkline(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("trunkline").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
        Path home = Files.createDirectories(folder.resolve("home"));
        builder.environment().put("HOME", home.toString());
        builder.environment().remove("XDG_CACHE_HOME");
        builder.environment().remove("DISPLAY");
        builder.redirectOutput(folder.resolve("stdout").toFile()).redirectError(folder.resolve("stderr").toFile());
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("./trunkline " + String.join(" ", arguments) + " did not finish in 120 s");
        }
        return new Result(process.exitValue(), Files.readString(folder.resolve("stdout")),
                Files.readString(folder.resolve("stderr")));
    }

    private Path example(String name, String as) throws IOException {
        Path file = Files.createDirectories(folder.resolve("in")).resolve(as);
        Examples.copyTo(name, file);
        return file;
    }

    private Path unsizable() throws IOException {
        Path file = Files.createDirectories(folder.resolve("in")).resolve("unsizable.topology");
        Files.writeString(file, new String(Examples.bytes(Examples.VOIP_ONLY), StandardCharsets.UTF_8).replace(
                "users=\"1800\"", "users=\"1800\" usageProfile=\"CUSTOM\" customCallsPerUserBusyHour=\"1e308\""));
        return file;
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.map(folder::relativize).map(Path::toString).sorted().toList();
        }
    }

    private static void saysNothingOfJava(Result result) {
        String said = result.out() + result.err();
        assertFalse(said.contains("Exception") || said.contains("\tat ") || said.contains("<html"), said);
    }

    @Test
    void validateWritesItsArchiveUnderTheUsersCacheFolderNotTheInstallFolder() throws Exception {
        List<String> installed = listing(PRODUCT);
        Result result = trunkline("cli", "validate", example(Examples.VOIP_ONLY, "voip-only.topology").toString());
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().contains("voip-only.topology: 0 errors"), result.out());
        assertTrue(Files.isDirectory(folder.resolve("home/.cache/trunkline/cds")));
        assertEquals(installed, listing(PRODUCT), "nothing written into the install folder");
    }

    @Test
    void versionNamesTheBuildOfTheInstalledCommandLine() throws Exception {
        String jar;
        try (Stream<Path> plugins = Files.list(PRODUCT.resolve("plugins"))) {
            jar = plugins.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("io.trunkline.cli_")).findFirst()
                    .orElseThrow();
        }
        // io.trunkline.cli_0.1.0.202611301605.jar: the bundle version is the file name between '_' and ".jar"
        String version = jar.substring("io.trunkline.cli_".length(), jar.length() - ".jar".length());
        Result result = trunkline("cli", "version");
        assertEquals(new Result(0, "Trunkline " + version + "\n", ""), result);
    }

    @Test
    void aTopologyThatCannotBeSizedExitsNonZeroNamingTheValue() throws Exception {
        Result result = trunkline("cli", "plan", unsizable().toString(), "--out", folder.resolve("out").toString());
        assertNotEquals(0, result.code());
        assertTrue(result.out().contains("TL-PL-03") && result.out().contains("1.0E308"), "names the rule and the value: " + result.out());
        saysNothingOfJava(result);
    }

    @Test
    void theHeadlessMainJobExitsNonZeroOnTheSameTopology() throws Exception {
        Result result = trunkline("--headless", unsizable().toString(), "--out", folder.resolve("out").toString());
        assertNotEquals(0, result.code());
        assertTrue(result.out().contains("TL-PL-03") && result.out().contains("1.0E308"), "names the rule and the value: " + result.out());
        saysNothingOfJava(result);
    }

    @Test
    void aFolderGivenAsTheTopologyExitsThreeWithTheReason() throws Exception {
        // size takes one file; validate walks folders (below)
        Result result = trunkline("cli", "size", folder.toString());
        assertEquals(3, result.code());
        assertEquals("trunkline: " + folder + " is a folder, not a topology file\n", result.err());
    }

    @Test
    void validatingAHostileFolderForCiWritesSarifExitsThreeAndLeavesNothingBehind() throws Exception {
        Path plans = Files.createDirectories(folder.resolve("plans"));
        Examples.copyTo(Examples.FLAWED, Files.createDirectories(plans.resolve("emea")).resolve("flawed.topology"));
        Files.writeString(plans.resolve("broken.topology"), "<?xml version=\"1.0\"?>\n<topology:Topology xmlns:topology=\"http://trunkline.io/topology/1.0\" id=\"t\">\n  <oops/>\n</topology:Topology>\n");
        Files.createSymbolicLink(plans.resolve("emea/loop"), plans);
        Files.createSymbolicLink(plans.resolve("gone.topology"), folder.resolve("nowhere"));
        List<String> before = listing(plans);
        Result result = trunkline("cli", "validate", plans.toString(), "--format", "sarif");
        assertEquals(3, result.code(), "a file that does not load fails the run: " + result.err());
        Map<String, Object> log = Json.object(Json.parse(result.out()));
        List<Object> results = Json.array(Json.object(Json.array(log.get("runs")).get(0)).get("results"));
        assertTrue(results.stream().anyMatch(r -> "TL-FILE".equals(Json.object(r).get("ruleId"))), result.out());
        assertTrue(results.stream().anyMatch(r -> "TL-GW-01".equals(Json.object(r).get("ruleId"))), "the flawed file is still checked");
        assertTrue(result.err().contains("not followed"), result.err());
        assertTrue(result.err().contains("gone.topology is a symbolic link to nothing"), result.err());
        assertEquals(before, listing(plans), "validate writes nothing");
        saysNothingOfJava(result);
    }

    @Test
    void anOutputThatIsAFileExitsThreeAndTheFileIsUntouched() throws Exception {
        Path file = Files.writeString(folder.resolve("out.txt"), "mine");
        Result result = trunkline("cli", "plan", example(Examples.VOIP_ONLY, "voip-only.topology").toString(), "--out",
                file.toString());
        assertEquals(3, result.code());
        assertTrue(result.err().contains("cannot write into " + file + ": it is a file, not a folder"), result.err());
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void aPlanLeavesOnlyTheWorksheets() throws Exception {
        Path out = folder.resolve("out");
        Result result = trunkline("cli", "plan", example(Examples.FLAWED, "flawed.topology").toString(), "--out", out.toString());
        assertEquals(1, result.code(), "the flawed example has errors");
        List<String> files = listing(out);
        assertEquals(1 + 1 + 12 + 1, files.size(), files.toString());
        assertTrue(files.stream().noneMatch(f -> f.startsWith(".")), files.toString());
    }

    @Test
    void anotherUserWithoutAHomeCanValidate() throws Exception {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/bin/su")),
                "needs root to become nobody");
        for (Path p = ROOT; p != null; p = p.getParent()) {
            Assumptions.assumeTrue(Files.getPosixFilePermissions(p).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE),
                    p + " is closed to other users");
        }
        List<String> installed = listing(PRODUCT);
        Process su = new ProcessBuilder("su", "nobody", "-s", "/bin/bash", "-c",
                "cd '" + ROOT + "' && ./trunkline cli validate bundles/io.trunkline.model/examples/voip-only.topology")
                .redirectErrorStream(true).start();
        assertTrue(su.waitFor(120, TimeUnit.SECONDS));
        String said = new String(su.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, su.exitValue(), said);
        assertTrue(said.contains("voip-only.topology: 0 errors"), said);
        assertEquals(installed, listing(PRODUCT), "nothing written into the install folder");
    }

    @Test
    void aFolderTheUserCannotReadIsNamedAndFailsTheRunWhileTheRestIsChecked() throws Exception {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/bin/su")),
                "needs root to become nobody, for whom a folder can be closed");
        for (Path p = ROOT; p != null; p = p.getParent()) {
            Assumptions.assumeTrue(Files.getPosixFilePermissions(p).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE),
                    p + " is closed to other users");
        }
        Path plans = Files.createDirectories(folder.resolve("plans"));
        Examples.copyTo(Examples.VOIP_ONLY, plans.resolve("voip-only.topology"));
        Path closed = Files.createDirectories(plans.resolve("closed"));
        Examples.copyTo(Examples.FLAWED, closed.resolve("flawed.topology"));
        Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(plans, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(plans.resolve("voip-only.topology"), java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(closed, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        Process su = new ProcessBuilder("su", "nobody", "-s", "/bin/bash", "-c",
                "cd '" + ROOT + "' && ./trunkline cli validate '" + plans + "'").redirectErrorStream(true).start();
        assertTrue(su.waitFor(120, TimeUnit.SECONDS));
        String said = new String(su.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(3, su.exitValue(), said);
        assertTrue(said.contains("trunkline: cannot read " + closed + ": permission denied"), said);
        assertTrue(said.contains("voip-only.topology: 0 errors"), said);
        assertFalse(said.contains("Exception"), said);
    }

    @Test
    void twoProcessesExportingIntoOneFolderLeaveOneCompleteSet() throws Exception {
        Path seattle = example(Examples.VOIP_ONLY, "a/plan.topology");
        Path woodgrove = example(Examples.MULTI_SITE_ENTERPRISE, "b/plan.topology");
        Path out = folder.resolve("out");
        List<Process> runs = new ArrayList<>();
        for (Path file : List.of(seattle, woodgrove)) {
            ProcessBuilder builder = new ProcessBuilder(ROOT.resolve("trunkline").toString(), "cli", "export", file.toString(),
                    "--out", out.toString()).directory(ROOT.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("HOME", Files.createDirectories(folder.resolve("home")).toString());
            runs.add(builder.start());
        }
        for (Process run : runs) {
            assertTrue(run.waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, run.exitValue());
        }
        String html = Files.readString(out.resolve("plan.html"));
        String sites = Files.readString(out.resolve("plan-sites.csv"));
        assertEquals(html.contains("<title>Woodgrove"), sites.contains("London"), "the HTML and the CSVs of one export");
        assertTrue(listing(out).stream().noneMatch(f -> f.startsWith(".")), listing(out).toString());
    }
}
