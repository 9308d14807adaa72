package io.trunkline.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.trunkline.model.Element;
import io.trunkline.model.Topology;
import io.trunkline.resiliency.ElementImpact;
import io.trunkline.resiliency.FailureResult;
import io.trunkline.resiliency.ResiliencyAnalysis;
import io.trunkline.resiliency.Sweep;

/**
 * {@code trunkline resilience FILE [--fail ID…] [--json]}: what fails when one thing fails. Without {@code --fail}
 * the N-1 sweep, exit 1 when a single failure leaves users without PSTN (for a planner's CI); with it, what is left
 * when those elements are down together, exit 1 when that leaves users without PSTN who had it.
 */
final class ResilienceCommand implements Command {

    @Override
    public String name() {
        return "resilience";
    }

    @Override
    public String summary() {
        return "What fails when one element fails (N-1 sweep); exit 1 when one failure leaves users without PSTN.";
    }

    @Override
    public String usage() {
        return "Usage: trunkline resilience FILE [--fail ID...] [--json]\n\n"
                + "Without --fail, fails every site, pool, SBA/SBS, trunk peer and WAN link alone and lists the single\n"
                + "points of failure (users left without PSTN or registration, most first) and the failures that leave\n"
                + "too few ports. With --fail, shows every site's registration and PSTN with those elements down\n"
                + "together (ids as in the file; several after one --fail). --json prints one JSON object.\n"
                + "Exit code 1 when a single failure (or the --fail set) leaves users without PSTN.";
    }

    @Override
    public int run(List<String> arguments, Console console) {
        String file = null;
        List<String> fail = new ArrayList<>();
        boolean json = false;
        try {
            boolean failing = false;
            for (String argument : arguments) {
                if (argument.equals("--json")) {
                    json = true;
                    failing = false;
                } else if (argument.equals("--fail")) {
                    failing = true;
                } else if (argument.startsWith("--")) {
                    throw new UsageException("unknown option " + argument);
                } else if (failing) {
                    fail.add(argument);
                } else if (file == null) {
                    file = argument;
                } else {
                    throw new UsageException("expected one topology file, got " + file + " and " + argument);
                }
            }
            if (file == null) {
                throw new UsageException("missing topology file");
            }
            if (arguments.contains("--fail") && fail.isEmpty()) {
                throw new UsageException("--fail needs the id of at least one element");
            }
        } catch (UsageException e) {
            return usageError(e.getMessage(), console);
        }
        Optional<Topology> topology = TopologyInput.load(file, console);
        if (topology.isEmpty()) {
            return ExitCode.IO;
        }
        String name = Path.of(file).getFileName().toString();
        if (fail.isEmpty()) {
            return sweep(name, topology.get(), json, console);
        }
        ResiliencyAnalysis analysis = ResiliencyAnalysis.of(topology.get());
        List<Element> failed = new ArrayList<>();
        for (String id : fail) {
            Optional<Element> element = analysis.element(id);
            if (element.isEmpty()) {
                return usageError("no site, pool, SBA/SBS, trunk peer, trunk or WAN link with id '" + id + "' in " + name,
                        console);
            }
            failed.add(element.get());
        }
        FailureResult result = analysis.simulate(failed);
        ElementImpact impact = analysis.impactOf(result);
        console.out().print(json ? ResilienceReport.json(name, result, impact) + "\n" : ResilienceReport.text(name, result, impact));
        return impact.usersWithoutPstn() > 0 ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /** The N-1 sweep, printed once the analysis that made it can go: at 100,000 sites it is some 100 MB. */
    private static int sweep(String name, Topology topology, boolean json, Console console) {
        Sweep sweep = ResiliencyAnalysis.of(topology).sweep();
        if (json) {
            ResilienceReport.json(name, sweep, console.out());
        } else {
            ResilienceReport.text(name, sweep, console.out());
        }
        return sweep.leavesUsersWithoutPstn() ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private int usageError(String message, Console console) {
        console.err().println(CommandLine.PROGRAM + " resilience: " + message + "\n\n" + usage());
        return ExitCode.USAGE;
    }
}
