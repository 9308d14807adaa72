package io.trunkline.editor.tests.journey;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import io.trunkline.diagram.model.DiagramContainer;
import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.diagram.viewer.DiagramViewer;
import io.trunkline.editor.TopologyEditor;
import io.trunkline.editor.wizards.TopologyImportWizard;
import io.trunkline.model.BranchSite;
import io.trunkline.model.CentralSite;
import io.trunkline.model.MediationKind;
import io.trunkline.model.Site;
import io.trunkline.model.Topology;
import io.trunkline.model.persistence.TopologyFiles;

/**
 * Journeys of issue 16 through File ▸ Import ▸ Trunkline: a deployment's published topology
 * document becomes a laid-out, readable {@code .topology} that reopens the same; a bad document is
 * named with its problem in the wizard and leaves nothing behind.
 */
class ImportJourneyTest {

	static final String DOCUMENT_WIZARD = "Skype for Business topology document";

	@Test
	void aMultiSiteDocumentBecomesALaidOutReadableTopology() throws Exception {
		Journey.run("g-import-topology", 1600, 1000, j -> {
			Path document = fixture("two-central-sites.xml");
			User user = new User(j);
			selectProject(j, user);

			j.step("File ▸ Import ▸ Trunkline ▸ " + DOCUMENT_WIZARD);
			Shell wizard = user.importWizard(DOCUMENT_WIZARD);
			j.waitUntil("the document page is on show", () -> page(wizard) instanceof TopologyImportWizard.DocumentPage);
			user.typeInto(wizard, t -> "a .xml or .tbxml file".equals(t.getMessage()), document.toString());
			j.expectWithin("the wizard proposes a free name after the document", () -> fileName(wizard).equals("two-central-sites.topology"));
			user.typeInto(wizard, t -> t.getText().endsWith(".topology"), "contoso.topology");
			j.screenshot("01-document");

			j.step("Next: the document is read and the report shown");
			user.press(wizard, "Next >");
			j.waitUntil("the report page is on show", () -> page(wizard) instanceof TopologyImportWizard.ReportPage);
			String report = j.ui(() -> ((TopologyImportWizard.ReportPage) page(wizard)).reportText());
			j.expect("the report lists what was created: " + report, report.contains("Created:"));
			j.expect("the report lists the non-voice roles it skipped: " + report, report.contains("Skipped:"));
			j.expect("the report lists what is still to fill in: " + report, report.contains("Still to fill in:"));
			IFile file = j.project.getFile("contoso.topology");
			j.expect("nothing is written before Finish", !Files.exists(file.getLocation().toFile().toPath()));
			j.screenshot("02-report");
			user.press(wizard, "Copy Report");
			j.expectWithin("Copy Report puts the whole report on the clipboard", () -> {
				org.eclipse.swt.dnd.Clipboard clipboard = new org.eclipse.swt.dnd.Clipboard(j.display);
				try {
					return report.equals(clipboard.getContents(org.eclipse.swt.dnd.TextTransfer.getInstance()));
				} finally {
					clipboard.dispose();
				}
			});

			j.step("Finish: the topology is written, laid out and opened");
			user.press(wizard, "Finish");
			j.waitUntil("the editor opens on contoso.topology", () -> j.page.getActiveEditor() instanceof TopologyEditor e
					&& e.getEditorInput().getName().equals("contoso.topology") && e.viewer() != null, 30_000);
			TopologyEditor editor = user.editor();
			DiagramViewer viewer = editor.viewer();
			Path written = file.getLocation().toFile().toPath();
			Path layout = written.resolveSibling("contoso.topology.layout");
			j.expect("the topology is written in the project", Files.exists(written));
			j.expect("its layout is written beside it", Files.exists(layout));
			j.expect("the editor opens saved, not dirty", !j.ui(editor::isDirty));
			expectMultiSiteElements(j, TopologyFiles.load(written));

			j.step("the overview as it opens");
			j.waitUntil("the overview is painted", () -> !viewer.diagram().nodes().isEmpty());
			List<String> overlaps = j.ui(() -> overlappingSites(viewer));
			j.expect("no two site boxes overlap: " + overlaps, overlaps.isEmpty());
			List<String> unreadable = j.ui(() -> unreadableSites(viewer));
			j.expect("every site's name is drawn at least " + Legibility.READABLE_PT + " pt on screen: " + unreadable, unreadable.isEmpty());
			Map<String, Rectangle> opened = j.ui(() -> bounds(viewer));
			j.screenshot("03-opened");

			j.step("the editor maximised (Ctrl+M), for the README");
			user.focusCanvas();
			user.key("ctrl+m");
			j.waitUntil("the editor fills the window", () -> j.page.isPageZoomed());
			j.windowScreenshot("import");
			user.key("ctrl+m");
			j.waitUntil("the editor is back in its place", () -> !j.page.isPageZoomed());

			j.step("close and reopen: the same layout");
			j.ui(() -> j.page.closeAllEditors(false));
			j.waitUntil("the editor is closed", () -> j.page.getEditorReferences().length == 0);
			TopologyEditor reopened = user.open(file);
			Map<String, Rectangle> again = j.ui(() -> bounds(reopened.viewer()));
			j.expect("the reopened overview has every box where the import put it", again.equals(opened));
		});
	}

	@Test
	void aDocumentThatCannotBeImportedIsNamedInTheWizardAndNothingIsWritten() throws Exception {
		Journey.run("g-import-bad-document", 1600, 1000, j -> {
			// the single-site fixture with the gateway depending on a Mediation service the document does not have
			String good = new String(bytes("single-site.xml"), StandardCharsets.UTF_8);
			String broken = good.replace("<ServiceId SiteId=\"1\" RoleName=\"MediationServer\" Instance=\"1\" />\n        </Dependency>",
					"<ServiceId SiteId=\"1\" RoleName=\"MediationServer\" Instance=\"9\" />\n        </Dependency>");
			if (broken.equals(good)) {
				throw new AssertionError("the fixture no longer has the gateway's dependency this test breaks");
			}
			Path document = inputs().resolve("dangling-gateway.xml");
			Files.writeString(document, broken, StandardCharsets.UTF_8);
			User user = new User(j);
			selectProject(j, user);

			j.step("File ▸ Import ▸ Trunkline ▸ " + DOCUMENT_WIZARD + ", the broken document, Next");
			Shell wizard = user.importWizard(DOCUMENT_WIZARD);
			j.waitUntil("the document page is on show", () -> page(wizard) instanceof TopologyImportWizard.DocumentPage);
			user.typeInto(wizard, t -> "a .xml or .tbxml file".equals(t.getMessage()), document.toString());
			user.press(wizard, "Next >");
			j.waitUntil("the wizard shows a problem", () -> page(wizard).getErrorMessage() != null);
			j.expect("the whole message is shown on the page, not only the title area's first two lines",
					j.ui(() -> page(wizard).getErrorMessage().equals(((TopologyImportWizard.DocumentPage) page(wizard)).problemShown())));
			String message = j.ui(() -> page(wizard).getErrorMessage());
			j.screenshot("01-message");
			j.expect("the wizard stays on the document page", j.ui(() -> page(wizard) instanceof TopologyImportWizard.DocumentPage));
			j.expect("the message names the file: " + message, message.contains("dangling-gateway.xml"));
			j.expect("the message names the element path of the gateway's service: " + message, message.contains("/Topology/Services/Service["));
			j.expect("the message names the missing Mediation service: " + message, message.contains("MediationServer"));
			j.expect("the message is in the user's words, no Java: " + message, !message.matches("(?s).*(Exception|\\bjava\\.|\\bat io\\.).*"));
			j.expect("Finish is not offered", !j.ui(() -> Dialogs.button(wizard, "Finish").isEnabled()));

			j.step("Cancel");
			user.press(wizard, "Cancel");
			j.waitUntil("the wizard closes", () -> wizard.isDisposed());
			j.project.refreshLocal(IResource.DEPTH_INFINITE, null);
			List<String> left = new ArrayList<>();
			for (IResource member : j.project.members()) {
				if (!member.getName().startsWith(".")) {
					left.add(member.getName());
				}
			}
			j.expect("nothing is written into the project: " + left, left.isEmpty());
		});
	}

	/**
	 * The two-central-site fixture, read by hand from bundles/io.trunkline.imports/examples/two-central-sites.xml:
	 * sites 1 Paris and 2 Berlin, branch 3 Nantes under Paris; Paris has the four-machine Front End
	 * cluster, a two-machine stand-alone Mediation cluster, the Edge cluster and two gateways (gw1-paris
	 * and 192.0.2.20); Berlin a three-machine Front End, one Mediation server, the Director (Registrar 2,
	 * IsDirector) and gw1-berlin; Nantes an SBA (branch Registrar) with its own gateway. Each of the four
	 * gateways depends on one Mediation service: four root trunks.
	 */
	private static void expectMultiSiteElements(Journey j, Topology topology) {
		List<String> central = topology.getCentralSites().stream().map(Site::getName).sorted().toList();
		j.expect("central sites Paris and Berlin: " + central, central.equals(List.of("Berlin", "Paris")));
		if (!central.equals(List.of("Berlin", "Paris"))) {
			return;
		}
		CentralSite paris = centralSite(topology, "Paris"), berlin = centralSite(topology, "Berlin");
		j.expect("branch Nantes under Paris", paris.getBranchSites().size() == 1 && paris.getBranchSites().get(0).getName().equals("Nantes"));
		j.expect("a Front End pool of 4 at Paris", paris.getFrontEndPools().size() == 1 && paris.getFrontEndPools().get(0).getServers() == 4);
		j.expect("a Front End pool of 3 at Berlin", berlin.getFrontEndPools().size() == 1 && berlin.getFrontEndPools().get(0).getServers() == 3);
		j.expect("a stand-alone Mediation pool of 2 at Paris", paris.getMediationPools().size() == 1 && paris.getMediationPools().get(0).getServers() == 2
				&& paris.getMediationPools().get(0).getKind() == MediationKind.STANDALONE);
		j.expect("a stand-alone Mediation pool at Berlin", berlin.getMediationPools().size() == 1
				&& berlin.getMediationPools().get(0).getKind() == MediationKind.STANDALONE);
		j.expect("the Edge pool at Paris", paris.getEdgePools().size() == 1 && berlin.getEdgePools().isEmpty());
		j.expect("the Director pool at Berlin", berlin.getDirectorPools().size() == 1 && paris.getDirectorPools().isEmpty());
		j.expect("two gateways at Paris, one at Berlin", paris.getTrunkPeers().size() == 2 && berlin.getTrunkPeers().size() == 1);
		if (paris.getBranchSites().size() == 1) {
			BranchSite nantes = paris.getBranchSites().get(0);
			j.expect("an SBA and a gateway at Nantes", nantes.getSurvivableBranches().size() == 1 && nantes.getTrunkPeers().size() == 1);
		}
		j.expect("four root trunks, each from a gateway: " + topology.getTrunks().size(), topology.getTrunks().size() == 4
				&& topology.getTrunks().stream().allMatch(t -> t.isRoot() && t.getPeer() != null && t.getPeer().getRootTrunk() == t));
		j.expect("Paris's gateways trunk to the Paris Mediation pool", !paris.getMediationPools().isEmpty() && paris.getTrunkPeers().stream()
				.allMatch(g -> g.getRootTrunk() != null && g.getRootTrunk().getMediationPool() == paris.getMediationPools().get(0)));
	}

	private static CentralSite centralSite(Topology topology, String name) {
		return topology.getCentralSites().stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
	}

	/** A fixture document of the imports bundle, copied out to a folder of its own outside the workspace (where a user's downloads are). */
	static Path fixture(String name) throws Exception {
		Path file = inputs().resolve(name);
		Files.write(file, bytes(name));
		return file;
	}

	private static byte[] bytes(String name) throws Exception {
		java.net.URL entry = Platform.getBundle("io.trunkline.imports").getEntry("examples/" + name);
		if (entry == null) {
			throw new AssertionError("the imports bundle has no examples/" + name);
		}
		try (InputStream in = entry.openStream()) {
			return in.readAllBytes();
		}
	}

	static Path inputs() throws Exception {
		Path folder = Screenshot.folder().resolveSibling("journey-inputs");
		Files.createDirectories(folder);
		return folder;
	}

	/** Clicks the journey's project in the Project Explorer, so the wizards propose it as the target. */
	static void selectProject(Journey j, User user) throws Exception {
		j.step("select the project in the Project Explorer");
		j.ui(() -> j.page.showView("org.eclipse.ui.navigator.ProjectExplorer"));
		Point row = null;
		for (long end = System.currentTimeMillis() + Journey.WAIT_LIMIT_MS; row == null && System.currentTimeMillis() < end; Thread.sleep(50)) {
			row = user.treeRow(j.project.getName());
		}
		if (row == null) {
			throw new AssertionError("the project is not shown in the Project Explorer");
		}
		user.click(row);
	}

	static IWizardPage page(Shell wizard) {
		return ((WizardDialog) wizard.getData()).getCurrentPage();
	}

	private static String fileName(Shell wizard) {
		return ((TopologyImportWizard.DocumentPage) page(wizard)).getFileName();
	}

	/** Pairs of site boxes on the overview that overlap. UI thread. */
	private static List<String> overlappingSites(DiagramViewer viewer) {
		List<DiagramNode> sites = viewer.diagram().nodes().stream().filter(n -> n instanceof DiagramContainer && n.semantic() instanceof Site).toList();
		List<String> overlaps = new ArrayList<>();
		for (int a = 0; a < sites.size(); a++) {
			for (int b = a + 1; b < sites.size(); b++) {
				if (sites.get(a).bounds().intersects(sites.get(b).bounds())) {
					overlaps.add(sites.get(a).label() + " × " + sites.get(b).label());
				}
			}
		}
		return overlaps;
	}

	/** Sites whose name is drawn under {@link Legibility#READABLE_PT} (scrolled-off ones are left out, a user scrolls to them). UI thread. */
	private static List<String> unreadableSites(DiagramViewer viewer) {
		List<String> small = new ArrayList<>();
		int measured = 0;
		for (DiagramNode node : viewer.diagram().nodes()) {
			if (node instanceof DiagramContainer && node.semantic() instanceof Site) {
				double points = Legibility.labelPoints(viewer, node);
				if (points >= 0) {
					measured++;
				}
				if (points >= 0 && points < Legibility.READABLE_PT - Legibility.TOLERANCE_PT) {
					small.add(node.label() + " " + points + " pt");
				}
			}
		}
		if (measured == 0) {
			small.add("no site's name is on the canvas at all");
		}
		return small;
	}

	private static Map<String, Rectangle> bounds(DiagramViewer viewer) {
		Map<String, Rectangle> bounds = new HashMap<>();
		viewer.diagram().nodes().forEach(n -> bounds.put(n.id(), n.bounds()));
		return bounds;
	}
}
