package io.trunkline.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.trunkline.model.Topology;
import io.trunkline.model.examples.Examples;
import io.trunkline.model.persistence.TopologyFiles;

/** Loading an example and saving it unchanged gives back exactly the shipped bytes. */
class ExamplesRoundTripTest {

    @TestFactory
    Stream<DynamicTest> everyExampleRoundTripsByteForByte() {
        return Examples.names().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            byte[] shipped = Examples.bytes(name);
            Topology topology = Examples.load(name, TopologyFiles.newResourceSet());
            assertArrayEquals(shipped, TopologyFiles.toBytes(topology), name + " changes on load and save");
        }));
    }

    @Test
    void thereAreTheFourDeploymentOptionsAndAFlawedExample() {
        assertEquals(5, Examples.names().size());
        assertEquals(Examples.FLAWED, Examples.names().get(4));
    }

    @Test
    void loadedResourcesResolveIdsThroughTheIdMap() throws Exception {
        Topology topology = Examples.load(Examples.MULTI_SITE_ENTERPRISE, TopologyFiles.newResourceSet());
        ResourceImpl resource = (ResourceImpl) topology.eResource();
        assertNotNull(resource.getIntrinsicIDToEObjectMap(), "the ID map is installed (linear load)");
        assertFalse(resource.getIntrinsicIDToEObjectMap().isEmpty());
        assertSame(topology.getCentralSites().get(0), resource.getEObject("site-a7c20101"));
    }
}
