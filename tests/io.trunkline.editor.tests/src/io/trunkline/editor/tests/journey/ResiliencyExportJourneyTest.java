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
				// Hand-checked on multi-site-enterprise.topology: the single failures that cost most leave Philadelphia's 1,500 users
				// without PSTN: its SBS (whose collocated Mediation pool, going down with it, holds the only trunk of Philadelphia's
				// gateway; no pstnServedBy, so no other way out; registration fails over to the backup Registrar, New York's Front
				// End) or that gateway alone. The users of a site that is itself down are not counted, so losing London costs
				// Edinburgh's 80 only, Boston's SBA 900. The sweep names the SBS first: it is drawn crossed out, and only it and
				// its Mediation pool are, both in Philadelphia, the last site of the overview's 3 × 2 grid (bottom right).
				int failed = count(picture, OutcomeOverlays.FAILED, 0, 0);
				int bottomRight = count(picture, OutcomeOverlays.FAILED, picture.width * 2 / 3, picture.height / 2);
				j.expect("the failed colour is drawn: " + failed + " pixels", failed > 200);
				j.expect("all of it in Philadelphia, bottom right: " + bottomRight + " of " + failed, bottomRight == failed);
				j.expect("a no-service plate is drawn: " + count(picture, OutcomeOverlays.NO_SERVICE, 0, 0) + " pixels",
						count(picture, OutcomeOverlays.NO_SERVICE, 0, 0) > 50);
			}
			j.expect("the simulation in the editor was not touched by the export", !j.ui(() -> editor.simulation().isActive()));
			j.expect("the editor is not dirty", !j.ui(editor::isDirty));
		});
	}

	/** How many pixels right of {@code fromX} and below {@code fromY} are in {@code colour} . */
	private static int count(ImageData picture, RGB colour, int fromX, int fromY) {
		int n = 0;
		for (int y = fromY; y < picture.height; y++) {
			for (int x = fromX; x < picture.width; x++) {
				RGB rgb = picture.palette.getRGB(picture.getPixel(x, y));
				if (Math.abs(rgb.red - colour.red) < 12 && Math.abs(rgb.green - colour.green) < 12 && Math.abs(rgb.blue - colour.blue) < 12) {
					n++;
				}
			}
		}
		return n;
	}
}
