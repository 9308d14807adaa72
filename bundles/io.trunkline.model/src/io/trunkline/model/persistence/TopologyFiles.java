package io.trunkline.model.persistence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import io.trunkline.model.Element;
import io.trunkline.model.Topology;
import io.trunkline.model.TopologyPackage;

/**
 * Loads and saves {@code .topology} files.
 * <p>
 * Loading either yields the whole topology or a {@link TopologyLoadException} listing every problem; a
 * half-loaded topology is never handed out, so a later save cannot silently drop what could not be read.
 * Saving writes the canonical bytes beside the target and renames them over it, so a crash or a full disk
 * leaves the previous file intact.
 */
public final class TopologyFiles {

    private TopologyFiles() {
    }

    /** A resource set that knows topology files, usable inside and outside OSGi. */
    public static ResourceSet newResourceSet() {
        ResourceSet resources = new ResourceSetImpl();
        resources.getPackageRegistry().put(TopologyPackage.eNS_URI, TopologyPackage.eINSTANCE);
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put(TopologyResourceFactory.EXTENSION,
                new TopologyResourceFactory());
        return resources;
    }

    /** Loads the topology in {@code file} into a fresh resource set. */
    public static Topology load(Path file) throws IOException {
        return load(file, newResourceSet());
    }

    /** Loads the topology in {@code file} into a new resource of {@code resources}. */
    public static Topology load(Path file, ResourceSet resources) throws IOException {
        return load(Files.readAllBytes(file), file.getFileName().toString(),
                URI.createFileURI(file.toAbsolutePath().toString()), resources);
    }

    /**
     * Loads a topology from {@code bytes}; {@code fileName} names it in problems and {@code uri} becomes the
     * resource's URI.
     */
    public static Topology load(byte[] bytes, String fileName, URI uri, ResourceSet resources) throws IOException {
        Resource resource = resources.createResource(uri);
        LoadProblems problems = new LoadProblems(fileName, lines(bytes));
        try {
            resource.load(new ByteArrayInputStream(bytes), resource.getResourceSet().getLoadOptions());
        } catch (IOException | RuntimeException error) {
            throw failed(resources, resource, problems, error);
        }
        List<LoadProblem> found = new ArrayList<>();
        resource.getErrors().forEach(error -> found.add(problems.of((Throwable) error)));
        Topology topology = checkRoot(resource, problems, found);
        if (topology != null) {
            checkIds(topology, problems, found);
        }
        if (!found.isEmpty()) {
            resources.getResources().remove(resource);
            throw new TopologyLoadException(found);
        }
        return topology;
    }

    /** Saves {@code topology} (contained in a topology resource) to {@code file} atomically. */
    public static void save(Topology topology, Path file) throws IOException {
        byte[] bytes = toBytes(topology);
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path aside = Files.createTempFile(folder, "." + file.getFileName(), ".saving");
        try {
            try (FileChannel channel = FileChannel.open(aside, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING); OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                out.write(bytes);
                out.flush();
                channel.force(true);
            }
            Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(aside);
        }
    }

    /** The canonical bytes of {@code topology}; the same model always gives the same bytes. */
    public static byte[] toBytes(Topology topology) throws IOException {
        refuseReferencesOutside(topology);
        Resource resource = topology.eResource();
        if (!(resource instanceof TopologyResource)) {
            resource = new TopologyResource(URI.createURI("memory:/topology.topology"));
            Topology copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(topology);
            resource.getContents().add(copy);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        resource.save(out, null);
        return out.toByteArray();
    }

    /**
     * EMF would write a reference to an element outside the topology as a bare id that no longer resolves, so
     * the saved file could not be opened again; refuse before anything is written.
     */
    private static void refuseReferencesOutside(Topology topology) throws IOException {
        for (Iterator<EObject> all = org.eclipse.emf.ecore.util.EcoreUtil.getAllProperContents(List.of(topology),
                false); all.hasNext();) {
            EObject object = all.next();
            for (org.eclipse.emf.ecore.util.EContentsEList.FeatureIterator<EObject> targets =
                    (org.eclipse.emf.ecore.util.EContentsEList.FeatureIterator<EObject>) object.eCrossReferences()
                            .iterator(); targets.hasNext();) {
                EObject target = targets.next();
                if (targets.feature().isTransient()) {
                    continue;
                }
                if (org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(target) != topology) {
                    throw new IOException("cannot save: " + describe(object) + " refers through '"
                            + targets.feature().getName() + "' to " + describe(target)
                            + ", which is not part of the topology (deleted or never added)");
                }
            }
        }
    }

    private static String describe(EObject object) {
        return object instanceof Element element ? LoadProblems.nameOf(element) : object.eClass().getName();
    }

    private static TopologyLoadException failed(ResourceSet resources, Resource resource, LoadProblems problems,
            Exception error) {
        List<LoadProblem> found = new ArrayList<>();
        resource.getErrors().forEach(each -> found.add(problems.of((Throwable) each)));
        if (found.isEmpty()) {
            found.add(problems.of(error));
        }
        resources.getResources().remove(resource);
        return new TopologyLoadException(found);
    }

    private static Topology checkRoot(Resource resource, LoadProblems problems, List<LoadProblem> found) {
        List<EObject> contents = resource.getContents();
        if (contents.size() == 1 && contents.get(0) instanceof Topology topology) {
            return topology;
        }
        if (found.isEmpty()) {
            found.add(problems.general(contents.isEmpty() ? "contains no topology"
                    : "must contain exactly one Topology as its root element, found "
                            + contents.stream().map(o -> o.eClass().getName()).toList()));
        }
        return null;
    }

    private static void checkIds(Topology topology, LoadProblems problems, List<LoadProblem> found) {
        Map<String, Element> seen = new HashMap<>();
        for (Iterator<EObject> all = org.eclipse.emf.ecore.util.EcoreUtil.getAllProperContents(List.of(topology),
                false); all.hasNext();) {
            if (!(all.next() instanceof Element element)) {
                continue;
            }
            String id = element.getId();
            if (id == null || id.isBlank()) {
                found.add(problems.at(element, "has no id; every element needs a unique id"));
            } else {
                Element earlier = seen.putIfAbsent(id, element);
                if (earlier != null) {
                    found.add(problems.at(element, "has the id '" + id + "' that " + LoadProblems.nameOf(earlier)
                            + " already uses; ids must be unique"));
                }
            }
        }
    }

    private static List<String> lines(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).lines().toList();
    }
}
