package io.trunkline.cli.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the real {@code ./trunkline cli import} as a planner does, in a folder of its own, and returns its exit code,
 * what it printed and what it left in the folder. Needs the built product (see {@link RealCommandTest}).
 */
final class RealImportCommand {

    static final Path ROOT = Path.of("").toAbsolutePath().getParent().getParent();
    static final Path EXAMPLES = ROOT.resolve("bundles/io.trunkline.imports/examples");

    record Result(int code, String out, String err, List<String> left) {
        String said() {
            return out + err;
        }
    }

    private RealImportCommand() {
    }

    /** {@code ./trunkline cli import ARGUMENTS} with {@code home} as HOME; {@code folder} is listed afterwards. */
    static Result run(Path folder, Path home, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("trunkline").toString(), "cli", "import"));
        command.addAll(List.of(arguments));
        Path stdout = Files.createTempFile(home, "out", ".txt");
        Path stderr = Files.createTempFile(home, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
        builder.environment().put("HOME", home.toString());
        builder.environment().remove("XDG_CACHE_HOME");
        builder.environment().remove("DISPLAY");
        builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("./trunkline cli import " + String.join(" ", arguments) + " did not finish in 60 s");
        }
        return new Result(process.exitValue(), Files.readString(stdout), Files.readString(stderr), listing(folder));
    }

    static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> !p.equals(folder)).map(folder::relativize).map(Path::toString).sorted().toList();
        }
    }
}
