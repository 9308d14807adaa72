package io.trunkline.export.internal;

import java.util.ArrayList;
import java.util.List;

import io.trunkline.model.CentralSite;
import io.trunkline.model.Site;
import io.trunkline.model.Topology;
import io.trunkline.planning.TopologySizing;
import io.trunkline.resiliency.Sweep;
import io.trunkline.validation.ValidationResult;

/**
 * What the worksheets are built from: the topology with its sizing, validation and N-1 sweep, computed once.
 *
 * @param topology   the topology
 * @param sizing     its sizing
 * @param validation its validation
 * @param sweep      the loss of each of its elements, one at a time
 */
public record ExportInput(Topology topology, TopologySizing sizing, ValidationResult validation, Sweep sweep) {

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
