package io.trunkline.diagram.viewer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.swt.graphics.Rectangle;

import io.trunkline.diagram.model.DiagramNode;

/**
 * Where a dragged box lands: aligned with the left, centre or right (top, middle, bottom) of
 * a nearby node when one is within reach, otherwise on the grid. Alignment wins because it is
 * what the user is aiming at when a guide line appears.
 */
final class Snapper {

	/** The correction to apply and the guide lines (x = const or y = const) to draw. */
	record Snap(int dx, int dy, List<int[]> guides) {
	}

	private Snapper() {
	}

	static Snap snap(Rectangle moving, Collection<DiagramNode> others, int reach, int grid) {
		int[] xs = { moving.x, moving.x + moving.width / 2, moving.x + moving.width };
		int[] ys = { moving.y, moving.y + moving.height / 2, moving.y + moving.height };
		Integer bestDx = null, bestDy = null;
		int guideX = 0, guideY = 0;
		for (DiagramNode other : others) {
			Rectangle box = other.bounds();
			int[] oxs = { box.x, box.x + box.width / 2, box.x + box.width };
			int[] oys = { box.y, box.y + box.height / 2, box.y + box.height };
			for (int i = 0; i < 3; i++) {
				int dx = oxs[i] - xs[i];
				if (Math.abs(dx) <= reach && (bestDx == null || Math.abs(dx) < Math.abs(bestDx))) {
					bestDx = dx;
					guideX = oxs[i];
				}
				int dy = oys[i] - ys[i];
				if (Math.abs(dy) <= reach && (bestDy == null || Math.abs(dy) < Math.abs(bestDy))) {
					bestDy = dy;
					guideY = oys[i];
				}
			}
		}
		List<int[]> guides = new ArrayList<>();
		int dx, dy;
		if (bestDx != null) {
			dx = bestDx;
			guides.add(new int[] { guideX, Integer.MIN_VALUE });
		} else {
			dx = grid > 1 ? Math.round((float) moving.x / grid) * grid - moving.x : 0;
		}
		if (bestDy != null) {
			dy = bestDy;
			guides.add(new int[] { Integer.MIN_VALUE, guideY });
		} else {
			dy = grid > 1 ? Math.round((float) moving.y / grid) * grid - moving.y : 0;
		}
		return new Snap(dx, dy, guides);
	}
}
