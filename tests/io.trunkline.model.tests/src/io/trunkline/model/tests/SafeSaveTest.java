package io.trunkline.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trunkline.model.Topology;
import io.trunkline.model.persistence.TopologyFiles;
import io.trunkline.model.synthetic.SyntheticTopologyGenerator;

/** Saving keeps what the planner set up around the file (issue 14 items 6 and 7). */
class SafeSaveTest {

    private final Topology topology = SyntheticTopologyGenerator.generate(3, 1);

    @Test
    void savingThroughASymbolicLinkKeepsTheLinkAndWritesItsTarget(@TempDir Path folder) throws IOException {
        Path real = Files.createDirectories(folder.resolve("plans")).resolve("real.topology");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(folder.resolve("link.topology"), Path.of("plans", "real.topology"));
        TopologyFiles.save(topology, link);
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertArrayEquals(TopologyFiles.toBytes(topology), Files.readAllBytes(real));
    }

    @Test
    void savingKeepsTheFilesPermissions(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("shared.topology");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        TopologyFiles.save(topology, file);
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aNewFileGetsTheModeTheUmaskGivesNotOwnerOnly(@TempDir Path folder) throws IOException {
        Path reference = folder.resolve("reference");
        Files.newOutputStream(reference).close();
        Path file = folder.resolve("new.topology");
        TopologyFiles.save(topology, file);
        assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(reference)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS)));
    }

    @Test
    void aSaveThatCannotReplaceTheTargetNamesItAndLeavesNoTemporaryFile(@TempDir Path folder) throws IOException {
        Path inTheWay = Files.createDirectories(folder.resolve("plan.topology"));
        Files.writeString(inTheWay.resolve("keep.txt"), "a folder of that name");
        IOException failure = assertThrows(IOException.class, () -> TopologyFiles.save(topology, inTheWay));
        assertEquals("cannot write " + inTheWay + ": a folder of that name is in the way", failure.getMessage());
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(List.of(inTheWay), left.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void aNameThatCouldNotBeOpenedAgainIsNotSaved(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("plan.topology");
        Files.writeString(file, "the last good save");
        topology.getCentralSites().get(0).setName("red\u001b[31m");
        IOException failure = assertThrows(IOException.class, () -> TopologyFiles.save(topology, file));
        assertEquals("cannot save: CentralSite 'redU+001B[31m' (site-00000001) has a control character in 'name' ('redU+001B[31m'); remove it",
                failure.getMessage());
        assertEquals("the last good save", Files.readString(file));
    }
}
