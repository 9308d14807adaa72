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
import java.util.Iterator;
import java.util.List;

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

    private static final java.security.SecureRandom ASIDE_NAMES = new java.security.SecureRandom();

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
     */
    public static Topology load(Path file, ResourceSet resources) throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        LoadProblems problems = new LoadProblems(name, List::of);
        if (Files.isDirectory(file)) {
            throw new TopologyLoadException(List.of(problems.general("is a folder, not a topology file")));
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // A device or a pipe (/dev/zero, a FIFO) could be read for ever.
            throw new TopologyLoadException(List.of(problems.general("is not a regular file")));
        }
        byte[] bytes;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            requireSize(Files.size(file), problems);
            // Read one byte past the limit, so a file that grows while it is read is refused too.
            bytes = in.readNBytes((int) TopologyLimits.MAX_FILE_BYTES + 1);
        } catch (java.nio.file.AccessDeniedException denied) {
            throw new TopologyLoadException(List.of(problems.general("cannot be read: permission denied")));
        }
        return load(bytes, name, URI.createFileURI(file.toAbsolutePath().toString()), resources);
    }

    /**
     * Loads a topology from {@code bytes}; {@code fileName} names it in problems and {@code uri} becomes the
     * resource's URI.
     */
    public static Topology load(byte[] bytes, String fileName, URI uri, ResourceSet resources) throws IOException {
        LoadProblems problems = new LoadProblems(fileName, () -> lines(bytes));
        requireSize(bytes.length, problems);
        Resource resource = resources.createResource(uri);
        try {
            resource.load(new ByteArrayInputStream(bytes), resource.getResourceSet().getLoadOptions());
        } catch (IOException | RuntimeException error) {
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
        writeAtomically(file, toBytes(topology));
    }

    /**
     * Writes {@code bytes} to {@code file} the way {@link #save} does: through a unique temporary file renamed
     * over the target, removed if anything fails; links kept, permissions kept or taken from the umask.
     */
    public static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path target = resolveLinks(file.toAbsolutePath());
        Path folder = target.getParent();
        try {
            Files.createDirectories(folder);
            Path aside = createAside(folder, target.getFileName().toString());
            try {
                try (FileChannel channel = FileChannel.open(aside, StandardOpenOption.WRITE);
                        OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                    out.write(bytes);
                    out.flush();
                    channel.force(true);
                }
                keepPermissions(target, aside);
                Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(aside);
            }
        } catch (IOException failure) {
            throw new IOException("cannot save " + file + ": " + reason(failure), failure);
        }
    }

    /** The file a chain of symbolic links ends at, even when that file does not exist yet. */
    private static Path resolveLinks(Path file) throws IOException {
        Path current = file;
        for (int hops = 0; Files.isSymbolicLink(current); hops++) {
            if (hops == 40) {
                throw new IOException("cannot save " + file + ": too many symbolic links");
            }
            current = current.resolveSibling(Files.readSymbolicLink(current)).normalize();
        }
        return current;
    }

    /**
     * A new, uniquely named file beside the target. Created without explicit permissions, so it gets the mode the
     * user's umask allows, as any file the user creates; {@link Files#createTempFile} would force 0600.
     */
    private static Path createAside(Path folder, String name) throws IOException {
        for (int attempt = 0;; attempt++) {
            Path aside = folder.resolve("." + name + "." + Long.toHexString(ASIDE_NAMES.nextLong()) + ".saving");
            try {
                Files.newOutputStream(aside, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return aside;
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                if (attempt == 100) {
                    throw taken;
                }
            }
        }
    }

    private static void keepPermissions(Path target, Path aside) throws IOException {
        if (Files.exists(target) && Files.getFileStore(aside).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(aside, Files.getPosixFilePermissions(target));
        }
    }

    private static String reason(IOException failure) {
        if (failure instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof java.nio.file.DirectoryNotEmptyException
                || failure instanceof java.nio.file.FileSystemException fs && fs.getFile() != null
                        && Files.isDirectory(Path.of(fs.getFile()))) {
            return "a folder of that name is in the way";
        }
        if (failure instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return failure.getMessage() == null ? "the file could not be written" : failure.getMessage();
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
            throw new TopologyLoadException(List.of(problems.general(String.format(java.util.Locale.ROOT,
                    "is %,d bytes; Trunkline opens topology files of up to %,d bytes (64 MB)", bytes,
                    TopologyLimits.MAX_FILE_BYTES))));
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

    private static List<String> lines(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).lines().toList();
    }
}
