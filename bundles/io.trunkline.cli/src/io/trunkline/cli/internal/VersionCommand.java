package io.trunkline.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;
import java.util.jar.Manifest;

/** {@code trunkline version}: which build is answering, for bug reports. */
final class VersionCommand implements Command {

    private static final String DEVELOPMENT = "development build";

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
        console.out().println("Trunkline " + version());
        return ExitCode.OK;
    }

    /**
     * The Bundle-Version in the manifest of the jar this class came from: the same inside OSGi and on the plain
     * class path {@code trunkline cli} starts with (where asking the framework is no option), and never another
     * jar's manifest, as asking the class loader for {@code META-INF/MANIFEST.MF} on a class path would be.
     */
    private static String version() {
        String classFile = VersionCommand.class.getName().replace('.', '/') + ".class";
        String self = VersionCommand.class.getResource("/" + classFile).toString();
        String root = self.substring(0, self.length() - classFile.length());
        try (InputStream in = new URL(root + "META-INF/MANIFEST.MF").openStream()) {
            String version = new Manifest(in).getMainAttributes().getValue("Bundle-Version");
            return version == null ? DEVELOPMENT : version;
        } catch (IOException notPackaged) {
            // classes compiled into a folder without a manifest
            return DEVELOPMENT;
        }
    }
}
