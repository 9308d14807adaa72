package io.trunkline.model.persistence;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

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

    /**
     * A resource set that knows topology files, usable inside and outside OSGi. It opens nothing by URI: a
     * topology is read and written through {@link #load} and {@link #save} only, and a reference that still
     * reached another resource (a file, a web address) fails instead of being read.
     */
    public static ResourceSet newResourceSet() {
        ResourceSet resources = new ResourceSetImpl();
        resources.getPackageRegistry().put(TopologyPackage.eNS_URI, TopologyPackage.eINSTANCE);
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put(TopologyResourceFactory.EXTENSION,
                new TopologyResourceFactory());
        resources.setURIConverter(new ExtensibleURIConverterImpl(List.of(new NoOtherResources()), List.of()));
        return resources;
    }

    /** Loads the topology in {@code file} into a fresh resource set. */
    public static Topology load(Path file) throws IOException {
        return load(file, newResourceSet());
    }

    /**
     * Loads the topology in {@code file} into a new resource of {@code resources}. A folder, a file that may not
     * be read or one larger than {@link TopologyLimits#MAX_FILE_BYTES} is a {@link TopologyLoadException} saying so.
     * The file is parsed as it is read, never held whole: at the limit it would take as much memory again as the
     * topology it holds.
     */
    public static Topology load(Path file, ResourceSet resources) throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        LoadProblems problems = new LoadProblems(name, () -> linesOf(file));
        if (Files.isDirectory(file)) {
            throw new TopologyLoadException(List.of(problems.general("is a folder, not a topology file")));
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // A device or a pipe (/dev/zero, a FIFO) could be read for ever.
            throw new TopologyLoadException(List.of(problems.general("is not a regular file")));
        }
        try (InputStream in = Files.newInputStream(file)) {
            requireSize(Files.size(file), problems);
            // Bounded too, so a file that grows while it is read is refused.
            BoundedInputStream bounded = new BoundedInputStream(new BufferedInputStream(in, 1 << 16),
                    TopologyLimits.MAX_FILE_BYTES);
            return load(bounded, problems, URI.createFileURI(file.toAbsolutePath().toString()), resources);
        } catch (AccessDeniedException denied) {
            throw new TopologyLoadException(List.of(problems.general("cannot be read: permission denied")));
        }
    }

    /**
     * Loads a topology from {@code bytes}; {@code fileName} names it in problems and {@code uri} becomes the
     * resource's URI.
     */
    public static Topology load(byte[] bytes, String fileName, URI uri, ResourceSet resources) throws IOException {
        LoadProblems problems = new LoadProblems(fileName, () -> lines(bytes));
        requireSize(bytes.length, problems);
        return load(new ByteArrayInputStream(bytes), problems, uri, resources);
    }

    private static Topology load(InputStream in, LoadProblems problems, URI uri, ResourceSet resources)
            throws IOException {
        Resource resource = resources.createResource(uri);
        try {
            resource.load(in, resource.getResourceSet().getLoadOptions());
        } catch (IOException | RuntimeException error) {
            BoundedInputStream.Exceeded exceeded = LoadProblems.find(error, BoundedInputStream.Exceeded.class);
            if (exceeded != null) {
                resources.getResources().remove(resource);
                requireSize(exceeded.bytesRead(), problems);
            }
            throw failed(resources, resource, problems, error);
        }
        List<LoadProblem> found = new ArrayList<>();
        resource.getErrors().forEach(error -> found.add(problems.of((Throwable) error)));
        Topology topology = checkRoot(resource, problems, found);
        if (!found.isEmpty()) {
            resources.getResources().remove(resource);
            throw new TopologyLoadException(withoutConsequences(found));
        }
        return topology;
    }

    /**
     * Saves {@code topology} (contained in a topology resource) to {@code file} atomically: the bytes go to a
     * unique temporary file beside the target, which is then renamed over it, so a crash or a full disk leaves the
     * previous file intact and a failed save leaves no temporary file behind. A symbolic link stays a link and its
     * target is written; an existing file keeps its permissions, a new one gets those the user's umask gives.
     */
    public static void save(Topology topology, Path file) throws IOException {
        AtomicFiles.write(file, toBytes(topology));
    }

    /** The canonical bytes of {@code topology}; the same model always gives the same bytes. */
    public static byte[] toBytes(Topology topology) throws IOException {
        refuseReferencesOutside(topology);
        refuseUnreadableText(topology);
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

    /**
     * Text a load would refuse (too long, or with control characters XML cannot carry) would make the saved file
     * impossible to open again; refuse before anything is written, naming the element and the attribute.
     */
    private static void refuseUnreadableText(Topology topology) throws IOException {
        for (Iterator<EObject> all = org.eclipse.emf.ecore.util.EcoreUtil.getAllContents(List.of(topology)); all.hasNext();) {
            EObject object = all.next();
            for (org.eclipse.emf.ecore.EAttribute attribute : object.eClass().getEAllAttributes()) {
                if (attribute.isTransient() || attribute.getEAttributeType().getInstanceClass() != String.class
                        || !object.eIsSet(attribute)) {
                    continue;
                }
                Object value = object.eGet(attribute);
                for (Object each : value instanceof List<?> list ? list : List.of(value)) {
                    String text = (String) each;
                    if (text.length() > TopologyLimits.maxLength(attribute.getName())) {
                        throw new IOException("cannot save: " + describe(object) + " has a '" + attribute.getName()
                                + "' of " + text.length() + " characters; at most "
                                + TopologyLimits.maxLength(attribute.getName()) + " can be opened again");
                    }
                    if (UserText.firstControl(text) >= 0) {
                        throw new IOException("cannot save: " + describe(object) + " has a control character in '"
                                + attribute.getName() + "' ('" + UserText.printable(text) + "'); remove it");
                    }
                }
            }
        }
    }

    private static String describe(EObject object) {
        return LoadProblems.describe(object);
    }

    /** A file in a foreign namespace fails on every element type too; the namespace is the one thing to fix. */
    private static List<LoadProblem> withoutConsequences(List<LoadProblem> found) {
        List<LoadProblem> foreign = found.stream().filter(p -> p.message().startsWith("not a Trunkline topology")).toList();
        return foreign.isEmpty() ? found : foreign;
    }

    private static void requireSize(long bytes, LoadProblems problems) throws TopologyLoadException {
        if (bytes > TopologyLimits.MAX_FILE_BYTES) {
            throw new TopologyLoadException(List.of(problems.general(String.format(Locale.ROOT,
                    "is %,d bytes; Trunkline opens topology files of up to %,d bytes (%d MB)", bytes,
                    TopologyLimits.MAX_FILE_BYTES, TopologyLimits.MAX_FILE_BYTES >> 20))));
        }
    }

    private static TopologyLoadException failed(ResourceSet resources, Resource resource, LoadProblems problems,
            Exception error) {
        List<LoadProblem> found = new ArrayList<>();
        resource.getErrors().forEach(each -> found.add(problems.of((Throwable) each)));
        // EMF throws the first error it recorded again; the one that stopped the parse may be new.
        LoadProblem stopped = problems.of(error);
        if (found.stream().noneMatch(each -> each.message().equals(stopped.message()))) {
            found.add(stopped);
        }
        resources.getResources().remove(resource);
        return new TopologyLoadException(withoutConsequences(found));
    }

    private static Topology checkRoot(Resource resource, LoadProblems problems, List<LoadProblem> found) {
        List<EObject> contents = resource.getContents();
        if (contents.size() == 1 && contents.get(0) instanceof Topology topology) {
            return topology;
        }
        if (found.isEmpty()) {
            found.add(problems.general(contents.isEmpty() ? "contains no topology"
                    : "the root element must be a Topology, found "
                            + contents.stream().map(o -> o.eClass().getName()).toList()));
        }
        return null;
    }

    /** The file's lines, read again only to quote the line of a problem. */
    private static List<String> linesOf(Path file) {
        try {
            return lines(Files.readAllBytes(file));
        } catch (IOException gone) {
            return List.of();
        }
    }

    private static List<String> lines(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).lines().toList();
    }
}
