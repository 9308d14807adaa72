package io.trunkline.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.trunkline.model.persistence.LoadProblem;
import io.trunkline.model.persistence.TopologyFiles;
import io.trunkline.model.persistence.TopologyLoadException;

/**
 * Every broken file in {@code resources/broken} fails to load with a message that names the file, says what
 * is wrong and, where the parser knows it, the line; no other exception escapes and nothing is left loaded.
 */
class BrokenFilesTest {

    private static final Path CORPUS = Path.of("resources", "broken");

    /** File → {expected line (0 = not known), words the first problem must contain}. */
    private static final Map<String, Expectation> EXPECTED = Map.ofEntries(
            Map.entry("malformed-tag.topology", new Expectation(5, "malformed XML")),
            Map.entry("empty.topology", new Expectation(0, "empty")),
            Map.entry("truncated.topology", new Expectation(4, "malformed XML")),
            Map.entry("unknown-element.topology", new Expectation(4, "unknown attribute or element 'gateways'")),
            Map.entry("unknown-attribute.topology", new Expectation(4, "unknown attribute or element 'portz'",
                    "TrunkPeer peer-00000001")),
            Map.entry("dangling-reference.topology", new Expectation(6, "'peer' refers to 'peer-0000dead'",
                    "no element in the file has that id")),
            Map.entry("wrong-number.topology", new Expectation(3, "'users' is 'many', which is not a whole number")),
            Map.entry("unknown-enum-literal.topology", new Expectation(3,
                    "'usageProfile' is 'EXTREME', which is not one of LIGHT, MODERATE, HEAVY, CUSTOM")),
            Map.entry("wrong-boolean.topology", new Expectation(3, "'resilient' is 'maybe', which is not true or false")),
            Map.entry("duplicate-id.topology", new Expectation(4, "has the id 'site-00000001'",
                    "that CentralSite 'HQ' (site-00000001) on line 3 already uses")),
            Map.entry("missing-id.topology", new Expectation(3, "CentralSite 'HQ': has no id")),
            Map.entry("wrong-root.topology", new Expectation(2, "the root element must be a Topology", "CentralSite")),
            Map.entry("wrong-namespace.topology", new Expectation(2, "unknown namespace 'http://example.com/not-trunkline'")),
            Map.entry("external-entity.topology", new Expectation(2, "document type declarations")),
            Map.entry("entity-expansion.topology", new Expectation(2, "document type declarations")),
            Map.entry("not-xml.topology", new Expectation(1, "malformed XML")),
            Map.entry("unknown-type.topology", new Expectation(3, "unknown element type 'MegaSite'")));

    record Expectation(int line, String... fragments) {
    }

    @Test
    void corpusHoldsAtLeastFifteenBrokenFilesAndEachHasAnExpectation() throws Exception {
        try (Stream<Path> files = Files.list(CORPUS)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertTrue(names.size() >= 15, "corpus size " + names.size());
            assertEquals(EXPECTED.keySet().stream().sorted().toList(), names);
        }
    }

    @TestFactory
    Stream<DynamicTest> eachBrokenFileIsRejectedWithAClearMessage() {
        return EXPECTED.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> check(entry.getKey(), entry.getValue())));
    }

    private static void check(String file, Expectation expected) {
        ResourceSet resources = TopologyFiles.newResourceSet();
        TopologyLoadException error = assertThrows(TopologyLoadException.class,
                () -> TopologyFiles.load(CORPUS.resolve(file), resources));
        assertFalse(error.problems().isEmpty());
        LoadProblem first = error.problems().get(0);
        String text = first.toString();
        assertTrue(text.startsWith(file), text);
        for (String fragment : expected.fragments()) {
            assertTrue(text.contains(fragment), "'" + fragment + "' missing from: " + text);
        }
        if (expected.line() > 0) {
            assertEquals(expected.line(), first.line(), text);
        }
        assertTrue(resources.getResources().isEmpty(), "a failed load leaves nothing half-loaded behind");
    }

    @Test
    void messagesNameTheElementByTypeAndId() {
        TopologyLoadException error = assertThrows(TopologyLoadException.class,
                () -> TopologyFiles.load(CORPUS.resolve("unknown-attribute.topology")));
        assertEquals("TrunkPeer peer-00000001", error.problems().get(0).element());
    }

    @Test
    void messagesQuoteTheOffendingLineWhenTheXmlItselfIsBroken() {
        TopologyLoadException error = assertThrows(TopologyLoadException.class,
                () -> TopologyFiles.load(CORPUS.resolve("truncated.topology")));
        assertTrue(error.problems().get(0).element().startsWith("<frontEndPools id=\"fe-00000001\""),
                error.problems().get(0).element());
    }

    @TestFactory
    Stream<DynamicTest> noMessageCarriesAJavaClassName() {
        return EXPECTED.keySet().stream().sorted().map(file -> DynamicTest.dynamicTest(file, () -> HostileFilesTest.assertClean(
                assertThrows(TopologyLoadException.class, () -> TopologyFiles.load(CORPUS.resolve(file))).getMessage())));
    }

    @Test
    void externalEntityIsNeverRead() {
        TopologyLoadException error = assertThrows(TopologyLoadException.class,
                () -> TopologyFiles.load(CORPUS.resolve("external-entity.topology")));
        assertFalse(error.getMessage().contains("root:"), "the contents of /etc/passwd must not appear");
    }
}
