package io.trunkline.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import io.trunkline.model.persistence.LoadProblem;
import io.trunkline.model.persistence.TopologyFiles;
import io.trunkline.model.persistence.TopologyLimits;
import io.trunkline.model.persistence.TopologyLoadException;

/**
 * Hand-made hostile files (issue 14 items 3, 8, 9, 10 and 12) in {@code resources/hostile}: each is refused with
 * one problem naming the file, the line, the element by type, name and id, and the problem in a planner's
 * words, with no Java class name and no raw control character; nothing outside the file is opened or fetched.
 */
class HostileFilesTest {

    private static final Path CORPUS = Path.of("resources", "hostile");
    private static final Pattern CLASS_NAME = Pattern.compile("Impl@|Exception|\\b[a-z]+\\.[a-z]+\\.[a-z.]*[A-Z]");

    private static final String OUTSIDE = "which is not the id of an element in this file; a topology refers only to its own elements, and nothing outside the file is read";

    /** File → {line, element, problem}. */
    private static final Map<String, Expectation> EXPECTED = Map.ofEntries(
            Map.entry("remote-reference.topology", new Expectation(8, "Trunk 't' (trunk-00000001)",
                    "'peer' refers to 'http://127.0.0.1:8099/other.topology#peer-x', " + OUTSIDE)),
            Map.entry("file-reference.topology", new Expectation(8, "Trunk 't' (trunk-00000001)",
                    "'peer' refers to 'file:///etc/passwd#x', " + OUTSIDE)),
            Map.entry("other-file-reference.topology", new Expectation(8, "Trunk 't' (trunk-00000001)",
                    "'peer' refers to 'other.topology#peer-00000001', " + OUTSIDE)),
            Map.entry("path-reference.topology", new Expectation(8, "Trunk 't' (trunk-00000001)",
                    "'peer' refers to '#//@centralSites.0/@trunkPeers.0', " + OUTSIDE)),
            Map.entry("two-ids-in-one-reference.topology", new Expectation(8, "Trunk 't' (trunk-00000001)",
                    "'peer' names 2 elements ('peer-00000001 peer-00000002'); it refers to exactly one element, by its id")),
            Map.entry("reference-to-wrong-type.topology", new Expectation(8, "Trunk 't' (trunk-00000001)",
                    "'peer' refers to CentralSite 'HQ' (site-00000001), which is not a TrunkPeer")),
            Map.entry("wan-link-to-a-trunk.topology", new Expectation(9, "WanLink 'w' (wan-00000001)",
                    "'siteB' refers to Trunk 't' (trunk-00000001), which is not a Site")),
            Map.entry("duplicate-id-names-both-lines.topology", new Expectation(8, "Trunk 't'",
                    "has the id 'peer-00000001' that TrunkPeer 'gw1' (peer-00000001) on line 4 already uses; ids must be unique")),
            Map.entry("pstn-link-without-id.topology", new Expectation(6, "PstnLink 'lines'",
                    "has no id; every element needs an id no other element uses")),
            Map.entry("wrong-root-with-topology-attributes.topology", new Expectation(2, "",
                    "the root element must be a Topology (<topology:Topology …>), not <topology:CentralSite>; is this a Trunkline topology file?")),
            Map.entry("binary-bytes.topology", new Expectation(8, "",
                    "is not UTF-8 text here; is it a binary file, or saved in another encoding?")),
            Map.entry("control-character-reference.topology", new Expectation(8, "Trunk trunk-00000001",
                    "'name' contains the control character U+001B at position 4 ('redU+001B[31malertU+0007'); remove it")),
            Map.entry("raw-control-character.topology", new Expectation(8,
                    "<trunks id=\"trunk-00000001\" name=\"redU+001B[31malert\" root=\"true\" mediationPool=\"med-00000001\" peer=\"peer-00000001\"/>",
                    "malformed XML: An invalid XML character (Unicode: 0x1b) was found in the value of attribute \"name\" and element is \"trunks\".")),
            Map.entry("no-namespace.topology", new Expectation(2, "<Topology id=\"topo-00000001\" name=\"No namespace\"/>",
                    "not a Trunkline topology: the element has no namespace (expected xmlns:topology=\"http://trunkline.io/topology/1.0\")")),
            Map.entry("name-too-long.topology", new Expectation(8, "Trunk trunk-00000001",
                    "'name' is 300 characters long; Trunkline keeps at most 256 characters there")),
            // The voice routing, call admission control and suppression references (issue 15) get the same checks;
            // several of them are the first lists of references in the format.
            Map.entry("route-through-a-site.topology", new Expectation(8, "VoiceRoute 'UK' (route-00000001)",
                    "'trunks' refers to CentralSite 'HQ' (site-00000001), which is not a Trunk")),
            Map.entry("route-with-unknown-usage.topology", new Expectation(8, "VoiceRoute 'UK' (route-00000001)",
                    "'pstnUsages' refers to 'usage-0000dead', but no element in the file has that id")),
            Map.entry("policy-usage-in-another-file.topology", new Expectation(8,
                    "VoicePolicy 'Branch users' (policy-00000001)",
                    "'pstnUsages' refers to 'other.topology#usage-00000001', " + OUTSIDE)),
            Map.entry("suppression-of-a-remote-element.topology", new Expectation(8, "Suppression suppress-00000001",
                    "'element' refers to 'http://127.0.0.1:8099/x.topology#peer-00000001', " + OUTSIDE)),
            Map.entry("region-on-two-central-sites.topology", new Expectation(8, "NetworkRegion 'EMEA' (region-00000001)",
                    "'centralSite' names 2 elements ('site-00000001 site-00000002'); it refers to exactly one element, by its id")),
            Map.entry("subnet-in-a-region.topology", new Expectation(10, "Subnet 'LAN' (subnet-00000001)",
                    "'networkSite' refers to NetworkRegion 'EMEA' (region-00000001), which is not a NetworkSite")),
            Map.entry("region-route-through-a-gateway.topology", new Expectation(10,
                    "RegionRoute 'EMEA-US' (regionroute-00000001)",
                    "'links' refers to TrunkPeer 'gw1' (peer-00000001), which is not a RegionLink")));

    record Expectation(int line, String element, String problem) {
    }

    @Test
    void everyHostileFileHasAnExpectation() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            assertEquals(EXPECTED.keySet().stream().sorted().toList(),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @TestFactory
    Stream<DynamicTest> eachHostileFileIsOneProblemInThePlannersWords() {
        return EXPECTED.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> check(entry.getKey(), entry.getValue())));
    }

    private static void check(String file, Expectation expected) {
        ResourceSet resources = TopologyFiles.newResourceSet();
        TopologyLoadException error = assertThrows(TopologyLoadException.class,
                () -> TopologyFiles.load(CORPUS.resolve(file), resources));
        List<LoadProblem> problems = error.problems();
        assertEquals(1, problems.size(), problems.toString());
        LoadProblem problem = problems.get(0);
        assertEquals(file, problem.file());
        assertEquals(expected.line(), problem.line(), problem.toString());
        assertEquals(expected.element(), problem.element());
        assertEquals(expected.problem(), problem.message());
        assertClean(error.getMessage());
        assertTrue(resources.getResources().isEmpty(), "nothing is left loaded");
    }

    /** No Java class name, no object identity and no control character reaches the planner. */
    static void assertClean(String message) {
        assertFalse(CLASS_NAME.matcher(message).find(), "class name in: " + message);
        assertTrue(message.chars().noneMatch(c -> c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f),
                "control character in: " + message);
    }

    @Test
    void messagesReadFileLineElementProblem() {
        TopologyLoadException error = assertThrows(TopologyLoadException.class,
                () -> TopologyFiles.load(CORPUS.resolve("reference-to-wrong-type.topology")));
        assertEquals("reference-to-wrong-type.topology:8:103: Trunk 't' (trunk-00000001): 'peer' refers to CentralSite 'HQ' (site-00000001), which is not a TrunkPeer",
                error.getMessage());
    }

    @Test
    void aReferenceToAWebAddressMakesNoConnection(@TempDir Path folder) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(1_000);
            Path file = folder.resolve("remote.topology");
            String reference = "http://127.0.0.1:" + server.getLocalPort() + "/other.topology#peer-x";
            Files.writeString(file, Files.readString(CORPUS.resolve("remote-reference.topology"), StandardCharsets.UTF_8)
                    .replace("http://127.0.0.1:8099/other.topology#peer-x", reference), StandardCharsets.UTF_8);
            TopologyLoadException error = assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> assertThrows(TopologyLoadException.class, () -> TopologyFiles.load(file)));
            assertTrue(error.getMessage().contains(reference), error.getMessage());
            assertThrows(SocketTimeoutException.class, server::accept, "the loopback server saw a connection");
        }
    }

    @Test
    void theResourceSetOpensNoOtherResourceByUri(@TempDir Path folder) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(1_000);
            ResourceSet resources = TopologyFiles.newResourceSet();
            URI remote = URI.createURI("http://127.0.0.1:" + server.getLocalPort() + "/other.topology");
            assertThrows(RuntimeException.class, () -> resources.getResource(remote, true));
            assertThrows(SocketTimeoutException.class, server::accept, "the loopback server saw a connection");
        }
    }

    @Test
    void theResourceSetReadsNoLocalFileByUri(@TempDir Path folder) throws Exception {
        Path other = folder.resolve("other.topology");
        Files.copy(Path.of("..", "..", "bundles", "io.trunkline.model", "examples", "voip-only.topology"), other);
        ResourceSet resources = TopologyFiles.newResourceSet();
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> resources.getResource(URI.createFileURI(other.toString()), true));
        assertTrue(String.valueOf(refused.getMessage()).contains("outside the topology"), refused.getMessage());
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsRead(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("huge.topology");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(TopologyLimits.MAX_FILE_BYTES + 1);
        }
        TopologyLoadException error = assertThrows(TopologyLoadException.class, () -> TopologyFiles.load(file));
        // 128 MiB = 128 × 1,048,576 = 134,217,728 bytes
        assertEquals("huge.topology: is 134,217,729 bytes; Trunkline opens topology files of up to 134,217,728 bytes (128 MB)",
                error.getMessage());
    }

    @Test
    void moreElementsThanTheLimitAreRefusedWithTheLine(@TempDir Path folder) throws IOException {
        StringBuilder text = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<topology:Topology xmi:version=\"2.0\" "
                + "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:topology=\"http://trunkline.io/topology/1.0\" id=\"t\">\n");
        for (int i = 0; i < TopologyLimits.MAX_ELEMENTS; i++) {
            text.append("<sipDomains>d</sipDomains>\n");
        }
        text.append("</topology:Topology>\n");
        Path file = folder.resolve("many.topology");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        TopologyLoadException error = assertThrows(TopologyLoadException.class, () -> TopologyFiles.load(file));
        assertEquals(1, error.problems().size(), error.getMessage());
        assertEquals(TopologyLimits.MAX_ELEMENTS + 2, error.problems().get(0).line());
        assertTrue(error.getMessage().endsWith("has more than 920,000 elements, the most Trunkline reads from one topology file"),
                error.getMessage());
    }

    @Test
    void aFolderIsNotATopologyFile(@TempDir Path folder) {
        TopologyLoadException error = assertThrows(TopologyLoadException.class, () -> TopologyFiles.load(folder));
        assertEquals(folder.getFileName() + ": is a folder, not a topology file", error.getMessage());
    }

    @Test
    void aDeviceIsRefusedInsteadOfReadForEver() {
        TopologyLoadException error = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(TopologyLoadException.class, () -> TopologyFiles.load(Path.of("/dev/zero"))));
        assertEquals("zero: is not a regular file", error.getMessage());
    }

    @Test
    void aNamespaceAtAWebAddressIsNotFetched(@TempDir Path folder) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(1_000);
            Path file = folder.resolve("namespace.topology");
            String namespace = "http://127.0.0.1:" + server.getLocalPort() + "/topology.ecore";
            Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<topology:Topology xmlns:topology=\""
                    + namespace + "\" id=\"topo-00000001\"/>\n", StandardCharsets.UTF_8);
            TopologyLoadException error = assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> assertThrows(TopologyLoadException.class, () -> TopologyFiles.load(file)));
            assertTrue(error.getMessage().contains("unknown namespace '" + namespace + "'"), error.getMessage());
            assertThrows(SocketTimeoutException.class, server::accept, "the loopback server saw a connection");
        }
    }
}
