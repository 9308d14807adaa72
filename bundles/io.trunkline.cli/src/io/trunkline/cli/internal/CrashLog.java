package io.trunkline.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where the details of an unexpected failure go: a log file in a folder the user can write, never the terminal
 * and never the install folder. The {@code trunkline} script names the folder ({@value #FOLDER_PROPERTY}, under
 * the user's cache folder); without it, {@code $XDG_CACHE_HOME/trunkline/logs} or {@code ~/.cache/trunkline/logs},
 * and a private temporary folder for a user without a writable home.
 */
final class CrashLog {

    /** System property naming the log folder. */
    static final String FOLDER_PROPERTY = "trunkline.logs";

    static final String FILE_NAME = "trunkline-cli.log";

    private CrashLog() {
    }

    /** Appends {@code failure} with the command line to the log and returns the log file. */
    static Path write(List<String> arguments, Throwable failure) throws IOException {
        Path file = folder().resolve(FILE_NAME);
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        String entry = Instant.now() + " trunkline " + arguments.stream().map(CrashLog::clip).collect(Collectors.joining(" "))
                + "\n" + trace + "\n";
        Files.writeString(file, entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        return file;
    }

    private static Path folder() throws IOException {
        String named = System.getProperty(FOLDER_PROPERTY);
        if (named != null && !named.isBlank()) {
            return Files.createDirectories(Path.of(named));
        }
        String cache = System.getenv("XDG_CACHE_HOME");
        Path base = cache != null && !cache.isBlank() ? Path.of(cache) : Path.of(System.getProperty("user.home"), ".cache");
        try {
            Path folder = Files.createDirectories(base.resolve("trunkline").resolve("logs"));
            if (Files.isWritable(folder)) {
                return folder;
            }
        } catch (IOException | RuntimeException notWritable) {
            // a user without a writable home, such as nobody: fall through to a private temporary folder
        }
        return Files.createTempDirectory("trunkline-logs-");
    }

    private static String clip(String argument) {
        return argument.length() > 200 ? argument.substring(0, 200) + "…" : argument;
    }
}
