package io.trunkline.imports;

import java.io.IOException;
import java.nio.file.Path;

import io.trunkline.model.Topology;

/**
 * Reads a site inventory (CSV or xlsx, one site per row) against an existing topology. Columns, matched by
 * their header in any order and case: site name, central/branch, parent central site, city, country/region,
 * users, usage profile, existing PBX users, WAN resilience. Sites are matched by name (ignoring case).
 */
public final class SiteInventory {

    private SiteInventory() {
    }

    /**
     * The preview of what {@code file} would change in {@code existing}; {@code existing} itself is not changed.
     *
     * @throws ImportProblem the file is not an inventory (no header row with a site name column, not CSV or
     *         xlsx, too large); rows with bad values are refusals in the preview, not problems
     * @throws IOException the file cannot be read
     */
    public static InventoryPreview read(Path file, Topology existing) throws ImportProblem, IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes = TopologyDocuments.readBounded(file, name);
        InventoryTable table = InventoryTable.read(bytes, name);
        return new InventoryPlanner(existing, name).plan(table);
    }
}
