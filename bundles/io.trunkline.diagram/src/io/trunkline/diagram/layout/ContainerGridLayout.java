package io.trunkline.diagram.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.graphics.Rectangle;

import io.trunkline.diagram.description.GeometryChange;
import io.trunkline.diagram.model.DiagramContainer;
import io.trunkline.diagram.model.DiagramNode;

/**
 * Places a container's contents in a near-square grid of equal cells, in the container's own
 * order, and fits the container around them: a quick, predictable tidy-up of one site.
 */
public final class ContainerGridLayout {

	private static final int GAP = 20;
	private static final int PADDING = 14;

	private ContainerGridLayout() {
	}

	public static GeometryChange arrange(DiagramContainer container) {
		List<DiagramNode> children = container.children();
		Map<DiagramNode, Rectangle> bounds = new HashMap<>();
		if (children.isEmpty()) {
			return new GeometryChange("Arrange Contents", bounds, Map.of());
		}
		int columns = (int) Math.ceil(Math.sqrt(children.size()));
		int cellWidth = 0, cellHeight = 0;
		for (DiagramNode child : children) {
			cellWidth = Math.max(cellWidth, child.width());
			cellHeight = Math.max(cellHeight, child.height());
		}
		Rectangle box = container.bounds();
		int left = box.x + PADDING, top = box.y + DiagramContainer.TITLE_HEIGHT + PADDING;
		for (int i = 0; i < children.size(); i++) {
			DiagramNode child = children.get(i);
			int x = left + (i % columns) * (cellWidth + GAP), y = top + (i / columns) * (cellHeight + GAP);
			int dx = x - child.x(), dy = y - child.y();
			bounds.put(child, new Rectangle(x, y, child.width(), child.height()));
			if (child instanceof DiagramContainer nested) {
				for (DiagramNode inner : nested.descendants()) {
					bounds.put(inner, new Rectangle(inner.x() + dx, inner.y() + dy, inner.width(), inner.height()));
				}
			}
		}
		int rows = (children.size() + columns - 1) / columns;
		bounds.put(container, new Rectangle(box.x, box.y, Math.max(box.width, 2 * PADDING + columns * cellWidth + (columns - 1) * GAP),
				DiagramContainer.TITLE_HEIGHT + 2 * PADDING + rows * cellHeight + (rows - 1) * GAP));
		return new GeometryChange("Arrange Contents", bounds, Map.of());
	}
}
