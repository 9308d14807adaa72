package io.trunkline.editor;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.printing.PrintDialog;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

import io.trunkline.diagram.export.DiagramImages;
import io.trunkline.editor.wizards.ExportWorksheetsWizard;

/**
 * The editor's commands in the menu bar (a Topology menu), the tool bar and the workbench's
 * global Undo, Redo, Delete and Select All, all acting on the active topology editor.
 */
public final class TopologyEditorContributor extends EditorActionBarContributor {

	private TopologyEditor editor;
	private final Action undo = action("Undo", () -> stack().undo());
	private final Action redo = action("Redo", () -> stack().redo());
	private final Action delete = action("Delete", () -> editor.viewer().deleteSelection());
	private final Action selectAll = action("Select All", () -> editor.viewer().select(
			new java.util.ArrayList<>(editor.viewer().diagram().nodes())));
	private final Action copy = action("Copy", () -> editor.copyPaste().copy());
	private final Action paste = action("Paste", () -> editor.copyPaste().paste());
	private final Action duplicate = action("Duplicate", () -> editor.copyPaste().duplicate());
	private final Action validate = action("Validate", () -> editor.validate());
	private final Action arrange = action("Arrange All (ELK)", () -> editor.arrange());
	private final Action exportWorksheets = action("Export Worksheets…", () -> new WizardDialog(editor.getSite().getShell(),
			new ExportWorksheetsWizard(editor)).open());
	private final Action exportImage = action("Export Diagram Image…", () -> new ImageExport(editor).run());
	private final Action print = action("Print Diagram…", this::print);
	private final Action overview = action("Back to Overview", () -> editor.openScope(null));
	private final Action fit = action("Fit to Window", () -> editor.viewer().fitToWindow());
	private final Action zoomIn = action("Zoom In", () -> editor.viewer().zoomIn());
	private final Action zoomOut = action("Zoom Out", () -> editor.viewer().zoomOut());

	@Override
	public void contributeToMenu(IMenuManager menuBar) {
		MenuManager menu = new MenuManager("&Topology", "io.trunkline.editor.menu");
		menu.add(validate);
		menu.add(arrange);
		menu.add(duplicate);
		menu.add(new Separator());
		menu.add(overview);
		menu.add(fit);
		menu.add(zoomIn);
		menu.add(zoomOut);
		menu.add(new Separator());
		menu.add(exportWorksheets);
		menu.add(exportImage);
		menu.add(print);
		menuBar.insertAfter("edit", menu);
	}

	@Override
	public void contributeToToolBar(IToolBarManager toolBar) {
		toolBar.add(validate);
		toolBar.add(arrange);
		toolBar.add(fit);
		toolBar.add(exportWorksheets);
	}

	@Override
	public void setActiveEditor(IEditorPart part) {
		editor = part instanceof TopologyEditor topologyEditor && topologyEditor.viewer() != null ? topologyEditor : null;
		IActionBars bars = getActionBars();
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), editor == null ? null : undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), editor == null ? null : redo);
		bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), editor == null ? null : delete);
		bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), editor == null ? null : selectAll);
		bars.setGlobalActionHandler(ActionFactory.COPY.getId(), editor == null ? null : copy);
		bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), editor == null ? null : paste);
		bars.updateActionBars();
		update();
	}

	/** Refreshes enablement and the Undo/Redo labels after each command. */
	void update() {
		boolean active = editor != null;
		for (Action action : new Action[] { delete, selectAll, copy, paste, duplicate, validate, arrange, exportWorksheets, exportImage, print, overview, fit, zoomIn, zoomOut }) {
			action.setEnabled(active);
		}
		undo.setEnabled(active && stack().canUndo());
		redo.setEnabled(active && stack().canRedo());
		undo.setText(active && stack().getUndoCommand() != null ? "&Undo " + stack().getUndoCommand().getLabel() : "&Undo");
		redo.setText(active && stack().getRedoCommand() != null ? "&Redo " + stack().getRedoCommand().getLabel() : "&Redo");
	}

	private CommandStack stack() {
		return editor.domain().getCommandStack();
	}

	private void print() {
		PrinterData data = new PrintDialog(editor.getSite().getShell()).open();
		if (data != null) {
			Printer printer = new Printer(data);
			try {
				DiagramImages.print(printer, editor.viewer().diagram(), editor.getPartName());
			} finally {
				printer.dispose();
			}
		}
	}

	private static Action action(String text, Runnable run) {
		return new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
	}
}
