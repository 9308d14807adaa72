package io.trunkline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./trunkline cli} starts the command line without OSGi (issue 18, item 5): each verb must answer exactly as
 * the product's {@code io.trunkline.cli.app} application does inside Equinox, with every bundle of the product
 * installed. A jar missing from the script's class path, or code that only works inside the framework, shows here as
 * a different exit code or output.
 */
class StandaloneStartTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent().getParent();
    private static final Path PRODUCT = ROOT
            .resolve("releng/io.trunkline.product/target/products/io.trunkline.product/linux/gtk/x86_64");

    @TempDir
    Path folder;

    record Result(int code, String out, String err) {
    }

    private Result script(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("trunkline").toString(), "cli"));
        command.addAll(List.of(arguments));
        return run(command, "script");
    }

    private Result insideOsgi(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-jar", launcher(), "-nosplash", "-configuration",
                folder.resolve("configuration").toString(), "-data", "@none", "-application", "io.trunkline.cli.app"));
        command.addAll(List.of(arguments));
        return run(command, "osgi");
    }

    private Result run(List<String> command, String name) throws Exception {
        Path home = Files.createDirectories(folder.resolve("home-" + name));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
        builder.environment().put("HOME", home.toString());
        builder.environment().remove("XDG_CACHE_HOME");
        builder.environment().remove("DISPLAY");
        builder.redirectOutput(folder.resolve(name + ".out").toFile()).redirectError(folder.resolve(name + ".err").toFile());
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish in 120 s");
        }
        return new Result(process.exitValue(), Files.readString(folder.resolve(name + ".out")),
                Files.readString(folder.resolve(name + ".err")));
    }

    private static String launcher() throws IOException {
        try (Stream<Path> plugins = Files.list(PRODUCT.resolve("plugins"))) {
            return plugins.filter(p -> p.getFileName().toString().startsWith("org.eclipse.equinox.launcher_")).findFirst()
                    .orElseThrow(() -> new AssertionError("the product is not built")).toString();
        }
    }

    @Test
    void validatingTheFlawedExampleAsJsonAnswersAsInsideOsgi() throws Exception {
        String[] validate = { "validate", "bundles/io.trunkline.model/examples/flawed.topology", "--format", "json" };
        assertEquals(insideOsgi(validate), script(validate));
    }

    @Test
    void theRuleListAnswersAsInsideOsgi() throws Exception {
        assertEquals(insideOsgi("rules"), script("rules"));
    }

    @Test
    void importingADocumentWithItsInventoryAnswersAsInsideOsgi() throws Exception {
        // The import reports progress through equinox.common's SubMonitor, which needs an org.eclipse.osgi interface.
        String examples = "bundles/io.trunkline.imports/examples/";
        String[] osgi = { "import", examples + "two-central-sites.tbxml", "--inventory",
                examples + "two-central-sites-inventory.xlsx", "--out", folder.resolve("osgi.topology").toString() };
        String[] plain = osgi.clone();
        plain[plain.length - 1] = folder.resolve("plain.topology").toString();
        Result inside = insideOsgi(osgi);
        Result standalone = script(plain);
        assertEquals(0, standalone.code(), standalone.err());
        assertEquals(inside, new Result(standalone.code(), standalone.out().replace("plain.topology", "osgi.topology"),
                standalone.err()));
        assertEquals(withoutIds(folder.resolve("osgi.topology")), withoutIds(folder.resolve("plain.topology")));
    }

    /**
     * The file's lines with the element ids masked and sorted: each import makes its ids afresh (e.g.
     * {@code site-1c42d595}), and the canonical save orders siblings by id.
     */
    private static List<String> withoutIds(Path topology) throws IOException {
        return Files.readAllLines(topology).stream().map(line -> line.replaceAll("\\b[a-z]+-[0-9a-f]{8}\\b", "ID"))
                .sorted().toList();
    }
}
