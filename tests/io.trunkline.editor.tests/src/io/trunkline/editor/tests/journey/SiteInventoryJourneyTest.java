package io.trunkline.editor.tests.journey;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import io.trunkline.editor.TopologyEditor;
import io.trunkline.editor.validation.ValidationMarkers;
import io.trunkline.editor.wizards.SiteInventoryImportWizard;
import io.trunkline.model.BranchSite;
import io.trunkline.model.CentralSite;
import io.trunkline.model.Topology;
import io.trunkline.model.TopologyFactory;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.persistence.TopologyFiles;

/**
 * Journey of issue 16: a site inventory imported into the topology open in the editor. The
 * preview counts what will change before anything does; Finish sets the users, the sizing in the
 * Properties view and the Problems markers follow, and one Ctrl+Z takes the whole import back.
 */
class SiteInventoryJourneyTest {

	static final String WIZARD = "Site inventory";

	/**
	 * Row 2 updates HQ (city, country, 0 → 1,000 users; moderate is already its profile), row 3
	 * creates branch Lyon under HQ with its WAN link, row 4 is refused: its parent site does not exist.
	 */
	private static final String INVENTORY = """
			Site name,Central/branch,Parent central site,City,Country/region,Users,Usage profile,Existing PBX users,WAN resilience
			HQ,central,,Paris,FR,1000,moderate,,
			Lyon,branch,HQ,Lyon,FR,120,light,,yes
			Atlantis Office,branch,Atlantis,,,50,,,
			""";

	@Test
	void anInventoryIsPreviewedAppliedAsOneStepAndUndoneWithOneCtrlZ() throws Exception {
		Journey.run("h-site-inventory", 1600, 1000, j -> {
			IFile file = Topologies.write(j.project, "inventory.topology", SiteInventoryJourneyTest::hqWithTrunkedGateway);
			Path inventory = ImportJourneyTest.inputs().resolve("sites.csv");
			Files.writeString(inventory, INVENTORY, StandardCharsets.UTF_8);
			User user = new User(j);
			TopologyEditor editor = user.open(file);
			Topology topology = editor.topology();
			CentralSite hq = j.ui(() -> topology.getCentralSites().get(0));
			byte[] before = j.ui(() -> TopologyFiles.toBytes(topology));
			j.waitUntil("the editor has validated", () -> Topologies.markerCount(file) == editor.findings().size());
			Set<String> markersBefore = markers(file);

			j.step("the sizing of HQ before the import");
			user.select(user.node(CentralSite.class, Topologies.SITE));
			j.expectEventually("HQ has no users, so needs no ports: shown " + ruleOfThumb(user), () -> "0".equals(ruleOfThumb(user)));

			j.step("File ▸ Import ▸ Trunkline ▸ " + WIZARD + ", the CSV, Next");
			user.focusCanvas();
			Shell wizard = user.importWizard(WIZARD);
			j.waitUntil("the inventory page is on show", () -> ImportJourneyTest.page(wizard) instanceof SiteInventoryImportWizard.SourcePage);
			user.typeInto(wizard, t -> "a .csv or .xlsx file".equals(t.getMessage()), inventory.toString());
			user.press(wizard, "Next >");
			j.waitUntil("the preview is on show", () -> ImportJourneyTest.page(wizard) instanceof SiteInventoryImportWizard.PreviewPage);
			String summary = j.ui(() -> ((SiteInventoryImportWizard.PreviewPage) ImportJourneyTest.page(wizard)).summary());
			j.expect("the preview counts 1 creation, 1 update and 1 refused row: " + summary,
					summary.contains("1 sites to create, 1 to update, 1 rows refused"));
			j.expect("nothing has changed yet", j.ui(() -> Arrays.equals(before, TopologyFiles.toBytes(topology))) && !j.ui(editor::isDirty));
			j.screenshot("01-preview");

			j.step("Finish");
			user.press(wizard, "Finish");
			j.waitUntil("the wizard closes", wizard::isDisposed);
			j.expectWithin("HQ has 1,000 users", () -> hq.getUsers() == 1000);
			j.expectWithin("branch Lyon is created under HQ with 120 users", () -> hq.getBranchSites().size() == 1
					&& hq.getBranchSites().get(0).getName().equals("Lyon") && hq.getBranchSites().get(0).getUsers() == 120);
			j.expect("the refused row creates nothing", j.ui(() -> topology.getCentralSites().size() == 1
					&& hq.getBranchSites().stream().map(BranchSite::getName).noneMatch("Atlantis Office"::equals)));
			j.expect("the import is one command on the editor's stack", j.ui(() -> editor.domain().getCommandStack().getUndoCommand() != null
					&& "Import Site Inventory".equals(editor.domain().getCommandStack().getUndoCommand().getLabel())));
			// 1,000 moderate users at 1 port per 10 (domain.md §3): 100 ports, against the gateway's 24
			j.expectWithin("HQ is flagged short of ports (TL-GW-06) in the Problems markers", () -> Topologies.hasMarker(file, "TL-GW-06", hq.getId()));
			user.focusCanvas(); // the import leaves everything it changed selected; HQ alone, as a user picks it
			user.select(user.node(CentralSite.class, Topologies.SITE));
			j.expectEventually("the Properties view shows HQ needing 100 ports by the rule of thumb: shown " + ruleOfThumb(user),
					() -> "100".equals(ruleOfThumb(user)));
			j.screenshot("02-imported");

			j.step("one Ctrl+Z");
			user.focusCanvas();
			user.key("ctrl+z");
			j.expectWithin("the model is back to its bytes before the import", () -> Arrays.equals(before, TopologyFiles.toBytes(topology)));
			j.expectWithin("and so are the markers", () -> markers(file).equals(markersBefore));
			j.expect("nothing is left to undo", j.ui(() -> !editor.domain().getCommandStack().canUndo()));
		});
	}

	/** Central site HQ with a stand-alone Mediation pool and a 24-port gateway on its root trunk, and no users yet. */
	private static void hqWithTrunkedGateway(Topology topology) {
		CentralSite site = Topologies.siteWithMediation(topology);
		TrunkPeer gateway = Topologies.gateway(site);
		Trunk trunk = TopologyFactory.eINSTANCE.createTrunk();
		trunk.setName("Gateway HQ – Mediation HQ");
		trunk.setRoot(true);
		trunk.setPeer(gateway);
		trunk.setMediationPool(site.getMediationPools().get(0));
		topology.getTrunks().add(trunk);
	}

	private static String ruleOfThumb(User user) throws Exception {
		return user.propertyShown(n -> n.toLowerCase().contains("rule of thumb"));
	}

	/** The Trunkline markers on {@code file}, as "rule element" pairs. */
	private static Set<String> markers(IFile file) throws Exception {
		Set<String> found = new TreeSet<>();
		for (IMarker marker : file.findMarkers(ValidationMarkers.MARKER_TYPE, true, IResource.DEPTH_ZERO)) {
			found.add(marker.getAttribute(ValidationMarkers.RULE_ID, "") + " " + marker.getAttribute(ValidationMarkers.ELEMENT_ID, ""));
		}
		return found;
	}
}
