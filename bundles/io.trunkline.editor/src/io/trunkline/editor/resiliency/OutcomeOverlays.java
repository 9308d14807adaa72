package io.trunkline.editor.resiliency;

import org.eclipse.swt.graphics.RGB;

import io.trunkline.diagram.model.Overlay;
import io.trunkline.diagram.model.Overlay.Hatch;
import io.trunkline.resiliency.Outcome;

/**
 * How each outcome of a simulated failure looks: a colour, and a hatch and a word that say the
 * same without it (failed: crossed out; no service: cross-hatched; degraded: striped; survives:
 * plain), so the picture reads in greyscale and for colour-blind planners.
 */
public final class OutcomeOverlays {

	public static final RGB FAILED = new RGB(176, 0, 32);
	public static final RGB NO_SERVICE = new RGB(214, 40, 40);
	public static final RGB DEGRADED = new RGB(230, 140, 0);
	public static final RGB SURVIVES = new RGB(40, 140, 70);

	private OutcomeOverlays() {
	}

	public static Overlay of(Outcome outcome) {
		return switch (outcome) {
		case FAILED -> new Overlay(FAILED, Hatch.NONE, outcome.words(), true);
		case NO_SERVICE -> new Overlay(NO_SERVICE, Hatch.CROSSED, outcome.words(), false);
		case DEGRADED -> new Overlay(DEGRADED, Hatch.DIAGONAL, outcome.words(), false);
		case SURVIVES -> new Overlay(SURVIVES, Hatch.NONE, outcome.words(), false);
		};
	}
}
