package io.trunkline.export.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
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

    static void rewrite(byte[] written, OutputStream out) throws IOException {
        Path temporary = Files.createTempFile("trunkline-", ".xlsx");
        try {
            Files.write(temporary, written);
            // ZipFile reads the central directory: opczip streams entries with data descriptors.
            try (ZipFile zip = new ZipFile(temporary.toFile()); ZipOutputStream target = new ZipOutputStream(out)) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    byte[] content;
                    try (InputStream in = zip.getInputStream(entry)) {
                        content = in.readAllBytes();
                    }
                    if (entry.getName().equals("docProps/core.xml")) {
                        content = withoutCreationTime(content);
                    }
                    ZipEntry copy = new ZipEntry(entry.getName());
                    copy.setTime(FIXED_TIME);
                    target.putNextEntry(copy);
                    target.write(content);
                    target.closeEntry();
                }
            }
        } finally {
            Files.deleteIfExists(temporary);
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
