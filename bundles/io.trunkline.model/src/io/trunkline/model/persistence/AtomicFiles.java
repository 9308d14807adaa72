package io.trunkline.model.persistence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes a file so that readers see either the old or the new contents and the planner's set-up survives: a crash
 * or a full disk leaves the previous file intact and no temporary file behind; a symbolic link stays a link and
 * its target is written; an existing file keeps its permissions, a new one gets those the user's umask gives.
 */
public final class AtomicFiles {

    private static final SecureRandom ASIDE_NAMES = new SecureRandom();

    private AtomicFiles() {
    }

    /**
     * Writes {@code bytes} to {@code file}: through a unique temporary file beside the target, renamed over it
     * and removed if anything fails. A failure names the file and the reason.
     */
    public static void write(Path file, byte[] bytes) throws IOException {
        try (Aside aside = aside(file, bytes)) {
            aside.commit();
        }
    }

    /**
     * The first half of {@link #write}, for saves of several files that rename them into place only once every
     * one of them is written: the bytes are on disk beside the target, with the target's permissions, and
     * {@link Aside#commit()} renames them over it. Closing an aside that was not committed removes it.
     */
    public static Aside aside(Path file, byte[] bytes) throws IOException {
        Path target = resolveLinks(file.toAbsolutePath());
        Path folder = target.getParent();
        Path aside = null;
        try {
            Files.createDirectories(folder);
            aside = createAside(folder, target.getFileName().toString());
            try (FileChannel channel = FileChannel.open(aside, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                out.write(bytes);
                out.flush();
                channel.force(true);
            }
            keepPermissions(target, aside);
            return new Aside(file, target, aside);
        } catch (IOException failure) {
            if (aside != null) {
                Files.deleteIfExists(aside);
            }
            throw failed(file, target, failure);
        }
    }

    /** Written bytes waiting beside their target. */
    public static final class Aside implements AutoCloseable {

        private final Path file;
        private final Path target;
        private final Path aside;

        private Aside(Path file, Path target, Path aside) {
            this.file = file;
            this.target = target;
            this.aside = aside;
        }

        /** Renames the bytes over the target (the file a symbolic link points to, so the link stays a link). */
        public void commit() throws IOException {
            try {
                Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException failure) {
                throw failed(file, target, failure);
            }
        }

        /** Removes the temporary file if it was not committed (a committed one no longer exists). */
        @Override
        public void close() throws IOException {
            Files.deleteIfExists(aside);
        }
    }

    private static IOException failed(Path file, Path target, IOException failure) {
        String why = Files.isDirectory(target) ? "a folder of that name is in the way" : reason(failure);
        return new IOException("cannot write " + file + ": " + why, failure);
    }

    /** The file a chain of symbolic links ends at, even when that file does not exist yet. */
    public static Path resolveLinks(Path file) throws IOException {
        Path current = file;
        for (int hops = 0; Files.isSymbolicLink(current); hops++) {
            if (hops == 40) {
                throw new IOException("cannot write " + file + ": too many symbolic links");
            }
            current = current.resolveSibling(Files.readSymbolicLink(current)).normalize();
        }
        return current;
    }

    /**
     * A new, uniquely named file beside the target. Created without explicit permissions, so it gets the mode the
     * user's umask allows, as any file the user creates; {@link Files#createTempFile} would force 0600.
     */
    private static Path createAside(Path folder, String name) throws IOException {
        for (int attempt = 0;; attempt++) {
            Path aside = folder.resolve("." + name + "." + Long.toHexString(ASIDE_NAMES.nextLong()) + ".saving");
            try {
                Files.newOutputStream(aside, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return aside;
            } catch (FileAlreadyExistsException taken) {
                if (attempt == 100) {
                    throw taken;
                }
            }
        }
    }

    /** Gives a new file beside {@code target} the target's permissions, if the target exists. */
    public static void keepPermissions(Path target, Path aside) throws IOException {
        if (Files.exists(target) && Files.getFileStore(aside).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(aside, Files.getPosixFilePermissions(target));
        }
    }

    private static String reason(IOException failure) {
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return failure.getMessage() == null ? "the file could not be written" : failure.getMessage();
    }
}
