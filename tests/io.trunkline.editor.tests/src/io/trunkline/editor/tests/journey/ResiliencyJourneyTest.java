package io.trunkline.editor.tests.journey;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.junit.jupiter.api.Test;

import io.trunkline.diagram.model.DiagramElement;
import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.diagram.viewer.DiagramViewer;
import io.trunkline.editor.TopologyEditor;
import io.trunkline.editor.resiliency.OutcomeOverlays;
import io.trunkline.editor.resiliency.ResiliencyView;
import io.trunkline.model.Element;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.examples.Examples;
import io.trunkline.model.persistence.TopologyFiles;

/**
 * Issue 17 in the editor: Simulate Failure on the multi-site example's diagram, through the
 * context menu with real X input. The failed element is drawn crossed out, the sites are tinted,
 * the status bar and the Resiliency view say what is left; the model, the file and the dirty
 * flag never change; Clear Simulation returns to normal.
 */
class ResiliencyJourneyTest {

	private static final String BRANCH_GATEWAY = "Manchester SBA gateway";

	@Test
	void losingABranchsGatewayShowsWhoLosesPstnAndChangesNothing() throws Exception {
		Journey.run("r-simulate-branch-gateway", 1600, 1000, j -> {
			IFile file = example(j);
			Path path = file.getLocation().toFile().toPath();
			byte[] onDisk = Files.readAllBytes(path);
			User user = new User(j);
			TopologyEditor editor = user.open(file);
			DiagramViewer viewer = editor.viewer();
			byte[] model = j.ui(() -> TopologyFiles.toBytes(editor.topology()));

			j.step("fit the overview into the window (Home), so every branch is on show");
			user.focusCanvas();
			user.key("Home");
			j.waitUntil("the whole overview is on show", () -> viewer.zoom() < 1);

			j.step("right-click " + BRANCH_GATEWAY + " ▸ Simulate Failure");
			DiagramNode gateway = user.node(TrunkPeer.class, BRANCH_GATEWAY);
			user.select(gateway);
			user.contextMenu(user.grip(gateway), "Simulate Failure");
			j.waitUntil("a failure is simulated", () -> editor.simulation().isActive());
			ResiliencyView view = view(j);
			j.waitUntil("the Resiliency view lists the sites", () -> !view.rows(false).isEmpty());

			// Hand-checked against multi-site-enterprise.topology: Manchester (300 users) registers on its SBA, which stays up, and calls
			// out through the SBA's gateway alone (no pstnServedBy, so the assumed routing has no second way out): 300 users without
			// PSTN, none without registration. Boston is degraded with nothing failed: 900 users × 2 calls × 180 s / 3,600 s = 90 E,
			// which Erlang B at the default 1 % grade of service needs 107 ports for, and its SBA gateway has 96. The rest keep
			// what they had (London and Edinburgh through London's gateways, New York and Philadelphia through their own).
			List<List<String>> rows = j.ui(() -> view.rows(false));
			j.expect("the Resiliency view's outcomes: " + rows, outcomes(rows).equals(List.of("London survives", "Manchester no service", "Edinburgh survives",
					"New York survives", "Boston degraded", "Philadelphia survives")));
			j.expectWithin("status bar: " + statusTexts(j), () -> statusTexts(j).stream().anyMatch(text -> text.startsWith(
					"Simulated failure of Manchester SBA gateway: 1 site without service, 1 degraded, 4 survive: 300 users without PSTN, 0 without registration.")));
			Rectangle box = j.ui(() -> Screen.nodeOnScreen(viewer, gateway));
			// the zoomed-out picture is re-painted between events after the overlays change: look again until it has been
			j.expectEventually(BRANCH_GATEWAY + " is crossed out at " + box, () -> crossedBox(screen(j, "01-failed"), box));

			j.step("the model, the file and the dirty flag are as they were");
			expectUnchanged(j, editor, path, onDisk, model);

			j.step("an edit while simulating: Manchester's users 300 → 200 in Properties");
			user.select(user.node(io.trunkline.model.BranchSite.class, "Manchester"));
			user.typeProperty("Users", "200");
			j.waitUntil("the edit is in the model", () -> editor.topology().getCentralSites().get(0).getBranchSites().get(0).getUsers() == 200);
			user.focusCanvas(); // back to the diagram: the status bar is the active part's
			// the simulation follows edits: the same gateway failed, the result worked out again on the edited topology
			j.expectWithin("status bar after the edit: " + statusTexts(j), () -> statusTexts(j).stream().anyMatch(text -> text.startsWith(
					"Simulated failure of Manchester SBA gateway: 1 site without service, 1 degraded, 4 survive: 200 users without PSTN,")));
			DiagramNode rebuilt = user.node(TrunkPeer.class, BRANCH_GATEWAY); // the diagram is rebuilt after each command
			j.expect("the gateway is still drawn failed", j.ui(() -> rebuilt.overlay() != null && rebuilt.overlay().crossedOut()));
			user.key("ctrl+z");
			j.waitUntil("the edit is undone", () -> !editor.isDirty());
			j.expectWithin("status bar after Undo: " + statusTexts(j), () -> statusTexts(j).stream().anyMatch(text -> text.startsWith(
					"Simulated failure of Manchester SBA gateway: 1 site without service, 1 degraded, 4 survive: 300 users without PSTN,")));
			expectUnchanged(j, editor, path, onDisk, model);

			j.step("Clear Simulation from the context menu");
			user.contextMenu(j.ui(() -> Screen.emptyCanvasPoint(viewer)), "Clear Simulation");
			j.waitUntil("the simulation is cleared", () -> !editor.simulation().isActive());
			j.expectWithin("no overlay left on the diagram", () -> allElements(viewer).stream().allMatch(e -> e.overlay() == null));
			j.expectWithin("the status bar no longer speaks of a simulation", () -> statusTexts(j).stream().noneMatch(t -> t.startsWith("Simulated")));
			j.expectWithin("the view lists no site outcomes", () -> view.rows(false).isEmpty());
			// the canvas repaints after the model of the picture has changed: look again until it has
			j.expectEventually("nothing crossed out where the gateway is", () -> !crossedBox(screen(j, "02-cleared"), box));
			expectUnchanged(j, editor, path, onDisk, model);
		});
	}

	@Test
	void twoSelectedGatewaysFailTogether() throws Exception {
		Journey.run("r-simulate-two-gateways", 1600, 1200, j -> {
			IFile file = example(j);
			Path path = file.getLocation().toFile().toPath();
			byte[] onDisk = Files.readAllBytes(path);
			User user = new User(j);
			TopologyEditor editor = user.open(file);
			DiagramViewer viewer = editor.viewer();
			byte[] model = j.ui(() -> TopologyFiles.toBytes(editor.topology()));

			j.step("select both New York gateways, right-click ▸ Simulate Failure");
			DiagramNode first = user.node(TrunkPeer.class, "New York gateway 1");
			DiagramNode second = user.node(TrunkPeer.class, "New York gateway 2");
			user.select(first);
			user.ctrlClick(user.grip(second));
			j.waitUntil("both are selected", () -> viewer.selectedElements().containsAll(List.of(first, second)));
			user.contextMenu(user.grip(second), "Simulate Failure");
			j.waitUntil("a failure is simulated", () -> editor.simulation().isActive());
			ResiliencyView view = view(j);
			j.waitUntil("the Resiliency view lists the sites", () -> !view.rows(false).isEmpty());

			j.expect("both gateways are failed", j.ui(() -> editor.simulation().failed().stream().map(Element::getName).sorted().toList())
					.equals(List.of("New York gateway 1", "New York gateway 2")));
			// Hand-checked: New York (2,000 users) calls out through its own two gateways only (no pstnServedBy, and the assumed
			// routing does not use the M:N trunk to London gateway 1), so with both down its users have no PSTN but still register
			// on the New York Front End. Boston stays degraded as without the failure (107 ports needed, 96 drawn).
			List<List<String>> rows = j.ui(() -> view.rows(false));
			j.expect("the Resiliency view's outcomes: " + rows, outcomes(rows).equals(List.of("London survives", "Manchester survives",
					"Edinburgh survives", "New York no service", "Boston degraded", "Philadelphia survives")));
			j.expectWithin("status bar: " + statusTexts(j), () -> statusTexts(j).stream().anyMatch(t -> t.startsWith("Simulated failure of New York gateway 1, "
					+ "New York gateway 2: 1 site without service, 1 degraded, 4 survive: 2,000 users without PSTN, 0 without registration.")));
			for (DiagramNode gateway : List.of(first, second)) {
				Rectangle box = j.ui(() -> Screen.nodeOnScreen(viewer, gateway));
				j.expectEventually(gateway.label() + " is crossed out at " + box, () -> crossedBox(screen(j, "01-two-gateways"), box));
			}
			List<List<String>> sweep = j.ui(() -> view.rows(true));
			j.expect("the N-1 sweep lists single points of failure: " + sweep, !sweep.isEmpty());
			expectUnchanged(j, editor, path, onDisk, model);
			j.step("the picture for the README: nothing selected, the pointer on a table header, so no handle or tooltip covers it");
			user.focusCanvas();
			j.input.moveTo(j.ui(() -> view.sitesTable().toDisplay(40, 8)));
			j.windowScreenshot("readme-resiliency");

			j.step("double-click the sweep's first row: the diagram shows that element");
			String worst = j.ui(() -> view.rows(true).get(0).get(0));
			org.eclipse.swt.graphics.Point row = j.ui(() -> {
				org.eclipse.swt.widgets.Table table = view.singlePointsTable();
				Rectangle cell = table.getItem(0).getBounds(0);
				return table.toDisplay(cell.x + cell.width / 2, cell.y + cell.height / 2);
			});
			user.doubleClick(row);
			j.expectWithin("the diagram selects " + worst, () -> viewer.selectedElements().stream()
					.anyMatch(e -> e.semantic() instanceof Element element && worst.equals(element.getName())));
			j.expect("the editor is the active part again", j.ui(() -> j.page.getActivePart() == editor));
		});
	}

	private static IFile example(Journey j) throws Exception {
		IFile file = j.project.getFile(Examples.fileName(Examples.MULTI_SITE_ENTERPRISE));
		file.create(new ByteArrayInputStream(Examples.bytes(Examples.MULTI_SITE_ENTERPRISE)), true, null);
		return file;
	}

	private static void expectUnchanged(Journey j, TopologyEditor editor, Path path, byte[] onDisk, byte[] model) throws Exception {
		j.expect("the editor is not dirty", !j.ui(editor::isDirty));
		j.expect("nothing on the command stack", !j.ui(() -> editor.domain().getCommandStack().canUndo()));
		j.expect("the model is as it was loaded", Arrays.equals(model, j.ui(() -> TopologyFiles.toBytes(editor.topology()))));
		j.expect("the file is unchanged", Arrays.equals(onDisk, Files.readAllBytes(path)));
	}

	private static ResiliencyView view(Journey j) throws Exception {
		j.waitUntil("the Resiliency view is open", () -> j.page.findView(ResiliencyView.ID) instanceof ResiliencyView);
		return j.ui(() -> (ResiliencyView) j.page.findView(ResiliencyView.ID));
	}

	private static List<String> outcomes(List<List<String>> rows) {
		return rows.stream().map(row -> row.get(0) + " " + row.get(1)).toList();
	}

	private static List<DiagramElement> allElements(DiagramViewer viewer) {
		List<DiagramElement> all = new ArrayList<>(viewer.diagram().nodes());
		all.addAll(viewer.diagram().edges());
		return all;
	}

	/** The texts of the window's status line (its CLabels) as the user reads them. */
	private static List<String> statusTexts(Journey j) throws Exception {
		return j.ui(() -> {
			List<String> texts = new ArrayList<>();
			collectLabels(j.shell, texts);
			return texts;
		});
	}

	private static void collectLabels(Control control, List<String> texts) {
		if (control instanceof CLabel label && label.isVisible() && label.getText() != null) {
			texts.add(label.getText());
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collectLabels(child, texts);
			}
		}
	}

	private static ImageData screen(Journey j, String suffix) throws Exception {
		Path png = j.screenshot(suffix);
		return new ImageLoader().load(png.toString())[0];
	}

	/** Both diagonals of a node's box, a quarter of the way in from each corner. */
	private static boolean crossedBox(ImageData shot, Rectangle box) {
		int dx = box.width / 4, dy = box.height / 4;
		return failedNear(shot, box.x + dx, box.y + dy) && failedNear(shot, box.x + box.width - dx, box.y + dy)
				&& failedNear(shot, box.x + dx, box.y + box.height - dy) && failedNear(shot, box.x + box.width - dx, box.y + box.height - dy);
	}

	private static boolean failedNear(ImageData shot, int x, int y) {
		RGB failed = OutcomeOverlays.FAILED;
		for (int px = x - 2; px <= x + 2; px++) {
			for (int py = y - 2; py <= y + 2; py++) {
				if (px >= 0 && py >= 0 && px < shot.width && py < shot.height) {
					RGB rgb = shot.palette.getRGB(shot.getPixel(px, py));
					if (Math.abs(rgb.red - failed.red) < 30 && Math.abs(rgb.green - failed.green) < 30 && Math.abs(rgb.blue - failed.blue) < 30) {
						return true;
					}
				}
			}
		}
		return false;
	}
}
