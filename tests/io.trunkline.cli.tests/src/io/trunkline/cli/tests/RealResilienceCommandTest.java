package io.trunkline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trunkline.model.examples.Examples;

/**
 * The real {@code ./trunkline cli resilience} as a planner's CI runs it, on the flawed example and on hostile input:
 * exit code, what it says, and that it leaves nothing behind. Needs the built product, like {@link RealCommandTest}.
 */
class RealResilienceCommandTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent().getParent();
    private static final Path PRODUCT = ROOT.resolve("releng/io.trunkline.product/target/products/io.trunkline.product/linux/gtk/x86_64");

    @TempDir
    Path folder;

    record Result(int code, String out, String err) {
    }

    @BeforeAll
    static void needsTheProduct() {
        assertTrue(Files.isDirectory(PRODUCT.resolve("plugins")),
                "the product is not built (" + PRODUCT + "); build it with the whole reactor or ./trunkline build");
    }

    private Result trunkline(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("trunkline").toString(), "cli", "resilience"));
        command.addAll(List.of(arguments));
        Path home = Files.createDirectories(folder.resolve("home"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
        builder.environment().put("HOME", home.toString());
        builder.environment().remove("XDG_CACHE_HOME");
        builder.environment().remove("DISPLAY");
        builder.redirectOutput(folder.resolve("stdout").toFile()).redirectError(folder.resolve("stderr").toFile());
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("./trunkline cli resilience did not finish in 120 s");
        }
        return new Result(process.exitValue(), Files.readString(folder.resolve("stdout")),
                Files.readString(folder.resolve("stderr")));
    }

    private Path input(String name, String content) throws IOException {
        Path file = Files.createDirectories(folder.resolve("in")).resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private List<String> inputs() throws IOException {
        try (Stream<Path> files = Files.list(folder.resolve("in"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static boolean saysNothingOfJava(Result result) {
        String said = result.out() + result.err();
        return !said.contains("Exception") && !said.contains("\tat ") && !said.contains("java.");
    }

    @Test
    void theSweepOfTheFlawedExampleExitsOneListingTheFrontEndPoolFirst() throws Exception {
        Path file = Files.createDirectories(folder.resolve("in")).resolve("flawed.topology");
        Examples.copyTo(Examples.FLAWED, file);

        Result result = trunkline(file.toString());

        // Worked out in io.trunkline.resiliency.tests.FlawedExampleSweepTest.
        assertEquals(List.of(1, true, true, List.of("flawed.topology")), List.of(result.code(),
                result.out().contains("\n  fe-dead0201      Paris Front End (Front End pool): 5,400 without PSTN, 5,420 without registration"),
                saysNothingOfJava(result), inputs()), result.out() + result.err());
    }

    @Test
    void anEntityBombIsRefusedWithExitThreeNamingTheFileAndNoJava() throws Exception {
        Path file = input("bomb.topology", "<?xml version=\"1.0\"?>\n<!DOCTYPE t [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n"
                + "<topology:Topology xmlns:topology=\"http://trunkline.io/topology/1.0\" name=\"&c;\"/>\n");

        Result result = trunkline(file.toString());

        assertEquals(List.of(3, true, true, ""), List.of(result.code(), result.err().contains("cannot load " + file),
                saysNothingOfJava(result), result.out()), result.err());
    }

    @Test
    void anUnknownIdExitsTwoNamingItAndLeavesTheFileAsItWas() throws Exception {
        Path file = Files.createDirectories(folder.resolve("in")).resolve("flawed.topology");
        Examples.copyTo(Examples.FLAWED, file);
        byte[] before = Files.readAllBytes(file);

        Result result = trunkline(file.toString(), "--fail", "peer-dead0301", "no-such-id");

        assertEquals(List.of(2, true, true), List.of(result.code(), result.err().contains("'no-such-id'"),
                java.util.Arrays.equals(before, Files.readAllBytes(file))), result.err());
    }
}
