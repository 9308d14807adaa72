package io.trunkline.export.internal;

import java.util.ArrayList;
import java.util.List;

import io.trunkline.model.CentralSite;
import io.trunkline.model.Site;
import io.trunkline.model.Topology;
import io.trunkline.planning.TopologySizing;
import io.trunkline.resiliency.ElementImpact;
import io.trunkline.resiliency.Sweep;
import io.trunkline.validation.ValidationResult;

/**
 * What the worksheets are built from: the topology with its sizing, validation and N-1 sweep, computed once. Of the
 * sweep it keeps only what the Resiliency sheet shows: the baseline's result for every site and outcome for every
 * element, some 30 MB at 100,000 sites, would stay in memory while every sheet is written (issue 18, item 4).
 *
 * @param topology           the topology
 * @param sizing             its sizing
 * @param validation         its validation
 * @param impacts            the loss of each of its elements, one at a time, as {@link Sweep#impacts()} orders them
 * @param routingAssumption  how PSTN calls are assumed to be routed, which the sweep's figures rest on
 */
public record ExportInput(Topology topology, TopologySizing sizing, ValidationResult validation,
        List<ElementImpact> impacts, String routingAssumption) {

    /** The input of {@code topology}'s worksheets, given its sizing, validation and sweep. */
    public static ExportInput of(Topology topology, TopologySizing sizing, ValidationResult validation, Sweep sweep) {
        return new ExportInput(topology, sizing, validation, sweep.impacts(), sweep.baseline().assumption());
    }

    /** Sites in model order: each central site followed by its branches. */
    public List<Site> sites() {
        List<Site> sites = new ArrayList<>();
        for (CentralSite central : topology.getCentralSites()) {
            sites.add(central);
            sites.addAll(central.getBranchSites());
        }
        return sites;
    }
}
