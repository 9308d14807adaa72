package io.trunkline.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.trunkline.model.BranchSite;
import io.trunkline.model.CentralSite;
import io.trunkline.model.Site;
import io.trunkline.model.Topology;
import io.trunkline.model.synthetic.SyntheticTopologyGenerator;
import io.trunkline.planning.TopologySizer;
import io.trunkline.planning.TopologySizing;
import io.trunkline.planning.WanBandwidth;
import io.trunkline.planning.WanBandwidth.LinkLoad;
import io.trunkline.planning.WanLoads;
import io.trunkline.validation.tests.IncrementalSizingPropertyTest.Kind;

/**
 * Issue 18 item 1: the WAN link loads kept from edit to edit (TL-MB-10's figures in live validation) are always
 * the loads sized from scratch: same links, same carried sites in the same order, same Erlangs, calls and bypass.
 */
class WanLoadsPropertyTest {

    /** The edits after which the caller's WAN-link index is rebuilt, as live validation's is. */
    private static final Set<Kind> WAN_EDITS = Set.of(Kind.ADD_WAN_LINK, Kind.REMOVE_WAN_LINK, Kind.REPOINT_WAN_LINK,
            Kind.REMOVE_SITE);

    @Test
    void keptLoadsEqualLoadsSizedFromScratchAfterEveryOneOfTwelveHundredRandomEdits() {
        Topology topology = SyntheticTopologyGenerator.generate(60, 17);
        // Two branches of each central site served by the next central site: their calls share the link between the
        // two central sites from the start, whichever random edits follow.
        List<CentralSite> centrals = topology.getCentralSites();
        for (int i = 0; i < centrals.size(); i++) {
            for (BranchSite branch : centrals.get(i).getBranchSites().subList(0, 2)) {
                branch.setPstnServedBy(centrals.get((i + 1) % centrals.size()));
            }
        }
        WanLoads kept = new WanLoads(topology);
        Random random = new Random(18_010);
        int changed = 0;
        int mostCarried = 0;
        List<LinkLoad> previous = List.of();
        for (int edit = 0; edit < 1_200; edit++) {
            Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
            String description = IncrementalSizingPropertyTest.apply(kind, topology, random, edit);
            if (WAN_EDITS.contains(kind)) {
                kept.forgetRoutes();
            }
            TopologySizing sizing = TopologySizer.size(topology);
            List<LinkLoad> full = WanBandwidth.size(topology, sizing);
            List<LinkLoad> live = kept.loads(sizing, WanBandwidth.linksAt(topology));
            int n = edit;
            assertEquals(full, live, () -> "loads after edit " + n + ": " + description);
            assertEquals(carriedInOrder(full), carriedInOrder(live), "carried sites in order after edit " + n + ": " + description);
            changed += full.equals(previous) ? 0 : 1;
            previous = full;
            mostCarried = Math.max(mostCarried, full.stream().mapToInt(load -> load.carries().size()).max().orElse(0));
        }
        // Not a vacuous comparison: the loads moved with most edits and links carry calls.
        assertTrue(changed > 100, "edits that changed the loads: " + changed);
        assertTrue(mostCarried > 1, "a link carried several sites at some point: " + mostCarried);
    }

    private static List<List<String>> carriedInOrder(List<LinkLoad> loads) {
        List<List<String>> order = new ArrayList<>();
        loads.forEach(load -> order.add(load.carries().keySet().stream().map(Site::getId).toList()));
        return order;
    }
}
