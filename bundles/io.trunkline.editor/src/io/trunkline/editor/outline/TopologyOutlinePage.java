package io.trunkline.editor.outline;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.part.Page;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import io.trunkline.diagram.viewer.DiagramOverview;
import io.trunkline.diagram.viewer.DiagramViewer;
import io.trunkline.model.Topology;

/**
 * The Outline view for a topology: the model as a tree (selecting an element selects it on the
 * diagram) above a thumbnail of the current diagram for quick navigation. The sites open on their
 * pools and branches; WAN links and trunks wait in one collapsed row each ({@link OutlineGroup}).
 * The tree is virtual ({@link LazyOutlineContent}): a row gets its label and icon when it is first
 * shown, so neither opening a 5,000-site topology nor expanding its trunks builds thousands of rows
 * nobody has scrolled to.
 */
public final class TopologyOutlinePage extends Page implements IContentOutlinePage {

	/**
	 * Up to this many central sites open showing their pools and branches; with more (a synthetic 5,000-site
	 * topology has 250, 6,000 rows expanded) the list of sites is what a planner scans first, so they stay closed.
	 */
	private static final int EXPANDED_CENTRAL_SITES = 5;

	private final Topology topology;
	private final AdapterFactory adapterFactory;
	private final DiagramViewer diagram;
	private final java.util.List<ISelectionChangedListener> listeners = new java.util.ArrayList<>();
	private SashForm sash;
	private TreeViewer tree;
	private LazyOutlineContent content;

	public TopologyOutlinePage(Topology topology, AdapterFactory adapterFactory, DiagramViewer diagram) {
		this.topology = topology;
		this.adapterFactory = adapterFactory;
		this.diagram = diagram;
	}

	@Override
	public void createControl(Composite parent) {
		sash = new SashForm(parent, SWT.VERTICAL);
		tree = new TreeViewer(sash, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.VIRTUAL);
		tree.setUseHashlookup(true); // refreshing a changed element's row finds it by lookup, not by walking thousands of rows
		ItemProviderLabels labels = new ItemProviderLabels(adapterFactory);
		content = new LazyOutlineContent(labels);
		tree.setContentProvider(content);
		tree.setLabelProvider(labels);
		tree.setInput(topology);
		if (topology.getCentralSites().size() <= EXPANDED_CENTRAL_SITES) {
			tree.setExpandedElements(topology.getCentralSites().toArray());
		}
		NewPlanningElementMenu.install(topology, tree);
		listeners.forEach(tree::addSelectionChangedListener);
		new DiagramOverview(sash, diagram);
		sash.setWeights(3, 1);
	}

	/**
	 * Shows what a command changed: only the rows of {@code changed} objects and what they hold,
	 * since refreshing every expanded row of a 5,000-site tree after each edit takes longer than
	 * the edit; a change of the topology itself (a site, WAN link or trunk added or removed)
	 * refreshes the whole tree.
	 */
	public void refresh(java.util.Collection<? extends org.eclipse.emf.ecore.EObject> changed) {
		if (tree == null || tree.getControl().isDisposed()) {
			return;
		}
		content.forget();
		if (changed.contains(topology)) {
			tree.refresh();
			return;
		}
		for (org.eclipse.emf.ecore.EObject object : changed) {
			if (object.eResource() != null) {
				tree.refresh(object, true);
			}
		}
	}

	public TreeViewer tree() {
		return tree;
	}

	@Override
	public Control getControl() {
		return sash;
	}

	@Override
	public void setFocus() {
		tree.getControl().setFocus();
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		// the workbench and the editor listen before the page's control exists
		listeners.add(listener);
		if (tree != null) {
			tree.addSelectionChangedListener(listener);
		}
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
		if (tree != null) {
			tree.removeSelectionChangedListener(listener);
		}
	}

	@Override
	public ISelection getSelection() {
		return tree == null ? StructuredSelection.EMPTY : tree.getSelection();
	}

	@Override
	public void setSelection(ISelection selection) {
		tree.setSelection(selection, true);
	}
}
