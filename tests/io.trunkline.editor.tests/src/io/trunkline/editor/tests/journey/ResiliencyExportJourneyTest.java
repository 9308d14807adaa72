package io.trunkline.editor.tests.journey;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.Test;

import io.trunkline.editor.TopologyEditor;
import io.trunkline.editor.resiliency.OutcomeOverlays;
import io.trunkline.model.examples.Examples;

/**
 * Issue 17's worksheet picture from the editor: Topology ▸ Export Worksheets… puts into the HTML
 * report's Resiliency section the overview as the single failure that costs most leaves it.
 */
class ResiliencyExportJourneyTest {

	private static final String EXAMPLE = Examples.MULTI_SITE_ENTERPRISE;
	private static final Pattern TINTED = Pattern.compile("alt=\"The overview with the single failure that costs most simulated\" src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"");

	@Test
	void theHtmlReportShowsTheOverviewTintedByTheWorstSingleFailure() throws Exception {
		Journey.run("r-export-tinted-overview", 1600, 1000, j -> {
			IFile file = j.project.getFile(Examples.fileName(EXAMPLE));
			file.create(new ByteArrayInputStream(Examples.bytes(EXAMPLE)), true, null);
			User user = new User(j);
			TopologyEditor editor = user.open(file);
			Path folder = j.ui(editor::file).resolveSibling(EXAMPLE + "-worksheets");

			j.step("Topology ▸ Export Worksheets…, Finish");
			user.focusCanvas();
			user.menu("Topology", "Export Worksheets");
			var dialog = user.dialog("Export Planning Worksheets");
			user.press(dialog, "Finish");
			j.waitUntil("the wizard closes", () -> dialog.isDisposed() || !dialog.isVisible());

			Path html = folder.resolve(EXAMPLE + ".html");
			j.waitUntil("the report is written", () -> Files.exists(html));
			Matcher tinted = TINTED.matcher(Files.readString(html, StandardCharsets.UTF_8));
			j.expect("the report embeds the tinted overview", tinted.find());
			if (tinted.find(0)) {
				ImageData picture = new ImageLoader().load(new ByteArrayInputStream(Base64.getDecoder().decode(tinted.group(1))))[0];
				Path copy = Screenshot.folder().resolve("r-export-tinted-overview-picture.png");
				Files.write(copy, Base64.getDecoder().decode(tinted.group(1)));
				// The worst single failure of multi-site-enterprise.topology is the London site: its 3,000 users and Edinburgh's 80
				// (served by London's Front End and gateways) lose registration and PSTN, 3,080 in all; no other element costs as
				// many. So London is drawn crossed out (failed) and Edinburgh in the no-service colour.
				j.expect("London is drawn in the failed colour: " + count(picture, OutcomeOverlays.FAILED) + " pixels",
						count(picture, OutcomeOverlays.FAILED) > 200);
				j.expect("Edinburgh's no-service plate is drawn: " + count(picture, OutcomeOverlays.NO_SERVICE) + " pixels",
						count(picture, OutcomeOverlays.NO_SERVICE) > 50);
			}
			j.expect("the simulation in the editor was not touched by the export", !j.ui(() -> editor.simulation().isActive()));
			j.expect("the editor is not dirty", !j.ui(editor::isDirty));
		});
	}

	private static int count(ImageData picture, RGB colour) {
		int n = 0;
		for (int y = 0; y < picture.height; y++) {
			for (int x = 0; x < picture.width; x++) {
				RGB rgb = picture.palette.getRGB(picture.getPixel(x, y));
				if (Math.abs(rgb.red - colour.red) < 12 && Math.abs(rgb.green - colour.green) < 12 && Math.abs(rgb.blue - colour.blue) < 12) {
					n++;
				}
			}
		}
		return n;
	}
}
