package io.trunkline.editor.tests.journey;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IPageLayout;
import org.junit.jupiter.api.Test;

import io.trunkline.editor.TopologyEditor;
import io.trunkline.model.CentralSite;
import io.trunkline.model.NetworkRegion;
import io.trunkline.model.Topology;

/**
 * Issue 15, the model for call admission control: a planner makes a network region where the topology's lists
 * live (the Outline's <i>New</i> menu), names it and anchors it on a central site in the Properties view (MB-09:
 * "CAC requires that a Skype for Business Server central site is defined for each network region" [CAC]), and
 * saves; each of the three gestures is one command.
 */
class NetworkRegionJourneyTest {

	@Test
	void aRegionMadeInTheOutlineIsAnchoredOnItsCentralSiteAndSaved() throws Exception {
		Journey.run("network-region", 1600, 1000, j -> {
			IFile file = Topologies.write(j.project, "regions.topology", Topologies::siteWithMediation);
			User user = new User(j);
			TopologyEditor editor = user.open(file);
			Topology topology = j.ui(editor::topology);
			CentralSite hq = j.ui(() -> topology.getCentralSites().get(0));
			j.ui(() -> j.page.showView(IPageLayout.ID_OUTLINE));

			j.step("right-click the site in the Outline, New ▸ Network Region");
			j.waitUntil("the Outline lists the site", () -> user.treeRow("Central Site " + Topologies.SITE) != null);
			Point row = user.treeRow("Central Site " + Topologies.SITE);
			user.contextMenu(row, "New", "Network Region");
			j.expectWithin("the topology has one network region", () -> topology.getNetworkRegions().size() == 1);
			NetworkRegion region = j.ui(() -> topology.getNetworkRegions().get(0));
			String id = j.ui(region::getId);
			j.expect("it has a region id (" + id + ")", id.matches("region-[0-9a-f]{8}"));
			j.expect("and the first number of its kind", j.ui(() -> "Network Region 1".equals(region.getName())));
			j.expect("it has no central site yet", j.ui(() -> region.getCentralSite() == null));
			j.expectWithin("the Outline shows and selects it", () -> user.treeRow("Network Region Network Region 1") != null);

			j.step("name it EMEA and anchor it on " + Topologies.SITE + " in the Properties view");
			user.typeProperty("Name", "EMEA");
			j.expectWithin("the region is named EMEA", () -> "EMEA".equals(region.getName()));
			// The choices are the central sites and none; the region has none, so Up reaches HQ.
			user.chooseProperty("Central Site", "Up");
			j.expectWithin("the region is anchored on " + Topologies.SITE, () -> region.getCentralSite() == hq);
			j.expect("the Properties view shows the site", user.propertyShown("Central Site"::equals).contains(Topologies.SITE));
			j.screenshot("01-region-anchored");

			j.step("save");
			user.save();
			String saved = Files.readString(file.getLocation().toFile().toPath(), StandardCharsets.UTF_8);
			String hqId = j.ui(hq::getId);
			j.expect("the saved file holds the region, its name and its central site: " + saved,
					saved.lines().anyMatch(l -> l.contains("<networkRegions id=\"" + id + "\"") && l.contains("name=\"EMEA\"")
							&& l.contains("centralSite=\"" + hqId + "\"")));

			j.step("Ctrl+Z twice takes back the site and the name, a third time the region");
			user.focusCanvas();
			user.key("ctrl+z");
			j.expectWithin("the first Undo takes back the central site only", () -> region.getCentralSite() == null && "EMEA".equals(region.getName()));
			user.key("ctrl+z");
			j.expectWithin("the second the name", () -> "Network Region 1".equals(region.getName()) && topology.getNetworkRegions().size() == 1);
			user.key("ctrl+z");
			j.expectWithin("the third the region itself", () -> topology.getNetworkRegions().isEmpty());
		});
	}
}
