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
}
