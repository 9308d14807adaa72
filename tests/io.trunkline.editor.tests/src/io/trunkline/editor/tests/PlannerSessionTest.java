package io.trunkline.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.Test;

import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.diagram.viewer.DiagramViewer;
import io.trunkline.editor.TopologyEditor;
import io.trunkline.editor.properties.TopologyPropertySourceProvider;
import io.trunkline.editor.wizards.ExportWorksheetsWizard;
import io.trunkline.editor.wizards.NewTopologyWizard;
import io.trunkline.editor.wizards.TopologyTemplates;
import io.trunkline.model.BranchSite;
import io.trunkline.model.CentralSite;
import io.trunkline.model.MediationPool;
import io.trunkline.model.TrunkPeer;

/**
 * A planner's first session, end to end in the real product: a topology from the wizard, two
 * sites, a gateway that is flagged until a trunk joins it to a Mediation pool, a sizing warning
 * from too many users, undo and redo, save and reopen to the same picture, and the worksheets.
 * Screenshots of each step go to target/screenshots.
 */
class PlannerSessionTest {

	@Test
	void planAnEnterpriseVoiceTopology() throws Exception {
		EditorFixture f = new EditorFixture();
		IProject project = EditorFixture.project("Plans");

		NewTopologyWizard wizard = new NewTopologyWizard();
		wizard.init(org.eclipse.ui.PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(f.shell, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		wizard.page().setFileName("campus.topology");
		wizard.page().setTemplate(TopologyTemplates.EMPTY);
		Bench.screenshot(dialog.getShell(), "01-new-topology-wizard");
		assertTrue(wizard.performFinish());
		dialog.close();
		Bench.settle();
		IFile file = project.getFile("campus.topology");
		assertTrue(file.exists());
		TopologyEditor editor = (TopologyEditor) f.page.getActiveEditor();
		assertNotNull(editor, "the wizard opened the topology editor");
		DiagramViewer viewer = editor.viewer();

		viewer.setActiveTool(EditorFixture.tool(viewer, "central_site"));
		Bench.click(viewer, 40, 40);
		viewer.setActiveTool(EditorFixture.tool(viewer, "branch_site"));
		Bench.click(viewer, 700, 40);
		DiagramNode central = EditorFixture.node(viewer, CentralSite.class, "Central Site 1");
		EditorFixture.node(viewer, BranchSite.class, "Branch Site 1");
		Bench.screenshot(f.shell, "02-two-sites");

		viewer.setActiveTool(EditorFixture.tool(viewer, "pstn_gateway"));
		Bench.click(viewer, central.x() + 20, central.y() + 50);
		DiagramNode gateway = EditorFixture.node(viewer, TrunkPeer.class, "PSTN Gateway 1");
		assertEquals(central.id(), gateway.parent().id(), "created inside the site it was dropped on");
		Bench.waitUntil("the no-trunk marker appears", () -> has(file, "TL-GW-01"));
		f.page.showView(IPageLayout.ID_PROBLEM_VIEW);
		Bench.waitUntil("the Problems view lists it", () -> Bench.problemsViewRows(f.page).stream().anyMatch(r -> r.startsWith("TL-GW-01") && r.contains("campus.topology")));
		assertTrue(editor.isDirty(), "shown before any save");
		assertFalse(gateway.decorations().isEmpty(), "the gateway carries a badge on the diagram");
		Bench.screenshot(f.shell, "03-gateway-without-mediation");

		viewer.setActiveTool(EditorFixture.tool(viewer, "mediation_pool"));
		Bench.click(viewer, central.x() + 320, central.y() + 50);
		DiagramNode mediation = EditorFixture.node(viewer, MediationPool.class, "Mediation Pool 1");
		viewer.setActiveTool(EditorFixture.tool(viewer, "trunk"));
		Bench.drag(viewer, Bench.centre(EditorFixture.node(viewer, TrunkPeer.class, "PSTN Gateway 1")), Bench.centre(mediation));
		Bench.waitUntil("the no-trunk marker goes", () -> !has(file, "TL-GW-01"));
		Bench.waitUntil("and leaves the Problems view",
				() -> Bench.problemsViewRows(f.page).stream().noneMatch(r -> r.startsWith("TL-GW-01") && r.contains("campus.topology")));
		assertEquals(1, editor.topology().getTrunks().size());
		assertTrue(editor.topology().getTrunks().get(0).isRoot(), "the first trunk of a gateway is its root trunk");
		Bench.screenshot(f.shell, "04-trunk-drawn");

		f.page.showView(IPageLayout.ID_OUTLINE);
		var outline = (io.trunkline.editor.outline.TopologyOutlinePage) editor.getAdapter(org.eclipse.ui.views.contentoutline.IContentOutlinePage.class);
		Bench.settle();
		outline.tree().setSelection(new StructuredSelection(mediation.semantic()), true);
		Bench.settle();
		assertEquals(List.of(mediation.semantic()), ((org.eclipse.jface.viewers.IStructuredSelection) viewer.getSelection()).toList(),
				"selecting in the Outline selects on the diagram");

		TopologyPropertySourceProvider propertySources = new TopologyPropertySourceProvider(
				((AdapterFactoryEditingDomain) editor.domain()).getAdapterFactory(), () -> io.trunkline.planning.TopologySizer.size(editor.topology()));
		IPropertySource gatewayProperties = propertySources.getPropertySource(gateway.semantic());
		gatewayProperties.setPropertyValue(descriptor(gatewayProperties, "Pstn Ports").getId(), 24);
		CentralSite site = (CentralSite) central.semantic();
		viewer.setSelection(new StructuredSelection(site));
		f.page.showView(IPageLayout.ID_PROP_SHEET);
		IPropertySource properties = propertySources.getPropertySource(site);
		properties.setPropertyValue(descriptor(properties, "Users").getId(), 500);
		assertEquals(500, site.getUsers());
		Bench.waitUntil("the port sizing warning appears", () -> has(file, "TL-GW-06"));
		assertEquals(50L, properties.getPropertyValue(descriptor(properties, "Ports needed (rule of thumb)").getId()),
				"500 moderate users need 50 ports (1 per 10, domain.md §3)");
		viewer.setSelection(new StructuredSelection(site));
		Bench.waitUntil("the Problems view shows the warning", () -> Bench.problemsViewRows(f.page).stream().anyMatch(r -> r.startsWith("TL-GW-06")));
		Bench.screenshot(f.shell, "05-ports-short");

		assertEquals("&Undo Set", editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).getText(),
				"the Properties edit is on the command stack");
		editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
		Bench.waitUntil("undo takes the warning away", () -> !has(file, "TL-GW-06"));
		assertEquals(0, site.getUsers());
		editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.REDO.getId()).run();
		Bench.waitUntil("redo brings it back", () -> has(file, "TL-GW-06"));

		editor.doSave(null);
		assertFalse(editor.isDirty());
		assertTrue(Files.exists(editor.file().resolveSibling("campus.topology.layout")), "layout saved beside the topology");
		Map<String, Rectangle> before = bounds(viewer);
		f.page.closeEditor(editor, false);
		TopologyEditor reopened = f.open(file);
		assertEquals(before, bounds(reopened.viewer()), "the same diagram after reopening");
		Bench.screenshot(f.shell, "06-reopened");

		reopened.viewer().editing().open(EditorFixture.node(reopened.viewer(), CentralSite.class, "Central Site 1"));
		Bench.settle();
		assertEquals("Central Site 1", reopened.scope().getName());
		org.eclipse.swt.widgets.Link breadcrumb = findBreadcrumb(reopened.viewer().getControl().getParent().getParent());
		assertTrue(breadcrumb.getText().contains("TL-"), "the site's own findings are named above its plan: " + breadcrumb.getText());
		Bench.screenshot(f.shell, "07-site-plan");

		ExportWorksheetsWizard export = new ExportWorksheetsWizard(reopened);
		WizardDialog exportDialog = new WizardDialog(f.shell, export);
		exportDialog.setBlockOnOpen(false);
		exportDialog.open();
		Bench.screenshot(exportDialog.getShell(), "08-export-wizard");
		assertTrue(export.performFinish());
		exportDialog.close();
		Path folder = reopened.file().resolveSibling("campus-worksheets");
		for (String name : new String[] { "campus.xlsx", "campus.html", "campus-sites.csv", "campus-gateways.csv" }) {
			assertTrue(Files.size(folder.resolve(name)) > 0, name + " written");
		}
		assertTrue(Files.readString(folder.resolve("campus.html")).contains("data:image/png;base64,"), "the report embeds the diagram");

		Path log = org.eclipse.core.runtime.Platform.getLogFileLocation().toFile().toPath();
		String logged = Files.exists(log) ? Files.readString(log) : "";
		assertFalse(logged.contains("at io.trunkline."), "no exception from Trunkline code was swallowed by the workbench:\n" + logged);
	}

	private static org.eclipse.swt.widgets.Link findBreadcrumb(org.eclipse.swt.widgets.Composite body) {
		for (org.eclipse.swt.widgets.Control child : body.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Link link) {
				return link;
			}
		}
		throw new AssertionError("no breadcrumb above the diagram");
	}

	private static boolean has(IFile file, String rule) {
		try {
			return Bench.anyStartsWith(Bench.markerMessages(file), rule);
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	private static IPropertyDescriptor descriptor(IPropertySource source, String name) {
		for (IPropertyDescriptor descriptor : source.getPropertyDescriptors()) {
			if (descriptor.getDisplayName().equals(name)) {
				return descriptor;
			}
		}
		throw new AssertionError("no property " + name);
	}

	private static Map<String, Rectangle> bounds(DiagramViewer viewer) {
		Map<String, Rectangle> bounds = new HashMap<>();
		viewer.diagram().nodes().forEach(n -> bounds.put(n.id(), n.bounds()));
		return bounds;
	}

}
