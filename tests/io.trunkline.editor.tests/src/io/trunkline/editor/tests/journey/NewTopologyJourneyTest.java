package io.trunkline.editor.tests.journey;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.junit.jupiter.api.Test;

import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.diagram.viewer.DiagramViewer;
import io.trunkline.editor.TopologyEditor;
import io.trunkline.model.CentralSite;
import io.trunkline.model.FrontEndPool;
import io.trunkline.model.Pbx;
import io.trunkline.model.Topology;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.UsageProfile;

/**
 * Journey (a) of issue 13: a new user's first topology, from File ▸ New ▸ Topology to a sized,
 * saved and reopened plan, with the mouse and the keyboard only. Its last step is the README's
 * screenshot.
 */
class NewTopologyJourneyTest {

	private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";
	private static final int USERS = 20;
	private static final int PORTS = 4;
	private static final String FQDN = "gw1.contoso.com";

	@Test
	void fromNothingToASizedSavedAndReopenedTopology() throws Exception {
		Journey.run("a-new-topology", 1600, 1000, j -> {
			User user = new User(j);
			j.step("select the project in the Project Explorer");
			j.ui(() -> j.page.showView(PROJECT_EXPLORER)); // its tab, behind the Welcome view
			Point projectRow = null;
			for (long end = System.currentTimeMillis() + Journey.WAIT_LIMIT_MS; projectRow == null && System.currentTimeMillis() < end; Thread.sleep(50)) {
				projectRow = user.treeRow(j.project.getName());
			}
			if (projectRow == null) {
				throw new AssertionError("the new project is not shown in the Project Explorer");
			}
			user.click(projectRow);

			j.step("File ▸ New ▸ Topology");
			user.menu("File", "New", "Topology");
			Shell wizard = user.dialog("New Topology");
			String defaultName = j.ui(() -> page(wizard).getFileName());
			j.expect("the wizard proposes a name of its own, not '" + defaultName + "'", !defaultName.equals("topology.topology"));
			j.expect("the wizard starts without an error: " + j.ui(() -> page(wizard).getErrorMessage()), j.ui(() -> page(wizard).getErrorMessage()) == null);

			j.step("name the file and finish");
			j.waitUntil("the file name field shows '" + defaultName + "'", () -> textShowing(wizard, defaultName) != null);
			Point nameField = j.ui(() -> {
				Text name = textShowing(wizard, defaultName);
				return Screen.visibleCentre(name, new Rectangle(0, 0, name.getSize().x, name.getSize().y));
			});
			user.click(nameField);
			user.key("ctrl+a");
			user.type("campus.topology");
			j.waitUntil("the wizard takes the name", () -> page(wizard).getFileName().equals("campus.topology"));
			j.screenshot("01-wizard");
			user.press(wizard, "Finish");
			IFile file = j.project.getFile("campus.topology");
			j.waitUntil("the editor opens on campus.topology",
					() -> j.page.getActiveEditor() instanceof TopologyEditor e && e.getEditorInput().getName().equals("campus.topology"));
			TopologyEditor editor = user.editor();
			DiagramViewer viewer = editor.viewer();
			Topology topology = editor.topology();
			j.expect("the file exists in the selected project", file.exists());

			j.step("central site from the palette");
			Rectangle canvas = j.ui(() -> Screen.canvasOnScreen(viewer));
			user.create("central_site", new Point(canvas.x + 40, canvas.y + 40));
			j.waitUntil("a central site is in the model", () -> topology.getCentralSites().size() == 1);
			CentralSite site = j.ui(() -> topology.getCentralSites().get(0));

			j.step("open the site plan with a double-click");
			user.doubleClick(user.grip(user.node(CentralSite.class, site.getName())));
			j.waitUntil("the site plan is on show", () -> editor.scope() == site);
			canvas = j.ui(() -> Screen.canvasOnScreen(viewer));

			j.step("Front End pool");
			user.create("front_end_pool", new Point(canvas.x + canvas.width / 10, canvas.y + canvas.height / 4));
			j.waitUntil("a Front End pool is in the site", () -> site.getFrontEndPools().size() == 1);
			FrontEndPool frontEnd = j.ui(() -> site.getFrontEndPools().get(0));
			j.expect("a new Front End pool has a collocated Mediation Server (domain default)", j.ui(frontEnd::isCollocatedMediation));

			j.step("PSTN gateway");
			user.create("pstn_gateway", new Point(canvas.x + canvas.width * 5 / 10, canvas.y + canvas.height / 4));
			j.waitUntil("a gateway is in the site", () -> site.getTrunkPeers().size() == 1);
			TrunkPeer gateway = j.ui(() -> site.getTrunkPeers().get(0));

			j.step("TDM PBX");
			user.create("pbx", new Point(canvas.x + canvas.width * 5 / 10, canvas.y + canvas.height * 3 / 5));
			j.waitUntil("a PBX is in the site", () -> site.getPbxs().size() == 1);
			Pbx pbx = j.ui(() -> site.getPbxs().get(0));

			j.step("trunk from the gateway to the Front End pool with collocated Mediation");
			user.connect("trunk", user.node(TrunkPeer.class, gateway.getName()), user.node(FrontEndPool.class, frontEnd.getName()));
			j.expectWithin("the trunk joins the gateway to the Mediation Server collocated on the Front End pool (defect 5)",
					() -> topology.getTrunks().size() == 1 && topology.getTrunks().get(0).getPeer() == gateway
							&& topology.getTrunks().get(0).getMediationPool() != null
							&& topology.getTrunks().get(0).getMediationPool().getCollocatedWith() == frontEnd);
			j.expect("the gateway's only trunk is its root trunk", j.ui(() -> topology.getTrunks().stream().allMatch(Trunk::isRoot)));

			j.step("PBX link from the gateway to the PBX");
			user.connect("pbx-link", user.node(TrunkPeer.class, gateway.getName()), user.node(Pbx.class, pbx.getName()));
			j.expectWithin("a PBX link joins the gateway and the PBX",
					() -> site.getPbxLinks().size() == 1 && site.getPbxLinks().get(0).getGateway() == gateway && site.getPbxLinks().get(0).getPbx() == pbx);
			j.screenshot("02-site-plan");

			j.step("gateway: Pstn Ports and an FQDN typed into the Properties view");
			user.select(user.node(TrunkPeer.class, gateway.getName()));
			user.typeProperty("Pstn Ports", "" + PORTS);
			j.expectWithin("typing " + PORTS + " into Pstn Ports stores it (defect 1)", () -> gateway.getPstnPorts() == PORTS);
			user.select(user.node(TrunkPeer.class, gateway.getName()));
			user.typeProperty("Address", FQDN);
			j.expectWithin("typing an FQDN into Address stores it (defect 1)", () -> FQDN.equals(gateway.getAddress()));
			Map<String, Rectangle> planLayout = bounds(j, viewer);

			j.step("back to the overview through the breadcrumb, the site's Users typed");
			clickBreadcrumbOverview(j, user, viewer);
			j.waitUntil("the overview is on show", () -> editor.scope() == null);
			user.select(user.node(CentralSite.class, site.getName()));
			user.typeProperty("Users", "" + USERS);
			j.expectWithin("typing " + USERS + " into Users stores it (defect 1)", () -> site.getUsers() == USERS);
			user.select(user.node(CentralSite.class, site.getName()));
			user.chooseProperty("Usage Profile", "Up"); // from the default, moderate, one up to light
			j.expectWithin("the usage profile is light (defect 1)", () -> site.getUsageProfile() == UsageProfile.LIGHT);

			j.step("the sizing in the Properties view");
			user.select(user.node(CentralSite.class, site.getName()));
			j.expectEventually("20 light users need 2 ports by the rule of thumb (1 per 15, domain.md §3): shown "
					+ user.propertyShown(n -> n.toLowerCase().contains("rule of thumb")),
					() -> "2".equals(user.propertyShown(n -> n.toLowerCase().contains("rule of thumb"))));
			j.expectEventually("and 5 by Erlang B at 1 % (domain.md §3): shown " + user.propertyShown(n -> n.contains("Erlang B")),
					() -> "5".equals(user.propertyShown(n -> n.contains("Erlang B"))));

			j.step("save, close, reopen");
			user.save();
			Path topologyFile = j.ui(editor::file);
			byte[] saved = Files.readAllBytes(topologyFile);
			j.expect("the layout is saved beside the topology", Files.exists(topologyFile.resolveSibling("campus.topology.layout")));
			Map<String, Rectangle> overviewLayout = bounds(j, viewer);
			user.key("ctrl+w");
			j.waitUntil("the editor closes without asking (it is saved)", () -> j.page.getEditorReferences().length == 0);
			j.expect("closing a saved editor leaves the file as saved", java.util.Arrays.equals(saved, Files.readAllBytes(topologyFile)));
			Point fileRow = user.treeRow("campus.topology");
			if (fileRow == null) {
				user.click(user.treeRow(j.project.getName()));
				user.key("shift+Right");
				for (long end = System.currentTimeMillis() + Journey.WAIT_LIMIT_MS; fileRow == null && System.currentTimeMillis() < end; Thread.sleep(50)) {
					fileRow = user.treeRow("campus.topology");
				}
			}
			if (fileRow == null) {
				throw new AssertionError("campus.topology is not shown in the Project Explorer");
			}
			user.doubleClick(fileRow);
			if (!j.holdsWithin(() -> j.page.getActiveEditor() instanceof TopologyEditor, 3000)) {
				user.key("Return"); // the row is selected; Return opens it as well
			}
			j.waitUntil("the topology reopens", () -> j.page.getActiveEditor() instanceof TopologyEditor e && e.viewer() != null);
			TopologyEditor reopened = user.editor();
			j.waitUntil("its overview is drawn", () -> !reopened.viewer().diagram().nodes().isEmpty());
			j.expect("the overview's layout is kept: " + overviewLayout + " became " + bounds(j, reopened.viewer()),
					overviewLayout.equals(bounds(j, reopened.viewer())));
			j.screenshot("03-reopened");
			user.doubleClick(user.grip(user.node(CentralSite.class, site.getName())));
			j.waitUntil("the site plan is on show again", () -> reopened.scope() != null);
			j.expect("the site plan's layout is kept: " + planLayout + " became " + bounds(j, reopened.viewer()),
					planLayout.equals(bounds(j, reopened.viewer())));
			j.windowScreenshot("readme-editor");
		});
	}

	@Test
	void theWelcomeLinksWizardFinishesWithNothingSelected() throws Exception {
		Journey.run("a-welcome-wizard", 1600, 1000, j -> {
			User user = new User(j);
			j.step("the Welcome view's 'New topology…' link");
			j.ui(() -> j.page.showView("io.trunkline.editor.welcome"));
			Point link = j.ui(() -> {
				for (org.eclipse.swt.widgets.Control c : allControls(j.shell)) {
					if (c instanceof org.eclipse.swt.widgets.Link l && l.getText().contains("New topology") && l.isVisible()) {
						Point origin = l.toDisplay(0, 0);
						return new Point(origin.x + 20, origin.y + l.getSize().y / 2);
					}
				}
				return null;
			});
			user.click(link);
			Shell wizard = user.dialog("New Topology");
			j.step("a name typed, nothing else chosen");
			String defaultName = j.ui(() -> page(wizard).getFileName());
			j.waitUntil("the file name field shows '" + defaultName + "'", () -> textShowing(wizard, defaultName) != null);
			user.click(j.ui(() -> {
				Text name = textShowing(wizard, defaultName);
				return Screen.visibleCentre(name, new Rectangle(0, 0, name.getSize().x, name.getSize().y));
			}));
			user.key("ctrl+a");
			user.type("welcome.topology");
			j.waitUntil("the wizard takes the name", () -> page(wizard).getFileName().equals("welcome.topology"));
			j.screenshot("01-wizard");
			boolean canFinish = j.ui(() -> Dialogs.button(wizard, "Finish").isEnabled());
			if (!canFinish) {
				throw new AssertionError("Finish is disabled with nothing selected (defect 4): "
						+ j.ui(() -> page(wizard).getErrorMessage() != null ? page(wizard).getErrorMessage() : page(wizard).getMessage()));
			}
			user.press(wizard, "Finish");
			j.waitUntil("the editor opens on welcome.topology",
					() -> j.page.getActiveEditor() instanceof TopologyEditor e && e.getEditorInput().getName().equals("welcome.topology"));
		});
	}

	private static java.util.List<org.eclipse.swt.widgets.Control> allControls(org.eclipse.swt.widgets.Composite parent) {
		java.util.List<org.eclipse.swt.widgets.Control> all = new java.util.ArrayList<>();
		for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
			all.add(child);
			if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				all.addAll(allControls(composite));
			}
		}
		return all;
	}

	private static WizardNewFileCreationPage page(Shell wizard) {
		IWizardPage page = ((WizardDialog) wizard.getData()).getCurrentPage();
		return (WizardNewFileCreationPage) page;
	}

	private static Text textShowing(org.eclipse.swt.widgets.Composite parent, String text) {
		for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
			if (child instanceof Text field && field.getText().equals(text)) {
				return field;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				Text found = textShowing(composite, text);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** Clicks the words "Topology overview" at the start of the breadcrumb. */
	static void clickBreadcrumbOverview(Journey j, User user, DiagramViewer viewer) throws Exception {
		Point link = j.ui(() -> {
			org.eclipse.swt.widgets.Link breadcrumb = Screen.breadcrumb(viewer);
			if (breadcrumb == null || !breadcrumb.getText().contains("overview")) {
				throw new AssertionError("no way back to the overview above the site plan: " + (breadcrumb == null ? "no breadcrumb" : breadcrumb.getText()));
			}
			Point origin = breadcrumb.toDisplay(0, 0);
			return new Point(origin.x + 30, origin.y + breadcrumb.getSize().y / 2);
		});
		user.click(link);
	}

	/** Every node's bounds on the diagram on show, by id. */
	static Map<String, Rectangle> bounds(Journey j, DiagramViewer viewer) throws Exception {
		return j.ui(() -> {
			Map<String, Rectangle> bounds = new HashMap<>();
			for (DiagramNode node : viewer.diagram().nodes()) {
				bounds.put(node.id(), node.bounds());
			}
			return bounds;
		});
	}
}
