package io.trunkline.imports.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import io.trunkline.imports.ImportProblem;
import io.trunkline.imports.TopologyDocuments;
import io.trunkline.imports.TopologyImport;
import io.trunkline.model.CentralSite;
import io.trunkline.model.Element;
import io.trunkline.model.Site;
import io.trunkline.model.Topology;

/** The import fixtures in bundles/io.trunkline.imports/examples/ and lookups by name in what they import to. */
final class Fixtures {

    /** The tests run in their bundle's folder. */
    static final Path EXAMPLES = Path.of("../../bundles/io.trunkline.imports/examples").toAbsolutePath().normalize();

    private Fixtures() {
    }

    static Path file(String name) {
        return EXAMPLES.resolve(name);
    }

    static TopologyImport imported(String name) throws ImportProblem, IOException {
        return TopologyDocuments.read(file(name), null);
    }

    static <T extends Element> T named(Topology topology, Class<T> type, String name) {
        return all(topology).filter(type::isInstance).map(type::cast).filter(e -> name.equals(e.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " named " + name));
    }

    static <T extends Element> long count(Topology topology, Class<T> type) {
        return all(topology).filter(type::isInstance).count();
    }

    static Stream<Element> all(Topology topology) {
        Stream.Builder<Element> all = Stream.builder();
        topology.eAllContents().forEachRemaining(o -> {
            if (o instanceof Element e) {
                all.add(e);
            }
        });
        return all.build();
    }

    static CentralSite central(Topology topology, String name) {
        return named(topology, CentralSite.class, name);
    }

    static Site site(Topology topology, String name) {
        return named(topology, Site.class, name);
    }

    /** A copy of {@code text} in a new file of {@code folder}. */
    static Path write(Path folder, String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }
}
