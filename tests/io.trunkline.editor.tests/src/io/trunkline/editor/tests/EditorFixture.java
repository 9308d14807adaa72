package io.trunkline.editor.tests;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

import io.trunkline.diagram.description.Tool;
import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.diagram.viewer.DiagramViewer;
import io.trunkline.editor.TopologyEditor;
import io.trunkline.rcp.internal.PlanningPerspective;

/** The workbench window in the Trunkline perspective, and helpers to open and drive topology editors. */
final class EditorFixture {

	final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
	final IWorkbenchPage page = window.getActivePage();
	final Shell shell = window.getShell();

	EditorFixture() {
		page.closeAllEditors(false);
		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(PlanningPerspective.ID));
		page.resetPerspective();
		shell.setSize(1600, 1000);
		Bench.settle();
	}

	/** Closes the editors and deletes the project with its files (and so its markers), if it exists. */
	static void removeProject(String name) throws Exception {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, null);
		}
	}

	static IProject project(String name) throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		return project;
	}

	TopologyEditor open(IFile file) throws Exception {
		file.refreshLocal(IResource.DEPTH_ZERO, null);
		TopologyEditor editor = (TopologyEditor) IDE.openEditor(page, file, TopologyEditor.ID, true);
		Bench.settle();
		return editor;
	}

	static Tool tool(DiagramViewer viewer, String id) {
		return viewer.editing().palette().stream().flatMap(group -> group.tools().stream()).filter(t -> t.id().equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError("no palette tool " + id));
	}

	static DiagramNode node(DiagramViewer viewer, Class<?> semanticType, String name) {
		return viewer.diagram().nodes().stream()
				.filter(n -> semanticType.isInstance(n.semantic()) && ((io.trunkline.model.Element) n.semantic()).getName().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no " + semanticType.getSimpleName() + " '" + name + "' on the diagram"));
	}

	/**
	 * A small topology written into {@code project}: central site "HQ" (500 users) with Front End
	 * pool "FE" (collocated Mediation), a stand-alone Mediation pool "Med", PSTN gateway "GW"
	 * without any trunk, and TDM PBX "PBX".
	 */
	static IFile smallTopology(IProject project, String fileName) throws Exception {
		io.trunkline.model.TopologyFactory make = io.trunkline.model.TopologyFactory.eINSTANCE;
		io.trunkline.model.TopologyPackage p = io.trunkline.model.TopologyPackage.eINSTANCE;
		io.trunkline.model.Topology topology = make.createTopology();
		topology.setId(io.trunkline.model.persistence.ElementIds.newId(p.getTopology()));
		topology.setName("Small");
		topology.getSipDomains().add("contoso.com");
		io.trunkline.model.CentralSite site = make.createCentralSite();
		site.setId(io.trunkline.model.persistence.ElementIds.newId(p.getCentralSite()));
		site.setName("HQ");
		site.setSiteId(1);
		site.setUsers(500);
		topology.getCentralSites().add(site);
		io.trunkline.model.FrontEndPool fe = make.createFrontEndPool();
		fe.setId(io.trunkline.model.persistence.ElementIds.newId(p.getFrontEndPool()));
		fe.setName("FE");
		fe.setFqdn("fe.contoso.com");
		fe.setCollocatedMediation(true);
		site.getFrontEndPools().add(fe);
		io.trunkline.model.MediationPool med = make.createMediationPool();
		med.setId(io.trunkline.model.persistence.ElementIds.newId(p.getMediationPool()));
		med.setName("Med");
		med.setFqdn("med.contoso.com");
		med.setKind(io.trunkline.model.MediationKind.STANDALONE);
		site.getMediationPools().add(med);
		io.trunkline.model.TrunkPeer gateway = make.createTrunkPeer();
		gateway.setId(io.trunkline.model.persistence.ElementIds.newId(p.getTrunkPeer()));
		gateway.setName("GW");
		gateway.setKind(io.trunkline.model.PeerKind.PSTN_GATEWAY);
		gateway.setAddress("gw.contoso.com");
		gateway.setPstnPorts(24);
		site.getTrunkPeers().add(gateway);
		io.trunkline.model.Pbx pbx = make.createPbx();
		pbx.setId(io.trunkline.model.persistence.ElementIds.newId(p.getPbx()));
		pbx.setName("PBX");
		site.getPbxs().add(pbx);
		IFile file = project.getFile(fileName);
		io.trunkline.model.persistence.TopologyFiles.save(topology, file.getLocation().toFile().toPath());
		file.refreshLocal(IResource.DEPTH_ZERO, null);
		return file;
	}

	/** The element of the editor's topology with this name. */
	static <T extends io.trunkline.model.Element> T element(TopologyEditor editor, Class<T> type, String name) {
		for (var it = editor.topology().eAllContents(); it.hasNext();) {
			Object next = it.next();
			if (type.isInstance(next) && name.equals(((io.trunkline.model.Element) next).getName())) {
				return type.cast(next);
			}
		}
		throw new AssertionError("no " + type.getSimpleName() + " '" + name + "'");
	}

	/**
	 * Answers the next dialog titled {@code title} by closing it as soon as it opens (call this
	 * before the call that opens it); the returned reference then holds the dialog's text.
	 */
	static java.util.concurrent.atomic.AtomicReference<String> closeDialog(String title) {
		java.util.concurrent.atomic.AtomicReference<String> said = new java.util.concurrent.atomic.AtomicReference<>();
		long deadline = System.currentTimeMillis() + 20_000;
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell open : Bench.display().getShells()) {
				if (open.isVisible() && title.equals(open.getText()) && open.getData() instanceof org.eclipse.jface.window.Window dialog) {
					StringBuilder text = new StringBuilder();
					collectText(open, text);
					said.set(text.toString());
					dialog.close();
					return;
				}
			}
			if (System.currentTimeMillis() < deadline) {
				Bench.display().timerExec(100, poll[0]);
			}
		};
		Bench.display().timerExec(100, poll[0]);
		return said;
	}

	private static void collectText(org.eclipse.swt.widgets.Control control, StringBuilder text) {
		if (control instanceof org.eclipse.swt.widgets.Label label) {
			text.append(label.getText()).append('\n');
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
				collectText(child, text);
			}
		}
	}

	/** The ids of the small topology's site and elements by name, read back from the file. */
	static java.util.Map<String, String> smallTopologyIds(java.nio.file.Path file) throws Exception {
		java.util.Map<String, String> ids = new java.util.HashMap<>();
		io.trunkline.model.Topology topology = io.trunkline.model.persistence.TopologyFiles.load(file,
				io.trunkline.model.persistence.TopologyFiles.newResourceSet());
		for (var it = topology.eAllContents(); it.hasNext();) {
			if (it.next() instanceof io.trunkline.model.Element element) {
				ids.put(element.getName(), element.getId());
			}
		}
		return ids;
	}
}
