package io.trunkline.editor.tests.journey;

import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.Test;

import io.trunkline.diagram.viewer.DiagramViewer;
import io.trunkline.editor.TopologyEditor;

/**
 * Journey (d) of issue 13: on a 1024×768 screen every palette tool can be reached and armed, by
 * scrolling the palette with the wheel and opening its groups as a user would.
 */
class SmallScreenPaletteJourneyTest {

	private static final int WHEEL_TRIES = 12;

	@Test
	void everyPaletteToolIsReachableAt1024x768() throws Exception {
		Journey.run("d-palette-1024x768", 1024, 768, j -> {
			IFile file = Topologies.write(j.project, "small.topology", Topologies::siteWithMediation);
			User user = new User(j);
			TopologyEditor editor = user.open(file);
			DiagramViewer viewer = editor.viewer();
			j.screenshot("01-opened");
			for (Map.Entry<String, String> tool : user.paletteTools().entrySet()) {
				j.step("reach and arm '" + tool.getValue() + "'");
				Point entry = reach(j, user, tool.getKey());
				if (entry == null) {
					j.expect("'" + tool.getValue() + "' can be reached in the palette at 1024×768 (defect 3)", false);
					continue;
				}
				user.click(entry);
				j.expectWithin("clicking '" + tool.getValue() + "' makes it the active tool", () -> viewer.activeTool().id().equals(tool.getKey()));
			}
		});
	}

	/** Finds the tool on screen: as it is, then opening its group, then scrolling the palette down and up with the wheel. */
	private static Point reach(Journey j, User user, String toolId) throws Exception {
		Point entry = user.paletteEntry(toolId);
		if (entry != null) {
			return entry;
		}
		Rectangle palette = user.paletteArea();
		if (palette == null || palette.isEmpty()) {
			return null;
		}
		Point middle = new Point(palette.x + palette.width / 2, palette.y + palette.height / 2);
		for (int direction : new int[] { 1, -1 }) {
			for (int tries = 0; tries < WHEEL_TRIES; tries++) {
				Point title = user.paletteGroupTitle(user.paletteGroup(toolId));
				if (title != null && user.paletteEntryHidden(toolId)) {
					user.click(title); // a closed group opens
				}
				entry = user.paletteEntry(toolId);
				if (entry != null) {
					return entry;
				}
				j.input.wheel(middle, 2 * direction);
			}
		}
		return null;
	}
}
