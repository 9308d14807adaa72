package io.trunkline.cli.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.trunkline.model.Topology;
import io.trunkline.model.persistence.LoadProblem;
import io.trunkline.model.persistence.TopologyFiles;
import io.trunkline.model.persistence.TopologyLoadException;

/** Loads the topology a command names, reporting a file that cannot be read the way a planner can act on. */
final class TopologyInput {

    /**
     * What reading one file gave: the topology, or the problems of a file that does not load, or why it could
     * not be read at all.
     */
    record Read(Optional<Topology> topology, List<LoadProblem> problems, Optional<String> failure) {

        /** The reasons it did not load, as the lines a terminal shows. */
        List<String> lines() {
            return failure.map(List::of).orElseGet(() -> problems.stream().map(p -> "  " + p).toList());
        }
    }

    private TopologyInput() {
    }

    static Optional<Topology> load(String file, Console console) {
        Read read = read(file);
        if (read.topology().isEmpty()) {
            if (read.failure().isEmpty()) {
                console.err().println(CommandLine.PROGRAM + ": cannot load " + file + ":");
            }
            read.lines().forEach(line -> console.err().println(read.failure().isPresent() ? CommandLine.PROGRAM + ": " + line : line));
        }
        return read.topology();
    }

    static Read read(String file) {
        Path path = Path.of(file);
        try {
            if (Files.isDirectory(path)) {
                return failed(file + " is a folder, not a topology file");
            }
            return new Read(Optional.of(TopologyFiles.load(path)), List.of(), Optional.empty());
        } catch (TopologyLoadException e) {
            return new Read(Optional.empty(), e.problems(), Optional.empty());
        } catch (NoSuchFileException e) {
            return failed("no such topology file: " + file);
        } catch (IOException e) {
            return failed("cannot read " + file + ": " + reason(e));
        }
    }

    private static Read failed(String why) {
        return new Read(Optional.empty(), List.of(), Optional.of(why));
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
