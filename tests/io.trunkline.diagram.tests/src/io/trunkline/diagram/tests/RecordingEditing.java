package io.trunkline.diagram.tests;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

import io.trunkline.diagram.description.DiagramEditing;
import io.trunkline.diagram.description.EdgeEnd;
import io.trunkline.diagram.description.GeometryChange;
import io.trunkline.diagram.description.Tool;
import io.trunkline.diagram.description.ToolGroup;
import io.trunkline.diagram.model.Diagram;
import io.trunkline.diagram.model.DiagramContainer;
import io.trunkline.diagram.model.DiagramEdge;
import io.trunkline.diagram.model.DiagramElement;
import io.trunkline.diagram.model.DiagramNode;

/**
 * A client that records every request the viewer makes, the way a command stack would see
 * them, and applies each to the diagram so the viewer's state follows. Containers refuse to
 * be connected, which gives the tests an invalid target.
 */
final class RecordingEditing implements DiagramEditing {

	static final Tool.CreateNode BOX = new Tool.CreateNode("box", "Box", icon(), "Creates a box");
	static final Tool.Connect LINK = new Tool.Connect("link", "Link", null, "Connects two boxes");

	final List<Object> requests = new ArrayList<>();
	Diagram diagram;
	private int created;

	private static URL icon() {
		return RecordingEditing.class.getResource("/reference/box.svg");
	}

	@Override
	public List<ToolGroup> palette() {
		return List.of(new ToolGroup("Shapes", List.of(BOX)), new ToolGroup("Connections", List.of(LINK)));
	}

	@Override
	public boolean canCreate(Tool.CreateNode tool, DiagramContainer container) {
		return true;
	}

	@Override
	public void create(Tool.CreateNode tool, DiagramContainer container, Point location) {
		requests.add(new Create(tool.id(), container, location));
		diagram.add(new DiagramNode("new" + ++created, null, "New " + created, new Rectangle(location.x, location.y, 120, 50)), container);
	}

	@Override
	public boolean canStartConnection(Tool.Connect tool, DiagramNode source) {
		return !(source instanceof DiagramContainer);
	}

	@Override
	public boolean canConnect(Tool.Connect tool, DiagramNode source, DiagramNode target) {
		return !(target instanceof DiagramContainer);
	}

	@Override
	public void connect(Tool.Connect tool, DiagramNode source, DiagramNode target) {
		requests.add(new Connect(source, target));
		diagram.add(new DiagramEdge("edge" + ++created, null, "", source, target));
	}

	@Override
	public boolean canReconnect(DiagramEdge edge, EdgeEnd end, DiagramNode node) {
		return !(node instanceof DiagramContainer);
	}

	@Override
	public void reconnect(DiagramEdge edge, EdgeEnd end, DiagramNode node) {
		requests.add(new Reconnect(edge, end, node));
		edge.setEnds(end == EdgeEnd.SOURCE ? node : edge.source(), end == EdgeEnd.TARGET ? node : edge.target());
	}

	@Override
	public void changeGeometry(GeometryChange change) {
		requests.add(change);
		diagram.batch(() -> {
			change.bounds().forEach(DiagramNode::setBounds);
			change.bendpoints().forEach(DiagramEdge::setBendpoints);
		});
	}

	@Override
	public boolean canDelete(List<DiagramElement> elements) {
		return true;
	}

	@Override
	public void delete(List<DiagramElement> elements) {
		requests.add(new Delete(List.copyOf(elements)));
		elements.forEach(diagram::remove);
	}

	@Override
	public boolean canEditLabel(DiagramElement element) {
		return true;
	}

	@Override
	public void editLabel(DiagramElement element, String text) {
		requests.add(new EditLabel(element, text));
		element.setLabel(text);
	}

	@Override
	public void open(DiagramElement element) {
		requests.add(new Open(element));
	}

	@Override
	public void fillContextMenu(IMenuManager menu, List<DiagramElement> selection) {
		menu.add(new Action("Client Action on " + selection.size()) {
		});
	}

	<T> List<T> of(Class<T> type) {
		return requests.stream().filter(type::isInstance).map(type::cast).toList();
	}

	record Create(String tool, DiagramContainer container, Point location) {
	}

	record Connect(DiagramNode source, DiagramNode target) {
	}

	record Reconnect(DiagramEdge edge, EdgeEnd end, DiagramNode node) {
	}

	record Delete(List<DiagramElement> elements) {
	}

	record EditLabel(DiagramElement element, String text) {
	}

	record Open(DiagramElement element) {
	}
}
