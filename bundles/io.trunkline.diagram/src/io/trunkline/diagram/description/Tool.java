package io.trunkline.diagram.description;

import java.net.URL;

/**
 * An entry of the palette. The viewer knows how each kind behaves; the client decides what a
 * creation or connection tool makes, through {@link DiagramEditing}.
 */
public sealed interface Tool {

	String id();

	String label();

	/** Select, move, resize and edit with the mouse. */
	record Select() implements Tool {
		public String id() {
			return "select";
		}

		public String label() {
			return "Select";
		}
	}

	/** Drag a rectangle; left-to-right selects what is inside, right-to-left what it touches. */
	record Marquee() implements Tool {
		public String id() {
			return "marquee";
		}

		public String label() {
			return "Marquee";
		}
	}

	/** Click on the canvas or into a container, or drag from the palette, to create a node. */
	record CreateNode(String id, String label, URL icon, String description) implements Tool {
	}

	/** Drag from one node to another to connect them. */
	record Connect(String id, String label, URL icon, String description) implements Tool {
	}
}
