package io.trunkline.editor.resiliency;

import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

import io.trunkline.editor.TopologyEditor;
import io.trunkline.model.Element;

/**
 * The Resiliency view of the active topology editor: while a failure is simulated, every site
 * with its outcome and the reasons for it; always, the N-1 sweep's single points of failure,
 * worst first. A double-click on a row shows its element on the diagram. The view only reads;
 * the simulation lives in the editor ({@link FailureSimulation}).
 */
public final class ResiliencyView extends ViewPart {

	public static final String ID = "io.trunkline.editor.resiliencyView";

	private Label heading;
	private Table sites;
	private Table singlePoints;
	private TopologyEditor editor;
	private final Runnable simulationListener = this::refresh;
	private final Action clear = new Action("Clear Simulation") {
		@Override
		public void run() {
			if (editor != null) {
				editor.simulation().clear();
			}
		}
	};
	private final IPartListener2 editorTracker = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			if (ref.getPart(false) instanceof TopologyEditor active && active.simulation() != null) {
				bind(active);
			}
		}

		@Override
		public void partClosed(IWorkbenchPartReference ref) {
			if (ref.getPart(false) == editor) {
				bind(null);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayout grid = new GridLayout(1, false);
		grid.marginWidth = grid.marginHeight = 2;
		body.setLayout(grid);
		heading = new Label(body, SWT.WRAP);
		heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		SashForm sash = new SashForm(body, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		sites = table(sash, "Site", 110, "Outcome", 80, "Reasons", 760);
		singlePoints = table(sash, "N-1: loss of", 170, "No PSTN", 70, "No registration", 70, "What it costs", 380);
		singlePoints.setToolTipText("The N-1 sweep: each element failed alone. First the single points of failure (users left without PSTN or"
				+ " registration), most users first; then the losses that leave too few ports.");
		sash.setWeights(60, 40);
		sites.addListener(SWT.DefaultSelection, e -> reveal(e.item));
		singlePoints.addListener(SWT.DefaultSelection, e -> reveal(e.item));
		getViewSite().getActionBars().getToolBarManager().add(clear);
		getSite().getPage().addPartListener(editorTracker);
		bind(ActiveTopologyEditor.get() != null ? ActiveTopologyEditor.get()
				: getSite().getPage().getActiveEditor() instanceof TopologyEditor last && last.simulation() != null ? last : null);
	}

	private static Table table(Composite parent, Object... columns) {
		Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (int i = 0; i < columns.length; i += 2) {
			TableColumn column = new TableColumn(table, i == 0 ? SWT.LEFT : SWT.NONE);
			column.setText((String) columns[i]);
			column.setWidth((Integer) columns[i + 1]);
		}
		return table;
	}

	private void bind(TopologyEditor next) {
		if (next == editor) {
			return;
		}
		if (editor != null) {
			editor.simulation().removeListener(simulationListener);
		}
		editor = next;
		if (editor != null) {
			editor.simulation().addListener(simulationListener);
		}
		refresh();
	}

	/** Fills both tables from the bound editor's simulation and sweep. */
	void refresh() {
		if (heading == null || heading.isDisposed()) {
			return;
		}
		sites.removeAll();
		singlePoints.removeAll();
		FailureSimulation simulation = editor == null ? null : editor.simulation();
		clear.setEnabled(simulation != null && simulation.isActive());
		if (simulation == null) {
			heading.setText("Open a topology to see what fails when one element fails.");
		} else {
			heading.setText((simulation.isActive() ? simulation.summary()
					: "No failure simulated: right-click elements on the diagram ▸ Simulate Failure. Right, the N-1 sweep of " + editor.getPartName() + ".")
					+ "\n" + simulation.assumption());
			for (FailureSimulation.Row row : simulation.siteRows()) {
				row(sites, row);
			}
			for (FailureSimulation.Row row : simulation.singlePointRows()) {
				row(singlePoints, row);
			}
		}
		heading.getParent().layout(true, true);
	}

	private static void row(Table table, FailureSimulation.Row row) {
		TableItem item = new TableItem(table, SWT.NONE);
		item.setText(row.cells().toArray(String[]::new));
		item.setData(row.element());
	}

	private void reveal(org.eclipse.swt.widgets.Widget item) {
		if (editor != null && item != null && item.getData() instanceof Element element && element.eResource() != null) {
			editor.getSite().getPage().activate(editor);
			editor.reveal(element);
		}
	}

	/** What the tables show, for the journeys: each row's cells. */
	public List<List<String>> rows(boolean singlePointsTable) {
		Table table = singlePointsTable ? singlePoints : sites;
		List<List<String>> rows = new java.util.ArrayList<>();
		for (TableItem item : table.getItems()) {
			List<String> cells = new java.util.ArrayList<>();
			for (int i = 0; i < table.getColumnCount(); i++) {
				cells.add(item.getText(i));
			}
			rows.add(cells);
		}
		return rows;
	}

	public Table sitesTable() {
		return sites;
	}

	public Table singlePointsTable() {
		return singlePoints;
	}

	@Override
	public void setFocus() {
		sites.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(editorTracker);
		bind(null);
		super.dispose();
	}
}
