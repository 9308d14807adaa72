package io.trunkline.cli.internal;

import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** {@code trunkline version}: which build is answering, for bug reports. */
final class VersionCommand implements Command {

    @Override
    public String name() {
        return "version";
    }

    @Override
    public String summary() {
        return "Print the Trunkline version.";
    }

    @Override
    public String usage() {
        return "Usage: " + CommandLine.PROGRAM + " version\n\nPrints the version of the Trunkline command line.";
    }

    @Override
    public int run(List<String> arguments, Console console) {
        if (!arguments.isEmpty()) {
            console.err().println(usage());
            return ExitCode.USAGE;
        }
        Bundle bundle = FrameworkUtil.getBundle(VersionCommand.class);
        String version = bundle == null ? "development build" : bundle.getVersion().toString();
        console.out().println("Trunkline " + version);
        return ExitCode.OK;
    }
}
