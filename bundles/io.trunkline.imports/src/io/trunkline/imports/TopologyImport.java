package io.trunkline.imports;

import io.trunkline.model.Topology;

/**
 * The result of importing a topology document: a new topology (in no resource yet, every element with an id)
 * and the report of what was created, skipped, not mapped and still to be filled in.
 */
public record TopologyImport(Topology topology, ImportReport report) {
}
