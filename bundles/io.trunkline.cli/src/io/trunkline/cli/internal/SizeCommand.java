package io.trunkline.cli.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.trunkline.model.Topology;
import io.trunkline.planning.FrontEndLoad;
import io.trunkline.planning.OrganisationSizing;
import io.trunkline.planning.PoolLoad;
import io.trunkline.planning.SiteSizing;
import io.trunkline.planning.TopologySizer;
import io.trunkline.planning.TopologySizing;

/** {@code trunkline size FILE [--explain]}: gateway port sizing per site and for the organisation. */
final class SizeCommand implements Command {

    @Override
    public String name() {
        return "size";
    }

    @Override
    public String summary() {
        return "Size gateway ports per site by rule of thumb and Erlang B, and Mediation and Front End pools.";
    }

    @Override
    public String usage() {
        return "Usage: trunkline size FILE [--explain]\n\n"
                + "Prints per site the users, offered traffic, ports by rule of thumb and by Erlang B at the topology's\n"
                + "grade of service, ports drawn and the verdict, then the organisation's totals; --explain adds every\n"
                + "formula with its numbers and source, and the Mediation and Front End pools' loads.";
    }

    @Override
    public int run(List<String> arguments, Console console) {
        Arguments args;
        String file;
        try {
            args = Arguments.parse(arguments, Set.of("--explain"), Set.of());
            file = args.single("topology file");
        } catch (UsageException e) {
            console.err().println(CommandLine.PROGRAM + " size: " + e.getMessage() + "\n\n" + usage());
            return ExitCode.USAGE;
        }
        Optional<Topology> topology = TopologyInput.load(file, console);
        if (topology.isEmpty()) {
            return ExitCode.IO;
        }
        boolean explain = args.flag("--explain");
        TopologySizing sizing = TopologySizer.size(topology.get());
        console.out().printf(Locale.ROOT, "%-28s %8s %9s %8s %9s %7s  %s%n", "site", "users", "erlangs", "thumb",
                "erlang-b", "drawn", "verdict");
        for (SiteSizing site : sizing.sites()) {
            console.out().printf(Locale.ROOT, "%-28s %,8d %9.1f %,8d %,9d %,7d  %s%n", clip(site.site().getName()),
                    site.users(), site.erlangs(), site.ruleOfThumbPorts(), site.erlangBPorts(), site.drawnPorts(),
                    site.verdictText());
            if (explain) {
                site.reasoning().forEach(line -> console.out().println("    " + line));
            }
        }
        OrganisationSizing org = sizing.organisation();
        console.out().printf(Locale.ROOT, "%-28s %,8d %9s %,8d %,9d %,7d  gateways: %d drawn, %,d needed%n", "organisation",
                org.users(), "", org.ruleOfThumbPorts(), org.erlangBPorts(), org.drawnPorts(), org.pstnGateways(),
                org.gatewaysNeeded());
        if (explain) {
            org.reasoning().forEach(line -> console.out().println("    " + line));
            for (PoolLoad pool : sizing.mediationLoad()) {
                console.out().println("Mediation pool " + clip(pool.pool().getName()) + ":");
                pool.reasoning().forEach(line -> console.out().println("    " + line));
            }
            for (FrontEndLoad pool : sizing.frontEndLoad()) {
                console.out().println("Front End pool " + clip(pool.pool().getName()) + ":");
                pool.reasoning().forEach(line -> console.out().println("    " + line));
            }
        }
        return ExitCode.OK;
    }

    private static String clip(String name) {
        String text = name == null ? "" : name;
        return text.length() > 28 ? text.substring(0, 27) + "…" : text;
    }
}
