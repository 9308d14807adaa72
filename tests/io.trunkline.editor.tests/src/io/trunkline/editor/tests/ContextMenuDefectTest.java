package io.trunkline.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.trunkline.diagram.model.DiagramElement;
import io.trunkline.editor.TopologyEditor;
import io.trunkline.model.Site;

/** Issue 13, defect 6: a site's context menu offers Delete and no IDE leftovers; Ctrl+Y redoes. */
class ContextMenuDefectTest {

	private EditorFixture f;
	private TopologyEditor editor;

	@BeforeEach
	void open() throws Exception {
		f = new EditorFixture();
		IFile file = EditorFixture.smallTopology(EditorFixture.project("context-menu"), "small.topology");
		editor = f.open(file);
		editor.viewer().select(List.of(EditorFixture.node(editor.viewer(), Site.class, "HQ")));
		Bench.settle();
	}

	@Test
	void aSitesContextMenuOffersDelete() {
		MenuManager menu = new MenuManager();
		List<DiagramElement> selection = editor.viewer().selectedElements();
		editor.viewer().editing().fillContextMenu(menu, selection);
		assertTrue(labels(menu.getItems()).contains("Delete"), labels(menu.getItems()).toString());
	}

	@Test
	void theDiagramsContextMenuHasNoTeamCompareOrReplaceEntries() {
		MenuManager manager = editor.viewer().contextMenu();
		Menu menu = manager.getMenu() != null ? manager.getMenu() : manager.createContextMenu(editor.viewer().getControl());
		menu.notifyListeners(SWT.Show, new Event());
		List<String> shown = new ArrayList<>();
		for (MenuItem item : menu.getItems()) {
			shown.add(item.getText().replace("&", ""));
		}
		menu.notifyListeners(SWT.Hide, new Event());
		assertTrue(shown.contains("Delete"), shown.toString());
		for (String leftover : new String[] { "Team", "Compare With", "Replace With" }) {
			assertFalse(shown.contains(leftover), leftover + " in " + shown);
		}
	}

	@Test
	void ctrlYRedoes() {
		f.page.activate(editor);
		Bench.settle();
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		Binding binding = bindings.getPerfectMatch(KeySequence.getInstance(org.eclipse.jface.bindings.keys.KeyStroke.getInstance(SWT.MOD1, 'Y')));
		assertTrue(binding != null, "Ctrl+Y is bound in the topology editor");
		assertEquals("org.eclipse.ui.edit.redo", binding.getParameterizedCommand().getId());
	}

	private static List<String> labels(IContributionItem[] items) {
		List<String> labels = new ArrayList<>();
		for (IContributionItem item : items) {
			if (item instanceof org.eclipse.jface.action.ActionContributionItem action) {
				labels.add(action.getAction().getText());
			}
		}
		return labels;
	}

	/** Its files would leave markers in the Problems view that later tests read. */
	@AfterEach
	void removeProjects() throws Exception {
		EditorFixture.removeProject("context-menu");
	}
}
