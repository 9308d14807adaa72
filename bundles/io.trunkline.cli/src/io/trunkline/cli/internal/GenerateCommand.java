package io.trunkline.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;

import io.trunkline.model.Topology;
import io.trunkline.model.persistence.TopologyFiles;
import io.trunkline.model.synthetic.SyntheticTopologyGenerator;

/** {@code trunkline generate --sites N [--seed S] --out FILE}: a large synthetic topology for trials. */
final class GenerateCommand implements Command {

    /**
     * A generated file stays within the loader's 128 MiB and 920,000 elements (about 1.33 MB and 9,050 elements per
     * thousand sites, so 100,000 sites are 133 MB and 905,001 elements), so it can be opened.
     */
    private static final int MAX_SITES = 100_000;

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String summary() {
        return "Write a synthetic topology of N sites (for trials and benchmarks).";
    }

    @Override
    public String usage() {
        return "Usage: trunkline generate --sites N [--seed S] --out FILE\n\n"
                + "Writes a plausible topology of N sites (one central site per twenty), the same for the same seed.";
    }

    @Override
    public int run(List<String> arguments, Console console) {
        int sites;
        int seed;
        String out;
        try {
            Arguments args = Arguments.parse(arguments, Set.of(), Set.of("--sites", "--seed", "--out"));
            sites = args.intOption("--sites", 0);
            seed = args.intOption("--seed", 1);
            out = args.option("--out").orElseThrow(() -> new UsageException("missing --out FILE"));
            if (sites < 1 || sites > MAX_SITES) {
                throw new UsageException("--sites must lie between 1 and " + MAX_SITES + " (the largest topology Trunkline opens)");
            }
        } catch (UsageException e) {
            console.err().println(CommandLine.PROGRAM + " generate: " + e.getMessage() + "\n\n" + usage());
            return ExitCode.USAGE;
        }
        if (Files.isDirectory(Path.of(out))) {
            console.err().println(CommandLine.PROGRAM + " generate: " + out + " is a folder; --out needs a file name");
            return ExitCode.IO;
        }
        Topology topology = SyntheticTopologyGenerator.generate(sites, seed);
        // In a topology resource, so saving writes it as it is instead of a copy: at 70,000 sites a copy needs
        // another 200 MB, more than the command line's heap has left.
        TopologyFiles.newResourceSet().createResource(URI.createFileURI(Path.of(out).toAbsolutePath().toString()))
                .getContents().add(topology);
        try {
            TopologyFiles.save(topology, Path.of(out));
        } catch (IOException e) {
            console.err().println(CommandLine.PROGRAM + " generate: cannot write " + out + ": " + TopologyInput.reason(e));
            return ExitCode.IO;
        }
        console.out().println("Wrote " + sites + " sites to " + Path.of(out).toAbsolutePath());
        return ExitCode.OK;
    }
}
