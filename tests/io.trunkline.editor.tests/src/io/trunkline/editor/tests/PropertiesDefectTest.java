package io.trunkline.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.trunkline.editor.TopologyEditor;
import io.trunkline.editor.properties.TopologyPropertySourceProvider;
import io.trunkline.model.CentralSite;
import io.trunkline.model.TrunkPeer;

/**
 * Issue 13, defects 1 and 12: the Properties view's editors open on numbers, typing reaches
 * them, applying a value runs one command (no endless refresh loop), and the Property column
 * tells the sizing rows apart and keeps the width the user gives it.
 */
class PropertiesDefectTest {

	private EditorFixture f;
	private TopologyEditor editor;

	@BeforeEach
	void open() throws Exception {
		f = new EditorFixture();
		IFile file = EditorFixture.smallTopology(EditorFixture.project("properties"), "small.topology");
		editor = f.open(file);
		f.page.showView(IPageLayout.ID_PROP_SHEET);
		f.page.activate(editor);
		Bench.settle();
	}

	@Test
	void aNumberEditorOpensOnTheModelsNumber() {
		CentralSite site = editor.topology().getCentralSites().get(0);
		IPropertySource source = new TopologyPropertySourceProvider(((AdapterFactoryEditingDomain) editor.domain()).getAdapterFactory(), () -> null)
				.getPropertySource(site);
		Shell shell = new Shell(Bench.display());
		try {
			CellEditor users = FrontEndTrunkDefectTest.descriptor(source, "Users").createPropertyEditor(shell);
			users.setValue(site.getUsers()); // what the view does when the editor opens: an Integer
			assertTrue(users.isValueValid(), users.getErrorMessage());
			assertEquals(500, users.getValue());
		} finally {
			shell.dispose();
		}
	}

	@Test
	void applyingAnEditedAddressRunsOneCommand() {
		TrunkPeer gateway = EditorFixture.element(editor, TrunkPeer.class, "GW");
		show(gateway);
		Text text = openCellEditor(row("Address"));
		text.setText("gateway.contoso.com");
		text.notifyListeners(SWT.DefaultSelection, new Event());
		Bench.settle();
		assertEquals("gateway.contoso.com", gateway.getAddress());
		editor.domain().getCommandStack().undo();
		assertEquals("gw.contoso.com", gateway.getAddress());
		assertFalse(editor.domain().getCommandStack().canUndo(), "the edit was one command");
	}

	@Test
	void typingOnARowOpensItsEditorWithWhatWasTyped() {
		CentralSite site = editor.topology().getCentralSites().get(0);
		show(site);
		Tree tree = tree();
		tree.setSelection(row("Users"));
		tree.setFocus();
		Event key = new Event();
		key.character = '7';
		key.keyCode = '7';
		tree.notifyListeners(SWT.KeyDown, key);
		Bench.settle();
		Text text = cellEditorText();
		assertEquals("7", text.getText());
		text.notifyListeners(SWT.DefaultSelection, new Event());
		Bench.settle();
		assertEquals(7, site.getUsers());
	}

	@Test
	void thePropertyColumnTellsTheThreePortsRowsApart() {
		show(editor.topology().getCentralSites().get(0));
		Tree tree = tree();
		TreeItem ruleOfThumb = row("Ports needed (rule of thumb)");
		GC gc = new GC(tree);
		int needed;
		try {
			needed = gc.textExtent(ruleOfThumb.getText(0)).x;
		} finally {
			gc.dispose();
		}
		Rectangle cell = ruleOfThumb.getTextBounds(0);
		assertTrue(cell.x + needed <= tree.getColumn(0).getWidth(),
				"'" + ruleOfThumb.getText(0) + "' needs " + (cell.x + needed) + " px, the column is " + tree.getColumn(0).getWidth());
	}

	@Test
	void thePropertyColumnKeepsTheWidthTheUserGaveIt() throws Exception {
		show(editor.topology().getCentralSites().get(0));
		int opened = tree().getColumn(0).getWidth();
		tree().getColumn(0).setWidth(150); // narrower than it opens, as if dragged
		f.page.hideView(f.page.findView(IPageLayout.ID_PROP_SHEET));
		Bench.settle();
		f.page.showView(IPageLayout.ID_PROP_SHEET);
		f.page.activate(editor);
		show(editor.topology().getCentralSites().get(0));
		int kept = tree().getColumn(0).getWidth();
		tree().getColumn(0).setWidth(opened); // as the user drags it back
		assertEquals(150, kept);
	}

	private void show(Object element) {
		editor.viewer().setSelection(new StructuredSelection(element));
		f.page.activate(editor);
		Bench.settle();
	}

	private Tree tree() {
		PropertySheet view = (PropertySheet) f.page.findView(IPageLayout.ID_PROP_SHEET);
		return (Tree) view.getCurrentPage().getControl();
	}

	/** The property row (not a category of the same name) called {@code name}. */
	private TreeItem row(String name) {
		for (TreeItem top : tree().getItems()) {
			top.setExpanded(true);
			for (TreeItem child : top.getItems()) {
				if (child.getText(0).equals(name)) {
					return child;
				}
			}
			if (top.getText(0).equals(name) && top.getItemCount() == 0) {
				return top;
			}
		}
		throw new AssertionError("no row " + name + " in " + List.of(tree().getItems()));
	}

	/** A click on the row's value, which is how the view opens its editor. */
	private Text openCellEditor(TreeItem row) {
		Rectangle cell = row.getBounds(1);
		Event click = new Event();
		click.button = 1;
		click.x = cell.x + cell.width / 2;
		click.y = cell.y + cell.height / 2;
		tree().notifyListeners(SWT.MouseDown, click);
		Bench.settle();
		return cellEditorText();
	}

	/** The text field the view lays over the row being edited. */
	private Text cellEditorText() {
		for (org.eclipse.swt.widgets.Control child : tree().getChildren()) {
			if (child instanceof Text text && text.isVisible()) {
				return text;
			}
		}
		throw new AssertionError("no cell editor is open");
	}

	/** Its files would leave markers in the Problems view that later tests read. */
	@AfterEach
	void removeProjects() throws Exception {
		EditorFixture.removeProject("properties");
	}
}
