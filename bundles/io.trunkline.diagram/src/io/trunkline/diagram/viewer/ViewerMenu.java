package io.trunkline.diagram.viewer;

import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.Separator;

import io.trunkline.diagram.description.GeometryChange;
import io.trunkline.diagram.model.DiagramEdge;
import io.trunkline.diagram.model.DiagramElement;

/** The right-click menu: the client's entries first, then the viewer's own (bend points, rename, zoom). */
final class ViewerMenu {

	private ViewerMenu() {
	}

	static void fill(DiagramViewer viewer, IMenuManager menu) {
		List<DiagramElement> selection = viewer.selectedElements();
		viewer.editing().fillContextMenu(menu, selection);
		menu.add(new Separator("viewer"));
		DiagramElement only = selection.size() == 1 ? selection.get(0) : null;
		if (only instanceof DiagramEdge edge && !edge.bendpoints().isEmpty()) {
			menu.add(action("Remove Bend Points", () -> viewer.editing().changeGeometry(
					new GeometryChange("Remove Bend Points", Map.of(), Map.of(edge, List.of())))));
		}
		if (only != null && viewer.editing().canEditLabel(only)) {
			menu.add(action("Rename\tF2", () -> viewer.editLabel(only)));
		}
		menu.add(action("Zoom In\tCtrl++", viewer::zoomIn));
		menu.add(action("Zoom Out\tCtrl+-", viewer::zoomOut));
		menu.add(action("Fit to Window\tHome", viewer::fitToWindow));
		if (!selection.isEmpty()) {
			menu.add(action("Zoom to Selection\tShift+Home", viewer::zoomToSelection));
		}
		menu.add(new Separator("additions"));
	}

	private static Action action(String text, Runnable run) {
		return new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
	}
}
