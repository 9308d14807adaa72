package io.trunkline.resiliency.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.trunkline.model.Topology;
import io.trunkline.model.synthetic.SyntheticTopologyGenerator;
import io.trunkline.planning.TopologySizer;
import io.trunkline.resiliency.ResiliencyAnalysis;

/** The export hands the analysis the sizing it already holds; the analysis must come out as if it sized the topology itself. */
class GivenSizingTest {

    @Test
    void aSweepOnAGivenSizingEqualsTheSweepThatSizesTheTopologyItself() {
        Topology topology = SyntheticTopologyGenerator.generate(70, 3);

        assertEquals(ResiliencyAnalysis.of(topology).sweep(), ResiliencyAnalysis.of(topology, TopologySizer.size(topology)).sweep());
    }
}
