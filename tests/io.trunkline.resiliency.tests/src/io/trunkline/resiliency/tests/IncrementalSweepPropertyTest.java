package io.trunkline.resiliency.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.trunkline.model.CentralSite;
import io.trunkline.model.Element;
import io.trunkline.model.FrontEndPool;
import io.trunkline.model.Site;
import io.trunkline.model.Topology;
import io.trunkline.model.WanLink;
import io.trunkline.model.query.SiteQueries;
import io.trunkline.model.synthetic.SyntheticTopologyGenerator;
import io.trunkline.resiliency.ElementImpact;
import io.trunkline.resiliency.ResiliencyAnalysis;

/**
 * The sweep re-evaluates only the sites a failure can reach; failing each element from scratch must give the same
 * impact. Synthetic topologies are varied at random so that every mechanism is exercised: backup Registrars,
 * sites whose PSTN another site serves, WAN links made non-resilient or removed, trunks removed.
 */
class IncrementalSweepPropertyTest {

    @Test
    void theIncrementalSweepEqualsAFromScratchAnalysisOfEveryElement() {
        List<String> differences = new ArrayList<>();
        for (long seed = 1; seed <= 8; seed++) {
            Topology topology = varied(SyntheticTopologyGenerator.generate(70, seed), new Random(seed));
            ResiliencyAnalysis analysis = ResiliencyAnalysis.of(topology);
            Map<Element, ElementImpact> swept = analysis.sweep().impacts().stream()
                    .collect(Collectors.toMap(ElementImpact::element, Function.identity()));
            for (Element element : analysis.failableElements()) {
                ElementImpact fromScratch = analysis.impactOf(analysis.simulate(List.of(element)));
                if (!fromScratch.equals(swept.get(element))) {
                    differences.add("seed " + seed + ", " + element.getId() + ": swept " + swept.get(element)
                            + " but from scratch " + fromScratch);
                }
            }
        }

        assertEquals(List.of(), differences);
    }

    private static Topology varied(Topology topology, Random random) {
        List<CentralSite> centrals = topology.getCentralSites();
        for (int i = 0; i < centrals.size(); i++) {
            FrontEndPool pool = centrals.get(i).getFrontEndPools().get(0);
            if (centrals.size() > 1 && random.nextBoolean()) {
                pool.setBackupRegistrar(centrals.get((i + 1) % centrals.size()).getFrontEndPools().get(0));
            }
        }
        List<Site> sites = SiteQueries.sites(topology);
        for (Site site : sites) {
            if (random.nextInt(6) == 0) {
                site.setPstnServedBy(sites.get(random.nextInt(sites.size())));
            }
        }
        for (WanLink link : List.copyOf(topology.getWanLinks())) {
            int roll = random.nextInt(8);
            if (roll == 0) {
                topology.getWanLinks().remove(link);
            } else if (roll < 3) {
                link.setResilient(!link.isResilient());
            }
        }
        for (int i = 0; i < topology.getTrunks().size() / 10; i++) {
            topology.getTrunks().remove(random.nextInt(topology.getTrunks().size()));
        }
        return topology;
    }
}
