package io.trunkline.resiliency.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import io.trunkline.model.Topology;
import io.trunkline.model.TopologyFactory;
import io.trunkline.model.VoiceRoute;
import io.trunkline.model.examples.Examples;
import io.trunkline.model.persistence.TopologyFiles;
import io.trunkline.resiliency.ResiliencyAnalysis;

/**
 * The analysis routes PSTN calls through each site's own gateways and its PSTN-serving site, never through voice
 * routes: a plan that has voice routes must not be told it has none.
 */
class RoutingAssumptionTest {

    @Test
    void aTopologyWithVoiceRoutesIsToldTheyAreNotFollowed() throws IOException {
        Topology topology = Examples.load(Examples.MULTI_SITE_ENTERPRISE, TopologyFiles.newResourceSet());
        for (String name : new String[] { "UK local", "US long distance" }) {
            VoiceRoute route = TopologyFactory.eINSTANCE.createVoiceRoute();
            route.setId("route-" + name.hashCode());
            route.setName(name);
            topology.getVoiceRoutes().add(route);
        }

        assertEquals("Assumed routing (the analysis does not follow the topology's 2 voice routes yet): a site's users call "
                + "out through its own gateways, then through those of the site that serves its PSTN.",
                ResiliencyAnalysis.of(topology).baseline().assumption());
    }
}
