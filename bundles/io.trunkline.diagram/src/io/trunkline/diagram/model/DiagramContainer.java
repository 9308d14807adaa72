package io.trunkline.diagram.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.swt.graphics.Rectangle;

/** A node with a title bar that holds other nodes and can collapse to its title bar. */
public class DiagramContainer extends DiagramNode {

	public static final int TITLE_HEIGHT = 26;

	private final List<DiagramNode> children = new ArrayList<>();
	private boolean collapsed;

	public DiagramContainer(String id, Object semantic, String label, Rectangle bounds) {
		super(id, semantic, label, bounds);
	}

	public List<DiagramNode> children() {
		return Collections.unmodifiableList(children);
	}

	List<DiagramNode> mutableChildren() {
		return children;
	}

	public boolean isCollapsed() {
		return collapsed;
	}

	public void setCollapsed(boolean collapsed) {
		if (this.collapsed != collapsed) {
			this.collapsed = collapsed;
			if (diagram() != null) {
				diagram().fireWholeChanged();
			}
		}
	}

	/** The area drawn: only the title bar while collapsed. */
	public Rectangle visibleBounds() {
		Rectangle bounds = bounds();
		if (collapsed) {
			bounds.height = TITLE_HEIGHT;
		}
		return bounds;
	}

	/** Every node below this one, depth first. */
	public List<DiagramNode> descendants() {
		List<DiagramNode> all = new ArrayList<>();
		for (DiagramNode child : children) {
			all.add(child);
			if (child instanceof DiagramContainer container) {
				all.addAll(container.descendants());
			}
		}
		return all;
	}
}
