package io.trunkline.editor.wizards;

import java.io.IOException;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

import io.trunkline.model.TopologyFactory;
import io.trunkline.model.TopologyPackage;
import io.trunkline.model.Topology;
import io.trunkline.model.examples.Examples;
import io.trunkline.model.persistence.ElementIds;
import io.trunkline.model.persistence.TopologyFiles;

/** What a new topology starts from: empty, or a copy of one of the bundled examples. */
public final class TopologyTemplates {

	public static final String EMPTY = "empty";
	public static final String EXAMPLES_PROJECT = "Trunkline Examples";

	private TopologyTemplates() {
	}

	public static String title(String template) {
		if (EMPTY.equals(template)) {
			return "Empty topology";
		}
		return switch (template) {
		case Examples.EV_BEHIND_PBX -> "Example: Enterprise Voice behind the PBX";
		case Examples.EV_IN_FRONT_OF_PBX -> "Example: Enterprise Voice in front of the PBX";
		case Examples.VOIP_ONLY -> "Example: VoIP-only deployment";
		case Examples.MULTI_SITE_ENTERPRISE -> "Example: multi-site enterprise with SBA branches and M:N trunks";
		case Examples.FLAWED -> "Example: a flawed topology that trips many rules";
		default -> "Example: " + template;
		};
	}

	public static byte[] bytes(String template, String name) throws IOException {
		if (!EMPTY.equals(template)) {
			return Examples.bytes(template);
		}
		Topology topology = TopologyFactory.eINSTANCE.createTopology();
		topology.setId(ElementIds.newId(TopologyPackage.Literals.TOPOLOGY));
		topology.setName(name);
		topology.getSipDomains().add("contoso.com");
		Resource resource = TopologyFiles.newResourceSet().createResource(URI.createURI("memory:/" + name.toLowerCase(Locale.ROOT) + ".topology"));
		resource.getContents().add(topology);
		return TopologyFiles.toBytes(topology);
	}

	/** The example copied into the workspace project {@value #EXAMPLES_PROJECT} (kept if already there). */
	public static IFile exampleInWorkspace(String example) throws CoreException, IOException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(EXAMPLES_PROJECT);
		if (!project.exists()) {
			project.create(null);
		}
		if (!project.isOpen()) {
			project.open(null);
		}
		IFile file = project.getFile(Examples.fileName(example));
		if (!file.exists()) {
			file.create(new java.io.ByteArrayInputStream(Examples.bytes(example)), true, null);
		}
		return file;
	}
}
