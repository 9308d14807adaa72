package io.trunkline.diagram.model;

import java.net.URL;
import java.util.List;
import java.util.Objects;

/**
 * What every shape on a diagram has: a stable id, the client's object behind it, a label, an
 * optional SVG icon and the decorations the client hangs on it. Setters notify the diagram so
 * viewers repaint; they do not go through commands because the client calls them while it
 * executes its own commands.
 */
public abstract class DiagramElement {

	private final String id;
	private final Object semantic;
	private String label;
	private URL icon;
	private List<Decoration> decorations = List.of();
	private Overlay overlay;
	Diagram diagram;
	/** When it was added to its diagram, counting nodes and edges alike. */
	long order;

	protected DiagramElement(String id, Object semantic, String label) {
		this.id = Objects.requireNonNull(id, "id");
		this.semantic = semantic;
		this.label = label == null ? "" : label;
	}

	public String id() {
		return id;
	}

	/** The client's domain object; the viewer never looks inside it. */
	public Object semantic() {
		return semantic;
	}

	public String label() {
		return label;
	}

	public void setLabel(String label) {
		this.label = label == null ? "" : label;
		changed();
	}

	public URL icon() {
		return icon;
	}

	public void setIcon(URL icon) {
		this.icon = icon;
		changed();
	}

	public List<Decoration> decorations() {
		return decorations;
	}

	public void setDecorations(List<Decoration> decorations) {
		this.decorations = List.copyOf(decorations);
		changed();
	}

	/** The client's passing state drawn over this element, or {@code null}. */
	public Overlay overlay() {
		return overlay;
	}

	public void setOverlay(Overlay overlay) {
		if (!Objects.equals(this.overlay, overlay)) {
			this.overlay = overlay;
			changed();
		}
	}

	/** The most serious decoration, or {@code null} when there is none. */
	public Severity worstSeverity() {
		Severity worst = null;
		for (Decoration decoration : decorations) {
			if (worst == null || decoration.severity().compareTo(worst) > 0) {
				worst = decoration.severity();
			}
		}
		return worst;
	}

	public Diagram diagram() {
		return diagram;
	}

	/**
	 * When this element was added to its diagram: among nodes, and among edges, a diagram lists
	 * (and paints) its elements in this order.
	 */
	public long order() {
		return order;
	}

	protected void changed() {
		if (diagram != null) {
			diagram.fireChanged(this, false);
		}
	}

	protected void geometryChanged() {
		if (diagram != null) {
			diagram.fireChanged(this, true);
		}
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + "[" + id + " '" + label + "']";
	}
}
