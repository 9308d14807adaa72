package io.trunkline.editor.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import io.trunkline.diagram.model.Diagram;
import io.trunkline.diagram.model.DiagramContainer;
import io.trunkline.diagram.model.DiagramEdge;
import io.trunkline.diagram.model.DiagramElement;
import io.trunkline.diagram.model.DiagramNode;

/**
 * Everything a diagram shows, as text per shape: for a node its kind, parent, place among its
 * siblings, label, icon, style, badges, decorations (badges of findings), overlay, pin and
 * bounds; for an edge its ends, label, style, routing, bend points and decorations; and the
 * model object behind each shape by identity. Two diagrams that draw the same picture have
 * equal snapshots; the order edges were added in is not part of it (edges do not overlap nodes).
 */
public record DiagramSnapshot(Map<String, String> shapes) {

	public static DiagramSnapshot of(Diagram diagram) {
		Map<String, String> shapes = new TreeMap<>();
		List<DiagramNode> roots = diagram.roots();
		for (int i = 0; i < roots.size(); i++) {
			describe(roots.get(i), i, shapes);
		}
		for (DiagramNode node : diagram.nodes()) {
			if (!shapes.containsKey("node " + node.id())) {
				shapes.put("node " + node.id(), "not reachable from the top-level shapes");
			}
		}
		for (DiagramEdge edge : diagram.edges()) {
			shapes.put("edge " + edge.id(), String.join(" | ", "from " + edge.source().id(), "to " + edge.target().id(),
					"in diagram " + (edge.source().diagram() == diagram && edge.target().diagram() == diagram), common(edge),
					String.valueOf(edge.style()), String.valueOf(edge.routing()), String.valueOf(edge.bendpoints())));
		}
		return new DiagramSnapshot(shapes);
	}

	private static void describe(DiagramNode node, int index, Map<String, String> shapes) {
		shapes.put("node " + node.id(), String.join(" | ", node.getClass().getSimpleName(),
				"parent " + (node.parent() == null ? "-" : node.parent().id()) + " #" + index, common(node), String.valueOf(node.style()),
				String.valueOf(node.badges()), "pinned " + node.isPinned(), String.valueOf(node.bounds())));
		if (node instanceof DiagramContainer container) {
			for (int i = 0; i < container.children().size(); i++) {
				describe(container.children().get(i), i, shapes);
			}
		}
	}

	private static String common(DiagramElement element) {
		return String.join(" | ", "semantic@" + System.identityHashCode(element.semantic()), "'" + element.label() + "'",
				String.valueOf(element.icon()), String.valueOf(element.decorations()), String.valueOf(element.overlay()));
	}

	/** The first few differences, "key: expected / actual", or an empty string when there are none. */
	public String differences(DiagramSnapshot actual) {
		List<String> lines = new ArrayList<>();
		TreeSet<String> keys = new TreeSet<>(shapes.keySet());
		keys.addAll(actual.shapes.keySet());
		for (String key : keys) {
			String expected = shapes.get(key), got = actual.shapes.get(key);
			if (!Objects.equals(expected, got)) {
				lines.add(key + ":\n   full rebuild: " + expected + "\n   incremental:  " + got);
				if (lines.size() == 5) {
					break;
				}
			}
		}
		return String.join("\n", lines);
	}
}
