package io.trunkline.diagram.model;

import java.util.Objects;

import org.eclipse.swt.graphics.RGB;

/**
 * A passing state the client lays over an element without touching its style, for a what-if it
 * shows (a simulated failure, say): a wash of {@code colour} with a {@link Hatch}, a short
 * {@code word} on a plate, and the element crossed out when {@code crossedOut}. The hatch and the
 * word say the same as the colour, so nobody has to tell colours apart to read it.
 */
public record Overlay(RGB colour, Hatch hatch, String word, boolean crossedOut) {

	/** The pattern over the wash; the client gives each state its own. */
	public enum Hatch {
		NONE, DIAGONAL, CROSSED
	}

	public Overlay {
		Objects.requireNonNull(colour, "colour");
		Objects.requireNonNull(hatch, "hatch");
		word = word == null ? "" : word;
	}
}
