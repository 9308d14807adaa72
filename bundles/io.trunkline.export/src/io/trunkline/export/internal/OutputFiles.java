package io.trunkline.export.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.trunkline.model.persistence.AtomicFiles;

/**
 * The files of one export, written as a set: each is first written in full to a temporary file of its own
 * beside its target (a unique name, so concurrent exports never share one), and only when every file is
 * complete are they all renamed into place, under a lock on the folder so that two exports into one folder
 * never interleave their renames. A failure while writing leaves every target as it was and no temporary
 * file behind; the message names the file and says what was and was not written.
 * <p>
 * A target that is a symbolic link keeps its link: its destination is written. A target that exists keeps its
 * permissions; a new file gets the user's umask, as any file the user creates.
 * <p>
 * The open files may be written on two threads at once; a failure on either fails the whole set, and the files
 * written on the other thread then fail with the first failure, so the message names the file that failed first.
 */
public final class OutputFiles implements AutoCloseable {

    /** Writes a file's content. */
    public interface Body {
        /** Writes the content to {@code out}. */
        void write(OutputStream out) throws IOException;
    }

    /** Lock file of the commit phase; removed after each commit. */
    static final String LOCK_NAME = ".trunkline-export.lock";

    /** In-process locks per folder: a JVM cannot hold two file locks on one file at once. */
    private static final Map<Path, Object> FOLDER_LOCKS = new ConcurrentHashMap<>();

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path folder;
    private final Map<Path, Path> pending = new LinkedHashMap<>();
    private final List<Path> requested = new ArrayList<>();
    private final List<OpenFile> open = new ArrayList<>();
    /** Files of work in progress beside a target, deleted when the set is committed or discarded. */
    private final List<Path> scratches = new ArrayList<>();
    /** The first failure to write; later ones are its consequences (a file of the set discarded under a writer). */
    private FailedFile failure;

    private OutputFiles(Path folder) {
        this.folder = folder;
    }

    /** Starts a set of files in {@code folder}, creating the folder when it does not exist. */
    public static OutputFiles in(Path folder) throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IOException("cannot write into " + folder + ": it is a file, not a folder");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IOException("cannot create the folder " + folder + ": " + reason(e), e);
        }
        return new OutputFiles(folder.toAbsolutePath());
    }

    /**
     * Writes {@code body} to a temporary file for {@code fileName}; on failure every temporary file of the set is
     * deleted and the exception says which file could not be written and that no file was replaced.
     */
    public void write(String fileName, Body body) throws IOException {
        OutputStream out = open(fileName);
        try {
            body.write(out);
        } catch (FailedFile e) {
            throw e;
        } catch (IOException e) {
            throw failed(fileName, e);
        } catch (RuntimeException | Error e) {
            discard();
            throw e;
        }
        out.close();
    }

    /**
     * Opens a temporary file for {@code fileName}, to be written while other files of the set are open too, and
     * closed when its content is complete (closing syncs it to disk). A failure to open or write it deletes every
     * temporary file of the set and says which file could not be written and that no file was replaced.
     */
    public synchronized OutputStream open(String fileName) throws IOException {
        Path target = folder.resolve(fileName);
        requested.add(target);
        Path destination = target;
        try {
            destination = AtomicFiles.resolveLinks(target); // a symbolic link is kept: its file is replaced
            if (Files.isDirectory(destination)) {
                throw new IOException("a folder of that name is in the way");
            }
            Path temporary = createBeside(destination);
            pending.put(destination, temporary);
            FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
            OpenFile file = new OpenFile(destination.getFileName().toString(), channel, true);
            open.add(file);
            AtomicFiles.keepPermissions(destination, temporary); // before any content, so a private file never shows
            return file;
        } catch (IOException e) {
            throw failed(destination.getFileName().toString(), e);
        }
    }

    /**
     * A file of work in progress for {@code fileName} (a package to be rewritten, say): unique, beside the target,
     * so it needs no memory and no other file system, and deleted with the set's temporary files when the set is
     * committed or discarded. A failure to write it fails the set, naming {@code fileName}.
     */
    public synchronized Scratch scratch(String fileName) throws IOException {
        Path destination = folder.resolve(fileName);
        try {
            destination = AtomicFiles.resolveLinks(destination);
            Path file = createBeside(destination);
            scratches.add(file);
            OpenFile out = new OpenFile(destination.getFileName().toString(),
                    FileChannel.open(file, StandardOpenOption.WRITE), false);
            open.add(out);
            return new Scratch(file, out);
        } catch (IOException e) {
            throw failed(destination.getFileName().toString(), e);
        }
    }

    /** A file of work in progress and the stream that writes it (closed before it is read). */
    public record Scratch(Path file, OutputStream out) {
    }

    /**
     * Moves every written file into place. Under the folder's lock, so a concurrent export into the same folder
     * commits its whole set before or after this one. If a rename fails, the message lists the files already
     * replaced and those left as they were.
     */
    public List<Path> commit() throws IOException {
        for (OpenFile file : List.copyOf(open)) {
            file.close();
        }
        List<Path> done = new ArrayList<>();
        synchronized (FOLDER_LOCKS.computeIfAbsent(folder.toAbsolutePath().normalize(), f -> new Object())) {
            try (FolderLock lock = FolderLock.acquire(folder)) {
                for (Map.Entry<Path, Path> each : pending.entrySet()) {
                    try {
                        Files.move(each.getValue(), each.getKey(), StandardCopyOption.ATOMIC_MOVE,
                                StandardCopyOption.REPLACE_EXISTING);
                    } catch (IOException e) {
                        String message = "could not replace " + each.getKey().getFileName() + " (" + reason(e) + "); "
                                + (done.isEmpty() ? "" : "replaced " + names(done) + "; ") + "left as they were: "
                                + names(notIn(done));
                        discard();
                        throw new IOException(message, e);
                    }
                    done.add(each.getKey());
                }
                pending.clear();
            }
        }
        discard();
        return requested;
    }

    /** Deletes the temporary files of anything not committed. */
    @Override
    public void close() {
        discard();
    }

    private synchronized void discard() {
        for (OpenFile file : open) {
            file.abandon();
        }
        open.clear();
        deleteAll(pending.values());
        pending.clear();
        deleteAll(scratches);
        scratches.clear();
    }

    private static void deleteAll(Collection<Path> files) {
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // Nothing more can be done for a file that cannot even be deleted; the export reports its failure,
                // and a temporary or scratch file carries the process id, so the next export removes it.
            }
        }
    }

    private synchronized FailedFile failed(String fileName, IOException e) {
        discard();
        if (failure != null) {
            return failure;
        }
        return failure = new FailedFile("could not write " + fileName + " (" + reason(e) + "); " + unchangedSummary(), e);
    }

    private String unchangedSummary() {
        return "no file was replaced, " + (requested.size() == 1 ? "the folder is as it was"
                : "these were left as they were: " + names(requested));
    }

    private List<Path> notIn(List<Path> done) {
        return pending.keySet().stream().filter(p -> !done.contains(p)).toList();
    }

    private static String names(List<Path> files) {
        return files.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", "));
    }

    /**
     * A new file with a unique name beside {@code destination}. Created without explicit permissions, so it gets
     * the umask like any file the user creates ({@code Files.createTempFile} would force 0600).
     */
    private static Path createBeside(Path destination) throws IOException {
        removeLeftoversOfDeadExports(destination);
        Path temporary;
        while (true) {
            temporary = destination.resolveSibling("." + destination.getFileName() + "." + ProcessHandle.current().pid()
                    + "-" + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".part");
            try {
                Files.createFile(temporary);
                break;
            } catch (FileAlreadyExistsException taken) {
                // another export drew the same name; draw again
            }
        }
        return temporary;
    }

    /**
     * An export killed while writing (kill -9, power loss) cannot clean up after itself; its temporary files carry
     * its process id, so the next export of the same file removes those whose process is gone.
     */
    private static void removeLeftoversOfDeadExports(Path destination) {
        Pattern ours = Pattern.compile(Pattern.quote("." + destination.getFileName() + ".") + "(\\d+)-[0-9a-z]+\\.part");
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(destination.getParent(),
                p -> ours.matcher(p.getFileName().toString()).matches())) {
            for (Path sibling : siblings) {
                Matcher match = ours.matcher(sibling.getFileName().toString());
                if (match.matches() && ProcessHandle.of(Long.parseLong(match.group(1))).isEmpty()) {
                    Files.deleteIfExists(sibling);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // Only housekeeping: the export itself does not depend on it.
        }
    }

    /** The reason of an I/O failure in the words a planner reads, without Java's exception names. */
    static String reason(Throwable e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such folder";
        }
        if (e instanceof NotDirectoryException) {
            return "a part of the path is a file, not a folder";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        if (e instanceof IOException && e.getMessage() != null) {
            return e.getMessage();
        }
        return "an unexpected failure";
    }

    /** The failure of one file of the set, already worded for the user. */
    private static final class FailedFile extends IOException {
        private static final long serialVersionUID = 1L;

        FailedFile(String message, IOException cause) {
            super(message, cause);
        }
    }

    /** A temporary file being written; a failure to write it fails the whole set, naming this file. */
    private final class OpenFile extends OutputStream {
        private final String name;
        private final FileChannel channel;
        private final OutputStream out;
        /** Whether closing syncs it to disk: a file of the set must survive a crash once committed, scratch need not. */
        private final boolean durable;
        private boolean closed;

        OpenFile(String name, FileChannel channel, boolean durable) {
            this.name = name;
            this.channel = channel;
            this.durable = durable;
            this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw failed(name, e);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                throw failed(name, e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw failed(name, e);
            }
        }

        /** The content is complete: written out, synced to disk and the file closed. Again, it does nothing. */
        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            try {
                out.flush();
                if (durable) {
                    channel.force(true);
                }
                channel.close();
                closed = true;
                synchronized (OutputFiles.this) {
                    open.remove(this);
                }
            } catch (IOException e) {
                throw failed(name, e);
            }
        }

        /** Closes the file without caring for its content, which is about to be deleted. */
        void abandon() {
            closed = true;
            try {
                channel.close();
            } catch (IOException ignored) {
                // The file is deleted next; a close that fails changes nothing.
            }
        }
    }

    /** An exclusive lock on the folder between processes, through a lock file that is removed afterwards. */
    private static final class FolderLock implements AutoCloseable {
        private final Path file;
        private final FileChannel channel;
        private final FileLock lock;

        private FolderLock(Path file, FileChannel channel, FileLock lock) {
            this.file = file;
            this.channel = channel;
            this.lock = lock;
        }

        static FolderLock acquire(Path folder) throws IOException {
            Path file = folder.resolve(LOCK_NAME);
            while (true) {
                FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
                FileLock lock = channel.lock();
                // The holder before us deletes the lock file when it is done, so the file we opened may be gone:
                // a lock on it locks nothing. Mark the locked file with a token of our own; only if the file now at
                // the path holds that token is it the one we locked.
                byte[] token = Long.toString(RANDOM.nextLong(), 36).getBytes(StandardCharsets.US_ASCII);
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(token), 0);
                if (holds(file, token)) {
                    return new FolderLock(file, channel, lock);
                }
                lock.release();
                channel.close();
            }
        }

        private static boolean holds(Path file, byte[] token) {
            try {
                return Arrays.equals(Files.readAllBytes(file), token);
            } catch (IOException gone) {
                return false;
            }
        }

        @Override
        public void close() throws IOException {
            try {
                Files.deleteIfExists(file);
            } finally {
                lock.release();
                channel.close();
            }
        }
    }
}
