package io.trunkline.diagram.model;

import java.util.List;

import org.eclipse.swt.graphics.Rectangle;

/**
 * A box on the diagram. Bounds are absolute diagram coordinates, also for nodes inside a
 * container, so hit testing, culling and export never have to walk up a parent chain.
 */
public class DiagramNode extends DiagramElement {

	private final Rectangle bounds;
	private NodeStyle style = NodeStyle.DEFAULT;
	private List<String> badges = List.of();
	private boolean pinned;
	DiagramContainer parent;

	public DiagramNode(String id, Object semantic, String label, Rectangle bounds) {
		super(id, semantic, label);
		this.bounds = new Rectangle(bounds.x, bounds.y, bounds.width, bounds.height);
	}

	/** A copy: callers cannot move a node behind the diagram's back. */
	public Rectangle bounds() {
		return new Rectangle(bounds.x, bounds.y, bounds.width, bounds.height);
	}

	public int x() {
		return bounds.x;
	}

	public int y() {
		return bounds.y;
	}

	public int width() {
		return bounds.width;
	}

	public int height() {
		return bounds.height;
	}

	public void setBounds(Rectangle newBounds) {
		if (newBounds.equals(bounds)) {
			return;
		}
		Diagram on = diagram();
		if (on != null) {
			on.shapeChanging(this);
		}
		bounds.x = newBounds.x;
		bounds.y = newBounds.y;
		bounds.width = Math.max(newBounds.width, 1);
		bounds.height = Math.max(newBounds.height, 1);
		if (on != null) {
			on.shapeChanged(this);
		}
		geometryChanged();
	}

	public NodeStyle style() {
		return style;
	}

	public void setStyle(NodeStyle style) {
		this.style = style;
		changed();
	}

	/** Short lines under the label (for example counts), drawn smaller than the label. */
	public List<String> badges() {
		return badges;
	}

	public void setBadges(List<String> badges) {
		this.badges = List.copyOf(badges);
		changed();
	}

	/** A pinned node keeps its place when the diagram is laid out again. */
	public boolean isPinned() {
		return pinned;
	}

	public void setPinned(boolean pinned) {
		this.pinned = pinned;
		changed();
	}

	public DiagramContainer parent() {
		return parent;
	}

	/** Whether a collapsed container above hides this node. */
	public boolean isHidden() {
		for (DiagramContainer up = parent; up != null; up = up.parent) {
			if (up.isCollapsed()) {
				return true;
			}
		}
		return false;
	}

	/** This node, or the outermost collapsed container that hides it: where its edges end. */
	public DiagramNode visibleRepresentative() {
		DiagramNode shown = this;
		for (DiagramContainer up = parent; up != null; up = up.parent) {
			if (up.isCollapsed()) {
				shown = up;
			}
		}
		return shown;
	}

	public boolean isInside(DiagramNode ancestor) {
		for (DiagramContainer up = parent; up != null; up = up.parent) {
			if (up == ancestor) {
				return true;
			}
		}
		return false;
	}
}
