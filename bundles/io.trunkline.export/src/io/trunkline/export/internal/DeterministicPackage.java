package io.trunkline.export.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites an Office package so the same content gives the same bytes: fastexcel stamps
 * {@code docProps/core.xml} with the moment of writing and offers no way to set it, and zip entries carry
 * times. Trunkline's exports hold no timestamps unless asked, so golden files and Git diffs stay meaningful.
 */
final class DeterministicPackage {

    /** 1980-01-01, the earliest time a zip entry can carry. */
    private static final long FIXED_TIME = 315532800000L;

    private DeterministicPackage() {
    }

    /**
     * Reads the package from memory through its central directory: a temporary file would outlive a killed export
     * in the system's temporary folder, and {@code ZipInputStream} cannot size the entries opczip streams.
     * {@code edit} gets each entry's name and content and returns the content to write.
     */
    static void rewrite(byte[] written, OutputStream out, BiFunction<String, byte[], byte[]> edit) throws IOException {
        try (ZipOutputStream target = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries(written).entrySet()) {
                byte[] content = edit.apply(entry.getKey(), entry.getKey().equals("docProps/core.xml")
                        ? withoutCreationTime(entry.getValue()) : entry.getValue());
                ZipEntry copy = new ZipEntry(entry.getKey());
                copy.setTime(FIXED_TIME);
                target.putNextEntry(copy);
                target.write(content);
                target.closeEntry();
            }
        }
    }

    /** The entries in central-directory order (APPNOTE.TXT 4.3.12, 4.3.16); no ZIP64, a workbook stays far below it. */
    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = zip.length - 22;
        while (end >= 0 && bytes.getInt(end) != 0x06054b50) {
            end--;
        }
        if (end < 0) {
            throw new IOException("the workbook written has no zip directory");
        }
        int count = Short.toUnsignedInt(bytes.getShort(end + 10));
        int at = bytes.getInt(end + 16);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            int method = Short.toUnsignedInt(bytes.getShort(at + 10));
            int compressed = bytes.getInt(at + 20);
            int size = bytes.getInt(at + 24);
            int nameLength = Short.toUnsignedInt(bytes.getShort(at + 28));
            String name = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
            int local = bytes.getInt(at + 42);
            int data = local + 30 + Short.toUnsignedInt(bytes.getShort(local + 26))
                    + Short.toUnsignedInt(bytes.getShort(local + 28));
            entries.put(name, method == 0 ? Arrays.copyOfRange(zip, data, data + size) : inflate(zip, data, compressed, size));
            at += 46 + nameLength + Short.toUnsignedInt(bytes.getShort(at + 30)) + Short.toUnsignedInt(bytes.getShort(at + 32));
        }
        return entries;
    }

    private static byte[] inflate(byte[] zip, int offset, int length, int size) throws IOException {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(zip, offset, length);
            byte[] content = new byte[size];
            int n = 0;
            while (n < size && !inflater.finished()) {
                int read = inflater.inflate(content, n, size - n);
                if (read == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                n += read;
            }
            if (n != size) {
                throw new IOException("the workbook written is damaged");
            }
            return content;
        } catch (DataFormatException e) {
            throw new IOException("the workbook written is damaged", e);
        } finally {
            inflater.end();
        }
    }

    private static byte[] withoutCreationTime(byte[] coreXml) {
        String xml = new String(coreXml, StandardCharsets.UTF_8);
        return xml.replaceAll("<dcterms:created[^>]*>[^<]*</dcterms:created>", "").getBytes(StandardCharsets.UTF_8);
    }

    static ByteArrayOutputStream buffer() {
        return new ByteArrayOutputStream(64 * 1024);
    }
}
