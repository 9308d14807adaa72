package io.trunkline.export.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites an Office package so the same content gives the same bytes: fastexcel stamps
 * {@code docProps/core.xml} with the moment of writing and offers no way to set it, and zip entries carry
 * times. Trunkline's exports hold no timestamps unless asked, so golden files and Git diffs stay meaningful.
 */
final class DeterministicPackage {

    /** 1980-01-01, the earliest time a zip entry can carry. */
    private static final long FIXED_TIME = 315532800000L;
    /** Bytes at the end of a sheet that hold all that follows its rows, with room to spare. */
    private static final int TAIL = 16 * 1024;
    private static final Pattern SHEET = Pattern.compile("xl/worksheets/sheet\\d+\\.xml");

    private DeterministicPackage() {
    }

    /**
     * Reads the package from {@code written}, the scratch file fastexcel wrote, through its central directory
     * ({@code ZipInputStream} cannot size the entries opczip streams). Each entry is inflated as it is copied, never
     * whole, and the package is never in memory: a sheet of a large topology runs to hundreds of megabytes, and the
     * package of 50,000 sites held 186 MB of the heap when it was assembled in memory (issue 18, item 4).
     * {@code edit} gets the end of each worksheet, at least the last {@value #TAIL} bytes, which hold everything after
     * its rows, and returns what to write in its place.
     */
    static void rewrite(Path written, OutputStream out, UnaryOperator<byte[]> edit) throws IOException {
        try (FileChannel zip = FileChannel.open(written, StandardOpenOption.READ);
                ZipOutputStream target = new ZipOutputStream(out)) {
            // The fastest level: at the default (6) compressing the 19 MB of sheet XML of a 2,000-site export was
            // the largest single cost of the exporting thread (235 of 984 ms CPU); the file grows by a third.
            target.setLevel(Deflater.BEST_SPEED);
            for (Entry entry : entries(zip)) {
                ZipEntry copy = new ZipEntry(entry.name());
                copy.setTime(FIXED_TIME);
                target.putNextEntry(copy);
                try (InputStream content = entry.open(zip)) {
                    if (entry.name().equals("docProps/core.xml")) {
                        target.write(withoutCreationTime(content.readAllBytes()));
                    } else if (SHEET.matcher(entry.name()).matches()) {
                        copySheet(content, target, edit);
                    } else {
                        content.transferTo(target);
                    }
                }
                target.closeEntry();
            }
        }
    }

    /**
     * Copies a sheet as it is but for its last {@link #TAIL} bytes, which hold everything after the rows (a few
     * hundred bytes of filter, margins, page setup, header and footer) and go through {@code edit}.
     */
    private static void copySheet(InputStream sheet, OutputStream out, UnaryOperator<byte[]> edit) throws IOException {
        byte[] buffer = new byte[TAIL + 64 * 1024];
        int filled = 0;
        for (int n = sheet.read(buffer, filled, buffer.length - filled); n >= 0; n = sheet.read(buffer, filled, buffer.length - filled)) {
            filled += n;
            if (filled == buffer.length) {
                out.write(buffer, 0, filled - TAIL);
                System.arraycopy(buffer, filled - TAIL, buffer, 0, TAIL);
                filled = TAIL;
            }
        }
        out.write(edit.apply(Arrays.copyOf(buffer, filled)));
    }

    /** An entry of the package: where its data lies and how it is stored. */
    private record Entry(String name, int method, long data, long compressed, long size) {

        InputStream open(FileChannel zip) {
            InputStream stored = new Region(zip, data, compressed);
            return method == 0 ? stored : new CheckedSize(new InflaterInputStream(stored, new Inflater(true), 64 * 1024), size);
        }
    }

    /**
     * The entries in central-directory order (APPNOTE.TXT 4.3.12, 4.3.16); no ZIP64, a workbook stays far below it.
     * Only the end record, the directory and each entry's local header are read into memory.
     */
    private static List<Entry> entries(FileChannel zip) throws IOException {
        long length = zip.size();
        // The end record is 22 bytes and a comment of at most 65,535 follows it.
        int tailLength = (int) Math.min(length, 22 + 0xFFFF);
        ByteBuffer tail = read(zip, length - tailLength, tailLength);
        int end = tailLength - 22;
        while (end >= 0 && tail.getInt(end) != 0x06054b50) {
            end--;
        }
        if (end < 0) {
            throw new IOException("the workbook written has no zip directory");
        }
        int count = Short.toUnsignedInt(tail.getShort(end + 10));
        ByteBuffer directory = read(zip, Integer.toUnsignedLong(tail.getInt(end + 16)), tail.getInt(end + 12));
        List<Entry> entries = new ArrayList<>(count);
        int at = 0;
        for (int i = 0; i < count; i++) {
            int method = Short.toUnsignedInt(directory.getShort(at + 10));
            long compressed = Integer.toUnsignedLong(directory.getInt(at + 20));
            long size = Integer.toUnsignedLong(directory.getInt(at + 24));
            int nameLength = Short.toUnsignedInt(directory.getShort(at + 28));
            byte[] name = new byte[nameLength];
            directory.get(at + 46, name);
            long local = Integer.toUnsignedLong(directory.getInt(at + 42));
            ByteBuffer header = read(zip, local, 30);
            long data = local + 30 + Short.toUnsignedInt(header.getShort(26)) + Short.toUnsignedInt(header.getShort(28));
            entries.add(new Entry(new String(name, StandardCharsets.UTF_8), method, data, method == 0 ? size : compressed, size));
            at += 46 + nameLength + Short.toUnsignedInt(directory.getShort(at + 30)) + Short.toUnsignedInt(directory.getShort(at + 32));
        }
        return entries;
    }

    private static ByteBuffer read(FileChannel zip, long position, int length) throws IOException {
        if (position < 0 || length < 0 || position + length > zip.size()) {
            throw new IOException("the workbook written is damaged");
        }
        ByteBuffer bytes = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (bytes.hasRemaining()) {
            if (zip.read(bytes, position + bytes.position()) < 0) {
                throw new IOException("the workbook written is damaged");
            }
        }
        return bytes.clear();
    }

    /** The stored bytes of one entry, read from the file where they lie. */
    private static final class Region extends InputStream {

        private final FileChannel zip;
        private long position;
        private long left;

        Region(FileChannel zip, long position, long length) {
            this.zip = zip;
            this.position = position;
            this.left = length;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left == 0) {
                return -1;
            }
            int n = zip.read(ByteBuffer.wrap(buffer, offset, (int) Math.min(length, left)), position);
            if (n < 0) {
                throw new IOException("the workbook written is damaged");
            }
            position += n;
            left -= n;
            return n;
        }
    }

    /** An inflated entry that must come to the size its directory entry records, else the workbook is damaged. */
    private static final class CheckedSize extends FilterInputStream {

        private final long size;
        private long read;

        CheckedSize(InputStream in, long size) {
            super(in);
            this.size = size;
        }

        @Override
        public int read() throws IOException {
            int b = inflated(() -> super.read());
            if (b >= 0) {
                read++;
            } else {
                checkEnd();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = inflated(() -> super.read(buffer, offset, length));
            if (n > 0) {
                read += n;
            } else if (n < 0) {
                checkEnd();
            }
            return n;
        }

        private void checkEnd() throws IOException {
            if (read != size) {
                throw new IOException("the workbook written is damaged");
            }
        }

        private interface Read {
            int run() throws IOException;
        }

        private static int inflated(Read read) throws IOException {
            try {
                return read.run();
            } catch (ZipException e) {
                throw new IOException("the workbook written is damaged", e);
            }
        }
    }

    private static byte[] withoutCreationTime(byte[] coreXml) {
        String xml = new String(coreXml, StandardCharsets.UTF_8);
        return xml.replaceAll("<dcterms:created[^>]*>[^<]*</dcterms:created>", "").getBytes(StandardCharsets.UTF_8);
    }
}
