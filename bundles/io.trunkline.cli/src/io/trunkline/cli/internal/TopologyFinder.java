package io.trunkline.cli.internal;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The topology files a command line names: each file as given, and every {@code *.topology} below each folder,
 * following symbolic links but never round a loop of them. A loop is reported and not followed; a folder or
 * file that cannot be read is reported and makes the run fail, since it may hide a topology.
 */
final class TopologyFinder {

    private static final String EXTENSION = ".topology";

    /**
     * @param files    the files found, in argument order and, below a folder, in path order
     * @param problems what could not be read, one sentence each
     * @param notes    what was skipped without harm (symbolic link loops), one sentence each
     */
    record Found(List<Path> files, List<String> problems, List<String> notes) {
    }

    private TopologyFinder() {
    }

    static Found find(List<String> arguments) {
        List<Path> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String argument : arguments) {
            Path path = Path.of(argument);
            if (!Files.exists(path)) {
                problems.add(Files.isSymbolicLink(path) ? argument + " is a symbolic link to nothing"
                        : "no such topology file or folder: " + argument);
            } else if (Files.isDirectory(path)) {
                walk(path, files, problems, notes);
            } else {
                files.add(path);
            }
        }
        return new Found(files, problems, notes);
    }

    private static void walk(Path folder, List<Path> files, List<String> problems, List<String> notes) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (!file.getFileName().toString().endsWith(EXTENSION) || attributes.isDirectory()) {
                        return FileVisitResult.CONTINUE;
                    }
                    // Following links, only a link to nothing is still seen as a link.
                    if (attributes.isSymbolicLink()) {
                        notes.add(file + " is a symbolic link to nothing; skipped");
                    } else {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof FileSystemLoopException) {
                        notes.add(file + " leads back to a folder above it through a symbolic link; not followed");
                    } else {
                        problems.add("cannot read " + file + ": " + TopologyInput.reason(e));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add("cannot read " + folder + ": " + TopologyInput.reason(e));
        }
        found.sort(null);
        files.addAll(found);
    }
}
