package io.trunkline.imports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trunkline.imports.ImportProblem;
import io.trunkline.imports.TopologyDocuments;

/**
 * Documents Trunkline must refuse with a message naming the file, the line and the element path, without reading
 * anything else, expanding entities or running out of memory. Messages are checked as the planner reads them.
 */
class HostileDocumentsTest {

    @TempDir
    Path folder;

    private static String singleSite() throws IOException {
        return Files.readString(Fixtures.file("single-site.xml"));
    }

    private ImportProblem refused(String name, byte[] bytes) throws IOException {
        Path file = Files.write(folder.resolve(name), bytes);
        ImportProblem problem = assertThrows(ImportProblem.class, () -> TopologyDocuments.read(file, null));
        assertFalse(problem.getMessage().matches("(?s).*(Exception|java\\.|org\\.xml|\\tat ).*"),
                "no Java insides: " + problem.getMessage());
        return problem;
    }

    private ImportProblem refused(String name, String text) throws IOException {
        return refused(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The 1-based line of the {@code n}-th occurrence of {@code text}, counted by hand from the document. */
    private static int lineOf(String document, String text, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = document.indexOf(text, at + 1);
        }
        return (int) document.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void textThatIsNotXmlIsRefusedNamingTheFileAndLine() throws IOException {
        ImportProblem problem = refused("notes.xml", "Site: Lyon\nGateways: 2\n");
        assertEquals("notes.xml", problem.file());
        assertEquals(1, problem.line());
        assertTrue(problem.getMessage().startsWith("notes.xml, line 1: is not readable XML"), problem.getMessage());
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        assertTrue(refused("empty.xml", "").getMessage().contains("is not readable XML"));
    }

    @Test
    void aDocumentOfAnotherSchemaIsRefusedNamingItsRootAndNamespace() throws IOException {
        ImportProblem problem = refused("other.xml", "<?xml version=\"1.0\"?>\n<Topology xmlns=\"urn:example:other\"/>\n");
        assertEquals("other.xml, line 2, /Topology: is not a Skype for Business topology document: its root is 'Topology'"
                + " in namespace urn:example:other; expected 'Topology' (Get-CsTopology -AsXml) in"
                + " urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008 or 'TopologyBuilder' (.tbxml) in"
                + " urn:schema:Microsoft.Rtc.Management.Deploy.TopologyBuilder.2008", problem.getMessage());
    }

    @Test
    void aTrunklineTopologyFileIsNotATopologyDocument() throws IOException {
        String trunkline = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<topology:Topology xmlns:topology=\"http://trunkline.io/topology/1.0\" id=\"topo-1\"/>\n";
        assertTrue(refused("plan.xml", trunkline).problem().startsWith("is not a Skype for Business topology document"));
    }

    @Test
    void aServiceDependingOnAMissingServiceIsRefusedNamingTheServiceAndTheMissingId() throws IOException {
        String document = singleSite();
        // The gateway's dependency (the second mention of Mediation instance 1) now names instance 9.
        String mention = "<ServiceId SiteId=\"1\" RoleName=\"MediationServer\" Instance=\"1\" />";
        int second = document.indexOf(mention, document.indexOf(mention) + 1);
        String broken = document.substring(0, second) + mention.replace("\"1\" />", "\"9\" />")
                + document.substring(second + mention.length());
        ImportProblem problem = refused("broken.xml", broken);
        // Services: UserStore, UserServices, Registrar, ConfServices, MediationServer, PstnGateway: the 6th.
        assertEquals("broken.xml, line " + lineOf(broken, "<Service ", 6) + ", /Topology/Services/Service[6]: (1-PstnGateway-1): "
                + "depends on service 1-MediationServer-9 that the document does not contain", problem.getMessage());
    }

    @Test
    void aClusterOnASiteTheDocumentDoesNotHaveIsRefused() throws IOException {
        // The gateway's cluster (and the service installed on it) now name site 7.
        String broken = singleSite().replace("<ClusterId SiteId=\"1\" Number=\"3\" />", "<ClusterId SiteId=\"7\" Number=\"3\" />");
        ImportProblem problem = refused("nosite.xml", broken);
        assertEquals("/Topology/Clusters/Cluster[3]", problem.path());
        assertEquals("cluster gw1-lyon.northwind.example is on no site: site 7 is not in the document", problem.problem());
        assertEquals(lineOf(broken, "<Cluster ", 3), problem.line());
    }

    @Test
    void aClusterOutsideEverySiteOfABuilderDocumentIsRefused() throws IOException {
        String document = Files.readString(Fixtures.file("single-site.tbxml"));
        String stray = "      <Clusters>\n        <Cluster UniqueId=\"stray\" Fqdn=\"lost.northwind.example\" />\n      </Clusters>\n      <Services>";
        ImportProblem problem = refused("stray.tbxml", document.replace("      <Services>", stray));
        assertEquals("cluster lost.northwind.example is on no site", problem.problem());
        assertEquals("/TopologyBuilder/NewTopology/PartialTopology/Clusters/Cluster", problem.path());
    }

    @Test
    void aServiceOnAClusterTheDocumentDoesNotHaveIsRefused() throws IOException {
        String broken = singleSite().replace("<InstalledOn>\n        <ClusterId SiteId=\"1\" Number=\"3\" />",
                "<InstalledOn>\n        <ClusterId SiteId=\"1\" Number=\"8\" />");
        ImportProblem problem = refused("nocluster.xml", broken);
        assertEquals("(1-PstnGateway-1): is installed on cluster 1:8 that the document does not contain", problem.problem());
    }

    @Test
    void aBuilderDocumentWithoutNewTopologyIsRefused() throws IOException {
        String document = "<TopologyBuilder xmlns=\"urn:schema:Microsoft.Rtc.Management.Deploy.TopologyBuilder.2008\"><OldTopology/></TopologyBuilder>";
        ImportProblem problem = refused("old.tbxml", document);
        assertEquals("/TopologyBuilder: has no NewTopology element", problem.path() + ": " + problem.problem());
    }

    @Test
    void billionLaughsIsRefusedAtOnceWithoutExpandingAnything() throws IOException {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE Topology [\n <!ENTITY l0 \"ha\">\n");
        for (int i = 1; i <= 9; i++) {
            laughs.append(" <!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        laughs.append("]>\n<Topology xmlns=\"urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008\">&l9;</Topology>\n");
        ImportProblem problem = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> refused("laughs.xml", laughs.toString()));
        assertTrue(problem.problem().contains("declares a document type (DOCTYPE)"), problem.getMessage());
    }

    @Test
    void anExternalEntityIsNeverRead() throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "the-secret-content");
        String document = "<?xml version=\"1.0\"?>\n<!DOCTYPE Topology [ <!ENTITY x SYSTEM \"" + secret.toUri() + "\"> ]>\n"
                + "<Topology xmlns=\"urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008\"><Sites><CentralSite SiteId=\"1\">"
                + "<Name>&x;</Name></CentralSite></Sites></Topology>";
        ImportProblem problem = refused("xxe.xml", document);
        assertTrue(problem.problem().contains("DOCTYPE"), problem.getMessage());
        assertFalse(problem.getMessage().contains("the-secret-content"));
    }

    @Test
    void aFileLargerThan64MegabytesIsRefusedBeforeItIsParsed() throws IOException {
        Path huge = folder.resolve("huge.xml");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(64L * 1024 * 1024 + 1);
        }
        ImportProblem problem = assertThrows(ImportProblem.class, () -> TopologyDocuments.read(huge, null));
        assertEquals("huge.xml: is larger than 67,108,864 bytes (64 MB), the most Trunkline imports", problem.getMessage());
    }

    @Test
    void elementsNestedDeeperThan64AreRefused() throws IOException {
        String deep = "<Topology xmlns=\"urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008\">" + "<a>".repeat(100)
                + "</a>".repeat(100) + "</Topology>";
        ImportProblem problem = refused("deep.xml", deep);
        assertTrue(problem.problem().startsWith("is nested more than 64 elements deep"), problem.getMessage());
    }

    @Test
    void moreThanHalfAMillionElementsAreRefused() throws IOException {
        String many = "<Topology xmlns=\"urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008\">" + "<a/>".repeat(500_000)
                + "</Topology>";
        ImportProblem problem = refused("many.xml", many);
        assertEquals("has more than 500,000 elements; Trunkline imports documents of up to that many", problem.problem());
    }

    @Test
    void latin1BytesInADocumentWithoutAnEncodingAreRefused() throws IOException {
        byte[] latin1 = singleSite().replace("<Name>Lyon</Name>", "<Name>Lyon Sévigné</Name>").replace("<?xml version=\"1.0\" encoding=\"utf-8\"?>", "")
                .getBytes(StandardCharsets.ISO_8859_1);
        ImportProblem problem = refused("latin1.xml", latin1);
        assertTrue(problem.problem().startsWith("is not readable XML"), problem.getMessage());
    }

    @Test
    void aDocumentDeclaringUtf16ButWrittenInUtf8IsRefused() throws IOException {
        String lying = singleSite().replace("encoding=\"utf-8\"", "encoding=\"UTF-16\"");
        assertTrue(refused("lying.xml", lying).problem().startsWith("is not readable XML"));
    }

    @Test
    void aDocumentWrittenInUtf16WithItsByteOrderMarkImports() throws Exception {
        Path file = Files.write(folder.resolve("utf16.xml"),
                singleSite().replace("encoding=\"utf-8\"", "encoding=\"UTF-16\"").getBytes(StandardCharsets.UTF_16));
        assertEquals("Lyon", TopologyDocuments.read(file, null).topology().getCentralSites().get(0).getName());
    }

    @Test
    void aControlCharacterInASiteNameIsRefusedNamingTheSite() throws IOException {
        ImportProblem problem = refused("control.xml", singleSite().replace("<Name>Lyon</Name>", "<Name>Ly&#x85;on</Name>"));
        assertEquals("/Topology/Sites/CentralSite", problem.path());
        assertEquals("site name 'LyU+0085on' holds a control character or a line break", problem.problem());
    }

    @Test
    void aSiteNameLongerThan256CharactersIsRefusedNotCut() throws IOException {
        ImportProblem problem = refused("long.xml", singleSite().replace("<Name>Lyon</Name>", "<Name>" + "L".repeat(300) + "</Name>"));
        assertEquals("site name is 300 characters long; Trunkline keeps at most 256", problem.problem());
    }

    @Test
    void aPortThatIsNotANumberIsRefusedNamingThePort() throws IOException {
        ImportProblem problem = refused("port.xml", singleSite().replace("Port=\"5068\" Protocol=\"Tcp\"", "Port=\"50x8\" Protocol=\"Tcp\""));
        assertEquals("Port '50x8' is not a whole number", problem.problem());
        assertTrue(problem.path().endsWith("/Service[5]/Ports/Port[3]"), problem.path());
    }

    @Test
    void aFolderIsRefused() {
        ImportProblem problem = assertThrows(ImportProblem.class, () -> TopologyDocuments.read(folder, null));
        assertEquals("is a folder, not a document", problem.problem());
    }

    @Test
    void aMissingFileIsAnInputOutputProblem() {
        assertThrows(NoSuchFileException.class, () -> TopologyDocuments.read(folder.resolve("absent.xml"), null));
    }
}
