package io.trunkline.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.trunkline.model.persistence.TopologyLimits;
import io.trunkline.model.persistence.UserText;

/**
 * Imports the topology document of a running Skype for Business Server deployment: the XML that
 * {@code Get-CsTopology -AsXml} returns (root {@code Topology}) or a Topology Builder {@code .tbxml} file (root
 * {@code TopologyBuilder}). The format is told by the root element and its namespace, not by the file name.
 */
public final class TopologyDocuments {

    /** Namespace of a published topology ({@code Get-CsTopology -AsXml}) and of its shared elements. */
    public static final String TOPOLOGY_NAMESPACE = "urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008";
    /** Namespace of a Topology Builder document's root. */
    public static final String TOPOLOGY_BUILDER_NAMESPACE = "urn:schema:Microsoft.Rtc.Management.Deploy.TopologyBuilder.2008";

    private TopologyDocuments() {
    }

    /**
     * Reads {@code file} into a new topology.
     *
     * @param monitor progress and cancellation; {@code null} for none
     * @throws ImportProblem the document is not one Trunkline can import (not XML, another schema, a dependency on
     *         a service it does not contain, a cluster on no site, too large, ...); nothing was created
     * @throws IOException the file cannot be read (missing, a folder, no permission)
     * @throws OperationCanceledException the monitor was cancelled
     */
    public static TopologyImport read(Path file, IProgressMonitor monitor) throws ImportProblem, IOException {
        SubMonitor progress = SubMonitor.convert(monitor, "Importing " + file.getFileName(), 100);
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes = readBounded(file, name);
        progress.worked(10);
        checkCancelled(progress);
        XmlNode root = SecureXml.parse(bytes, name);
        progress.worked(40);
        checkCancelled(progress);
        DeploymentShape shape = readShape(root, name);
        progress.worked(10);
        checkCancelled(progress);
        TopologyImport result = new TopologyMapper(shape, name).map(progress.split(40));
        progress.done();
        return result;
    }

    private static DeploymentShape readShape(XmlNode root, String name) throws ImportProblem {
        if ("Topology".equals(root.name()) && TOPOLOGY_NAMESPACE.equals(root.namespace())) {
            return PublishedTopologyFormat.read(root, name);
        }
        if ("TopologyBuilder".equals(root.name()) && TOPOLOGY_BUILDER_NAMESPACE.equals(root.namespace())) {
            return TopologyBuilderFormat.read(root, name);
        }
        String namespace = root.namespace() == null || root.namespace().isEmpty() ? "no namespace"
                : "namespace " + UserText.printable(root.namespace());
        throw new ImportProblem(name, root.line(), root.path(), "is not a Skype for Business topology document: its root is '"
                + UserText.printable(root.name()) + "' in " + namespace
                + "; expected 'Topology' (Get-CsTopology -AsXml) in " + TOPOLOGY_NAMESPACE + " or 'TopologyBuilder' (.tbxml) in "
                + TOPOLOGY_BUILDER_NAMESPACE);
    }

    /** The file's bytes, refused past the size limit topology files have, so a huge file cannot exhaust memory. */
    static byte[] readBounded(Path file, String name) throws ImportProblem, IOException {
        if (Files.isDirectory(file)) {
            throw new ImportProblem(name, 0, "", "is a folder, not a document");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new ImportProblem(name, 0, "", "is not a regular file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) TopologyLimits.MAX_IMPORT_BYTES + 1);
            if (bytes.length > TopologyLimits.MAX_IMPORT_BYTES) {
                throw new ImportProblem(name, 0, "", String.format(Locale.ROOT,
                        "is larger than %,d bytes (64 MB), the most Trunkline imports", TopologyLimits.MAX_IMPORT_BYTES));
            }
            return bytes;
        }
    }

    private static void checkCancelled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
