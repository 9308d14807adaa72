package io.trunkline.editor.tests.journey;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.swt.widgets.Combo;
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
			SiteInventoryImportWizard.PreviewPage preview = j.ui(() -> (SiteInventoryImportWizard.PreviewPage) ImportJourneyTest.page(wizard));
			List<String> rows = j.ui(preview::rowsShown);
			j.expect("the preview lists the creation of Lyon, the update of HQ and the refused row 4: " + rows,
					rows.equals(List.of("3 Lyon create", "2 HQ update", "4  refused")));
			String summary = j.ui(preview::summary);
			j.expect("its summary counts them: " + summary, summary.matches("(?s).*\\b1 sites? to create, 1 to update, 1 rows? refused.*"));
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

	@Test
	void withNoEditorOpenTheChosenTopologyIsOpenedAndTheInventoryGoesIntoIt() throws Exception {
		Journey.run("h-site-inventory-into-file", 1600, 1000, j -> {
			IFile file = Topologies.write(j.project, "closed.topology", SiteInventoryJourneyTest::hqWithTrunkedGateway);
			byte[] onDisk = Files.readAllBytes(file.getLocation().toFile().toPath());
			Path inventory = ImportJourneyTest.inputs().resolve("sites-into-file.csv");
			Files.writeString(inventory, INVENTORY, StandardCharsets.UTF_8);
			User user = new User(j);
			String entry = file.getFullPath().makeRelative().toString();

			j.step("File ▸ Import ▸ Trunkline ▸ " + WIZARD + " with no editor open; the CSV; " + entry + " chosen as the target");
			Shell wizard = user.importWizard(WIZARD);
			j.waitUntil("the inventory page is on show", () -> ImportJourneyTest.page(wizard) instanceof SiteInventoryImportWizard.SourcePage);
			user.typeInto(wizard, t -> "a .csv or .xlsx file".equals(t.getMessage()), inventory.toString());
			Combo target = j.ui(() -> combo(wizard));
			int steps = j.ui(() -> target.indexOf(entry) - target.getSelectionIndex());
			j.expect(entry + " is offered as a target: " + j.ui(() -> Arrays.asList(target.getItems())), steps >= 0);
			user.click(j.ui(() -> Screen.visibleCentre(target, new org.eclipse.swt.graphics.Rectangle(0, 0, target.getSize().x, target.getSize().y))));
			for (int i = 0; i < steps; i++) {
				user.key("Down");
			}
			user.key("Return");
			j.waitUntil(entry + " is chosen", () -> target.getText().equals(entry));
			user.press(wizard, "Next >");

			j.step("Next opens the topology and previews; Finish");
			j.waitUntil("the preview is on show", () -> ImportJourneyTest.page(wizard) instanceof SiteInventoryImportWizard.PreviewPage);
			j.expect("the chosen topology is open in the editor", j.ui(() -> java.util.Arrays.stream(j.page.getEditorReferences())
					.anyMatch(r -> r.getName().equals("closed.topology"))));
			user.press(wizard, "Finish");
			j.waitUntil("the wizard closes", wizard::isDisposed);
			TopologyEditor editor = user.editor();
			j.expect("the editor on closed.topology is the active one", editor != null && j.ui(() -> editor.getPartName().equals("closed.topology")));
			j.expectWithin("HQ has 1,000 users in it", () -> editor.topology().getCentralSites().get(0).getUsers() == 1000);
			j.expect("the file on disk is untouched until the user saves", j.ui(editor::isDirty)
					&& Arrays.equals(onDisk, Files.readAllBytes(file.getLocation().toFile().toPath())));
			j.screenshot("01-imported");
		});
	}

	private static Combo combo(Shell wizard) {
		java.util.Deque<org.eclipse.swt.widgets.Control> controls = new java.util.ArrayDeque<>(List.of(wizard.getChildren()));
		while (!controls.isEmpty()) {
			org.eclipse.swt.widgets.Control control = controls.pop();
			if (control instanceof Combo combo && combo.isVisible()) {
				return combo;
			}
			if (control instanceof org.eclipse.swt.widgets.Composite composite) {
				controls.addAll(List.of(composite.getChildren()));
			}
		}
		throw new AssertionError("no target choice in " + Dialogs.describe(wizard));
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
