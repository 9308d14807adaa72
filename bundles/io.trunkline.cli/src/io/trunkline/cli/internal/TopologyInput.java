package io.trunkline.cli.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

import io.trunkline.model.Topology;
import io.trunkline.model.persistence.LoadProblem;
import io.trunkline.model.persistence.TopologyFiles;
import io.trunkline.model.persistence.TopologyLoadException;

/** Loads the topology a command names, reporting a file that cannot be read the way a planner can act on. */
final class TopologyInput {

    private TopologyInput() {
    }

    static Optional<Topology> load(String file, Console console) {
        Path path = Path.of(file);
        try {
            if (Files.isDirectory(path)) {
                console.err().println(CommandLine.PROGRAM + ": " + file + " is a folder, not a topology file");
                return Optional.empty();
            }
            return Optional.of(TopologyFiles.load(path));
        } catch (TopologyLoadException e) {
            console.err().println(CommandLine.PROGRAM + ": cannot load " + file + ":");
            for (LoadProblem problem : e.problems()) {
                console.err().println("  " + problem);
            }
        } catch (NoSuchFileException e) {
            console.err().println(CommandLine.PROGRAM + ": no such topology file: " + file);
        } catch (IOException e) {
            console.err().println(CommandLine.PROGRAM + ": cannot read " + file + ": " + reason(e));
        }
        return Optional.empty();
    }

    /** An I/O failure in the words a planner reads; Java's exception names and repeated paths say nothing to them. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs) {
            return fs.getReason() != null ? fs.getReason() : "the file system refused it";
        }
        return e.getMessage() != null ? e.getMessage() : "the file system refused it";
    }
}
