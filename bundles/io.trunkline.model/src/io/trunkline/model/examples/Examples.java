package io.trunkline.model.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;

import io.trunkline.model.Topology;
import io.trunkline.model.persistence.AtomicFiles;
import io.trunkline.model.persistence.TopologyFiles;

/**
 * The example topologies shipped in this bundle's {@code examples/} folder: the deployment options of
 * domain.md §2 and one deliberately flawed topology for trying out validation.
 */
public final class Examples {

    /** Enterprise Voice behind the PBX [DS §2]. */
    public static final String EV_BEHIND_PBX = "ev-behind-pbx";
    /** Enterprise Voice in front of the PBX [DS §2]. */
    public static final String EV_IN_FRONT_OF_PBX = "ev-in-front-of-pbx";
    /** VoIP-only [DS §2]. */
    public static final String VOIP_ONLY = "voip-only";
    /** Central sites, SBA branches and M:N trunks [DS §2, EVR, MNT]. */
    public static final String MULTI_SITE_ENTERPRISE = "multi-site-enterprise";
    /** Breaks as many planning rules as it can. */
    public static final String FLAWED = "flawed";

    private static final List<String> ALL = List.of(EV_BEHIND_PBX, EV_IN_FRONT_OF_PBX, VOIP_ONLY,
            MULTI_SITE_ENTERPRISE, FLAWED);

    private Examples() {
    }

    /** Every example's name, valid ones first. */
    public static List<String> names() {
        return ALL;
    }

    /** The file name of an example, e.g. {@code voip-only.topology}. */
    public static String fileName(String name) {
        return name + ".topology";
    }

    /** The bytes of an example as shipped. */
    public static byte[] bytes(String name) {
        if (!ALL.contains(name)) {
            throw new IllegalArgumentException("no example named '" + name + "'; examples are " + ALL);
        }
        try (InputStream in = Examples.class.getResourceAsStream("/examples/" + fileName(name))) {
            if (in == null) {
                throw new IllegalStateException("example " + fileName(name) + " is missing from the bundle");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads an example into {@code resources}. */
    public static Topology load(String name, ResourceSet resources) throws IOException {
        return TopologyFiles.load(bytes(name), fileName(name), URI.createURI("example:/" + fileName(name)), resources);
    }

    /** Copies an example to {@code target} (a file path), replacing what is there. */
    public static void copyTo(String name, Path target) throws IOException {
        AtomicFiles.write(target, bytes(name));
    }
}
