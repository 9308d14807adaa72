package io.trunkline.diagram.description;

import java.util.List;

import org.eclipse.jface.action.IMenuManager;
import org.eclipse.swt.graphics.Point;

import io.trunkline.diagram.model.DiagramContainer;
import io.trunkline.diagram.model.DiagramEdge;
import io.trunkline.diagram.model.DiagramElement;
import io.trunkline.diagram.model.DiagramNode;

/**
 * What a client tells the viewer about its domain: the palette, which gestures are allowed
 * where, and what they do. This is the role a Sirius viewpoint plays. Every method that
 * changes something runs the client's own command, so undo and redo stay on the client's
 * command stack; the client then updates the {@link io.trunkline.diagram.model.Diagram}, and
 * the viewer repaints from its notifications. The defaults allow nothing.
 */
public interface DiagramEditing {

	List<ToolGroup> palette();

	/** Whether {@code tool} may create a node in {@code container} ({@code null}: the canvas). */
	default boolean canCreate(Tool.CreateNode tool, DiagramContainer container) {
		return false;
	}

	/** Creates a node whose top-left corner is {@code location} (diagram coordinates). */
	default void create(Tool.CreateNode tool, DiagramContainer container, Point location) {
	}

	/** Whether {@code tool} may start at {@code source}; checked on mouse down. */
	default boolean canStartConnection(Tool.Connect tool, DiagramNode source) {
		return false;
	}

	default boolean canConnect(Tool.Connect tool, DiagramNode source, DiagramNode target) {
		return false;
	}

	default void connect(Tool.Connect tool, DiagramNode source, DiagramNode target) {
	}

	default boolean canReconnect(DiagramEdge edge, EdgeEnd end, DiagramNode node) {
		return false;
	}

	default void reconnect(DiagramEdge edge, EdgeEnd end, DiagramNode node) {
	}

	/** Moves, resizes and re-routes; layout results arrive here too. */
	default void changeGeometry(GeometryChange change) {
	}

	default boolean canDelete(List<DiagramElement> elements) {
		return false;
	}

	default void delete(List<DiagramElement> elements) {
	}

	default boolean canEditLabel(DiagramElement element) {
		return false;
	}

	default void editLabel(DiagramElement element, String text) {
	}

	/** Double click: typically opens a more detailed diagram of the element. */
	default void open(DiagramElement element) {
	}

	/** Adds the client's entries to the context menu of the current selection. */
	default void fillContextMenu(IMenuManager menu, List<DiagramElement> selection) {
	}
}
