package io.trunkline.export.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
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
     * Reads the package from memory through its central directory: a temporary file would outlive a killed export
     * in the system's temporary folder, and {@code ZipInputStream} cannot size the entries opczip streams. Each
     * entry is inflated as it is copied, never whole: a sheet of a large topology runs to hundreds of megabytes.
     * {@code edit} gets the end of each worksheet, at least the last {@value #TAIL} bytes, which hold everything after
     * its rows, and returns what to write in its place.
     */
    static void rewrite(Buffer written, OutputStream out, UnaryOperator<byte[]> edit) throws IOException {
        byte[] zip = written.bytes();
        try (ZipOutputStream target = new ZipOutputStream(out)) {
            for (Entry entry : entries(zip, written.size())) {
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
    private record Entry(String name, int method, int data, int compressed, int size) {

        InputStream open(byte[] zip) {
            InputStream stored = new ByteArrayInputStream(zip, data, compressed);
            return method == 0 ? stored : new CheckedSize(new InflaterInputStream(stored, new Inflater(true), 64 * 1024), size);
        }
    }

    /** The entries in central-directory order (APPNOTE.TXT 4.3.12, 4.3.16); no ZIP64, a workbook stays far below it. */
    private static List<Entry> entries(byte[] zip, int length) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(zip, 0, length).order(ByteOrder.LITTLE_ENDIAN);
        int end = length - 22;
        while (end >= 0 && bytes.getInt(end) != 0x06054b50) {
            end--;
        }
        if (end < 0) {
            throw new IOException("the workbook written has no zip directory");
        }
        int count = Short.toUnsignedInt(bytes.getShort(end + 10));
        int at = bytes.getInt(end + 16);
        List<Entry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int method = Short.toUnsignedInt(bytes.getShort(at + 10));
            int compressed = bytes.getInt(at + 20);
            int size = bytes.getInt(at + 24);
            int nameLength = Short.toUnsignedInt(bytes.getShort(at + 28));
            String name = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
            int local = bytes.getInt(at + 42);
            int data = local + 30 + Short.toUnsignedInt(bytes.getShort(local + 26))
                    + Short.toUnsignedInt(bytes.getShort(local + 28));
            entries.add(new Entry(name, method, data, method == 0 ? size : compressed, size));
            at += 46 + nameLength + Short.toUnsignedInt(bytes.getShort(at + 30)) + Short.toUnsignedInt(bytes.getShort(at + 32));
        }
        return entries;
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
            if (read != Integer.toUnsignedLong((int) size)) {
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

    /** The package as fastexcel writes it, kept in memory and read in place, without a copy. */
    static final class Buffer extends ByteArrayOutputStream {

        Buffer() {
            super(64 * 1024);
        }

        byte[] bytes() {
            return buf;
        }
    }
}
