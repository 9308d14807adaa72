package io.trunkline.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trunkline.export.internal.OutputFiles;

/**
 * The workbook's package is written to a scratch file beside its target as it is produced (issue 18, item 4): the
 * scratch file is there while the export works, and gone afterwards whether the set was committed or not.
 */
class ScratchFilesTest {

    @TempDir
    Path folder;

    @Test
    void aScratchFileLiesBesideItsTargetWhileTheSetIsWritten() throws IOException {
        try (OutputFiles files = OutputFiles.in(folder)) {
            OutputFiles.Scratch scratch = files.scratch("plan.xlsx");
            scratch.out().write("half a package".getBytes(StandardCharsets.US_ASCII));
            scratch.out().close();
            assertEquals(folder.toAbsolutePath(), scratch.file().getParent());
            assertEquals("half a package", Files.readString(scratch.file()));
        }
    }

    @Test
    void aCommittedSetLeavesOnlyItsFiles() throws IOException {
        try (OutputFiles files = OutputFiles.in(folder)) {
            OutputFiles.Scratch scratch = files.scratch("plan.xlsx");
            scratch.out().write(1);
            scratch.out().close();
            files.write("plan.xlsx", out -> out.write(2));
            files.commit();
            assertEquals(List.of("plan.xlsx"), names());
        }
    }

    @Test
    void aDiscardedSetLeavesNothing() throws IOException {
        try (OutputFiles files = OutputFiles.in(folder)) {
            files.scratch("plan.xlsx").out().write(1);
            files.open("plan.xlsx").write(2);
        }
        assertTrue(names().isEmpty(), names().toString());
    }

    private List<String> names() throws IOException {
        try (Stream<Path> listed = Files.list(folder)) {
            return listed.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
