package io.trunkline.editor.tests.journey;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.junit.jupiter.api.Test;

import io.trunkline.editor.TopologyEditor;
import io.trunkline.model.CentralSite;
import io.trunkline.model.MediationPool;
import io.trunkline.model.Topology;
import io.trunkline.model.TopologyFactory;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.VoiceRoute;

/**
 * Issue 15, the model for voice routing: a planner makes a voice route in the Outline, gives it its number pattern,
 * and picks its trunks in order of preference in the Properties view's list dialog ("A call route associates
 * destination phone numbers with particular trunks" [OVR]); the order survives the save, and the whole pick is one
 * command.
 */
class VoiceRouteJourneyTest {

	/** Site HQ with its Mediation pool and two gateways, each with its root trunk "trunk 1" and "trunk 2". */
	private static void twoGateways(Topology topology) {
		CentralSite site = Topologies.siteWithMediation(topology);
		MediationPool pool = site.getMediationPools().get(0);
		for (int g = 1; g <= 2; g++) {
			TrunkPeer gateway = Topologies.gateway(site);
			gateway.setName("Gateway " + g);
			gateway.setAddress("gw" + g + ".contoso.com");
			Trunk trunk = TopologyFactory.eINSTANCE.createTrunk();
			trunk.setName("trunk " + g);
			trunk.setRoot(true);
			trunk.setMediationPool(pool);
			trunk.setPeer(gateway);
			topology.getTrunks().add(trunk);
		}
	}

	@Test
	void aRouteGetsItsTrunksInOrderOfPreferenceAndKeepsThemThroughASave() throws Exception {
		Journey.run("voice-route", 1600, 1000, j -> {
			IFile file = Topologies.write(j.project, "routes.topology", VoiceRouteJourneyTest::twoGateways);
			User user = new User(j);
			TopologyEditor editor = user.open(file);
			Topology topology = j.ui(editor::topology);
			Trunk first = j.ui(() -> topology.getTrunks().stream().filter(t -> t.getName().equals("trunk 1")).findFirst().orElseThrow());
			Trunk second = j.ui(() -> topology.getTrunks().stream().filter(t -> t.getName().equals("trunk 2")).findFirst().orElseThrow());
			j.ui(() -> j.page.showView(IPageLayout.ID_OUTLINE));

			j.step("right-click in the Outline, New ▸ Voice Route");
			j.waitUntil("the Outline lists the site", () -> user.treeRow("Central Site " + Topologies.SITE) != null);
			user.contextMenu(user.treeRow("Central Site " + Topologies.SITE), "New", "Voice Route");
			j.expectWithin("the topology has one voice route", () -> topology.getVoiceRoutes().size() == 1);
			VoiceRoute route = j.ui(() -> topology.getVoiceRoutes().get(0));
			String id = j.ui(route::getId);
			j.expect("it has a route id (" + id + ") and the first number of its kind",
					id.matches("route-[0-9a-f]{8}") && j.ui(() -> "Voice Route 1".equals(route.getName())));

			j.step("type its number pattern in the Properties view");
			user.typeProperty("Number Pattern", "^\\+44");
			j.expectWithin("the route matches UK numbers", () -> "^\\+44".equals(route.getNumberPattern()));

			j.step("open Trunks (in order), add trunk 2, then trunk 1, OK");
			user.clickProperty("Trunks (in order)");
			j.waitUntil("the row's dialog button has the keyboard", () -> j.display.getFocusControl() instanceof Button);
			user.key("space");
			Shell dialog = user.dialog("Trunks (in order)");
			clickListRow(j, user, dialog, "Trunk trunk 2");
			user.press(dialog, "Add");
			clickListRow(j, user, dialog, "Trunk trunk 1");
			user.press(dialog, "Add");
			j.screenshot("01-trunks-in-order");
			user.press(dialog, "OK");
			j.expectWithin("the route uses trunk 2, then trunk 1", () -> route.getTrunks().equals(List.of(second, first)));
			j.expect("the Properties view lists them in that order",
					user.propertyShown("Trunks (in order)"::equals).equals("Trunk trunk 2, Trunk trunk 1"));
			j.screenshot("02-route-in-properties");

			j.step("save");
			user.save();
			String saved = Files.readString(file.getLocation().toFile().toPath(), StandardCharsets.UTF_8);
			String trunks = j.ui(() -> second.getId() + " " + first.getId());
			j.expect("the saved route keeps its pattern and its trunks in order: " + saved,
					saved.lines().anyMatch(l -> l.contains("<voiceRoutes id=\"" + id + "\"") && l.contains("numberPattern=\"^\\+44\"")
							&& l.contains("trunks=\"" + trunks + "\"")));

			j.step("Ctrl+Z once");
			user.focusCanvas();
			user.key("ctrl+z");
			j.expectWithin("one Undo takes back both trunks", () -> route.getTrunks().isEmpty());
			j.expect("and leaves the pattern", j.ui(() -> "^\\+44".equals(route.getNumberPattern())));
		});
	}

	/**
	 * Clicks the row of the dialog's list that shows {@code label} (the Available list, whose order follows the
	 * trunks' ids, which are random). SWT lists have no item bounds, so the row is found from the item height, as
	 * it is drawn.
	 */
	private static void clickListRow(Journey j, User user, Shell dialog, String label) throws Exception {
		Point p = j.ui(() -> {
			for (Control control : descendants(dialog, new ArrayList<>())) {
				if (control instanceof org.eclipse.swt.widgets.List list && list.indexOf(label) >= 0) {
					int index = list.indexOf(label);
					int height = list.getItemHeight();
					return list.toDisplay(list.getClientArea().x + 20, list.getClientArea().y + index * height + height / 2);
				}
			}
			throw new AssertionError("no list shows '" + label + "' in " + Dialogs.describe(dialog));
		});
		user.click(p);
		j.waitUntil("'" + label + "' is selected", () -> {
			for (Control control : descendants(dialog, new ArrayList<>())) {
				if (control instanceof org.eclipse.swt.widgets.List list && list.getSelectionIndex() >= 0
						&& list.getItem(list.getSelectionIndex()).equals(label)) {
					return true;
				}
			}
			return false;
		});
	}

	private static List<Control> descendants(org.eclipse.swt.widgets.Composite parent, List<Control> found) {
		for (Control child : parent.getChildren()) {
			found.add(child);
			if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				descendants(composite, found);
			}
		}
		return found;
	}
}
