package io.trunkline.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import io.trunkline.imports.ImportProblem;
import io.trunkline.imports.InventoryPreview;
import io.trunkline.imports.SiteInventory;
import io.trunkline.imports.TopologyDocuments;
import io.trunkline.imports.TopologyImport;
import io.trunkline.model.persistence.TopologyFiles;

/**
 * {@code trunkline import FILE --out TOPOLOGY [--inventory CSV] [--force]}: a topology from a Skype for Business
 * topology document, optionally completed by a site inventory. Either the whole topology is written (atomically)
 * or nothing: a document or inventory that cannot be imported, or an inventory with a refused row, leaves no file.
 */
final class ImportCommand implements Command {

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "Make a topology from a Skype for Business topology document (and a site inventory).";
    }

    @Override
    public String usage() {
        return "Usage: trunkline import FILE --out TOPOLOGY [--inventory CSV] [--force]\n\n"
                + "Reads FILE, the XML that Get-CsTopology -AsXml writes or a Topology Builder .tbxml document, and writes\n"
                + "the sites, pools, Mediation pools, gateways, trunks and SBAs it describes to TOPOLOGY. With --inventory,\n"
                + "a CSV or xlsx site inventory (site name, central/branch, parent central site, city, country/region, users,\n"
                + "usage profile, existing PBX users, WAN resilience) then creates and updates sites; a refused row writes\n"
                + "nothing. TOPOLOGY is not replaced if it exists, unless --force is given. The report lists what was\n"
                + "created, skipped and not mapped, and what the planner must still fill in.";
    }

    @Override
    public int run(List<String> arguments, Console console) {
        String file;
        Path out;
        String inventory;
        boolean force;
        try {
            Arguments args = Arguments.parse(arguments, Set.of("--force"), Set.of("--out", "--inventory"));
            file = args.single("topology document");
            out = Path.of(args.option("--out").orElseThrow(() -> new UsageException("missing --out TOPOLOGY")));
            inventory = args.option("--inventory").orElse(null);
            force = args.flag("--force");
        } catch (UsageException e) {
            console.err().println(CommandLine.PROGRAM + " import: " + e.getMessage() + "\n\n" + usage());
            return ExitCode.USAGE;
        }
        if (Files.isDirectory(out)) {
            console.err().println(CommandLine.PROGRAM + " import: " + out + " is a folder; --out needs a file name");
            return ExitCode.IO;
        }
        if (Files.exists(out) && !force) {
            console.err().println(CommandLine.PROGRAM + " import: " + out + " exists; it was left as it is (add --force to replace it)");
            return ExitCode.IO;
        }
        TopologyImport imported;
        InventoryPreview preview = null;
        try {
            imported = TopologyDocuments.read(Path.of(file), null);
            if (inventory != null) {
                preview = SiteInventory.read(Path.of(inventory), imported.topology());
            }
        } catch (ImportProblem problem) {
            console.err().println(CommandLine.PROGRAM + " import: cannot import " + problem.getMessage() + "; nothing was written");
            return ExitCode.IO;
        } catch (NoSuchFileException e) {
            console.err().println(CommandLine.PROGRAM + " import: no such file: " + e.getFile());
            return ExitCode.IO;
        } catch (IOException e) {
            console.err().println(CommandLine.PROGRAM + " import: cannot read " + (inventory == null ? file : file + " or " + inventory)
                    + ": " + TopologyInput.reason(e));
            return ExitCode.IO;
        }
        imported.report().lines().forEach(console.out()::println);
        if (preview != null) {
            preview.lines().forEach(console.out()::println);
            if (!preview.refusals().isEmpty()) {
                console.err().println(CommandLine.PROGRAM + " import: " + preview.refusals().size() + " row(s) of " + inventory
                        + " refused (listed above); nothing was written");
                return ExitCode.IO;
            }
            preview.apply();
        }
        try {
            TopologyFiles.save(imported.topology(), out);
        } catch (IOException e) {
            console.err().println(CommandLine.PROGRAM + " import: cannot write " + out + ": " + TopologyInput.reason(e));
            return ExitCode.IO;
        }
        console.out().println("Wrote " + out.toAbsolutePath() + "; run 'trunkline validate " + out
                + "' to see what must still be planned.");
        return ExitCode.OK;
    }
}
