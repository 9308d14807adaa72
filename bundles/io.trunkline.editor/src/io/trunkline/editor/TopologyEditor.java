package io.trunkline.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EventObject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;

import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.diagram.viewer.DiagramViewer;
import io.trunkline.diagram.viewer.Palette;
import io.trunkline.editor.diagram.DiagramHost;
import io.trunkline.editor.diagram.DiagramSync;
import io.trunkline.editor.diagram.LayoutStore;
import io.trunkline.editor.diagram.TopologyDiagrams;
import io.trunkline.editor.diagram.TopologyEditing;
import io.trunkline.editor.outline.TopologyOutlinePage;
import io.trunkline.editor.properties.TopologyPropertySheetPage;
import io.trunkline.editor.resiliency.FailureSimulation;
import io.trunkline.editor.validation.EditorValidation;
import io.trunkline.editor.validation.ValidationMarkers;
import io.trunkline.model.Element;
import io.trunkline.model.Site;
import io.trunkline.model.Topology;
import io.trunkline.model.persistence.TopologyFiles;
import io.trunkline.model.persistence.TopologyLoadException;
import io.trunkline.model.provider.TopologyItemProviderAdapterFactory;
import io.trunkline.planning.TopologySizing;
import io.trunkline.validation.Finding;

/**
 * The editor of a {@code .topology} file: an overview diagram of all sites and a plan per
 * site on the Trunkline canvas, every change an EMF command on one stack (model edits and
 * layout alike), live validation shown as badges on the diagram and markers in the Problems
 * view while the user edits, and sizing in the site badges and the Properties view.
 *
 * <p>A file that cannot be read opens as a page naming the file, line, element and problem;
 * nothing is written back, so the user's file is never rewritten by a failed load.
 */
public final class TopologyEditor extends EditorPart implements DiagramHost, IEditingDomainProvider, IGotoMarker {

	public static final String ID = "io.trunkline.editor.topology";
	/** The key bindings that hold while a topology editor is active (Ctrl+Y redoes, as in every planner's other tools). */
	public static final String CONTEXT_ID = "io.trunkline.editor.context";

	private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory();
	private final SiteNavigation navigation = new SiteNavigation(this);
	private final Arrangement arrangement = new Arrangement(this);
	private final CopyPaste copyPaste = new CopyPaste(this);
	private TopologyEditingDomain domain;
	private Path file;
	private Topology topology;
	private LayoutStore layout;
	private String loadError;
	private EditorValidation validation;
	private TopologySizing sizing;
	private FailureSimulation simulation;
	private DiagramViewer viewer;
	private DiagramSync sync;
	private TopologyOutlinePage outline;
	private final List<TopologyPropertySheetPage> propertyPages = new ArrayList<>();
	private final CommandStackListener stackListener = this::commandStackChanged;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		setSite(site);
		setInputWithNotify(input);
		setPartName(input.getName());
		file = path(input);
		adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new TopologyItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		ResourceSet resources = TopologyFiles.newResourceSet();
		domain = new TopologyEditingDomain(adapterFactory, new BasicCommandStack(), resources);
		// how EMF.Edit's property descriptors find the stack; without it a Properties edit bypasses Undo
		resources.eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
		try {
			topology = TopologyFiles.load(file, resources);
			domain.indexReferences(topology.eResource());
			layout = LayoutStore.load(LayoutStore.fileFor(file));
		} catch (TopologyLoadException broken) {
			loadError = broken.getMessage();
		} catch (IOException unreadable) {
			loadError = file + ": " + unreadable.getMessage();
		}
		if (topology != null) {
			validation = new EditorValidation(topology, input instanceof IFileEditorInput fileInput ? fileInput.getFile() : null);
			validation.onSettingsChanged(this::ruleSettingsChanged);
			simulation = new FailureSimulation(topology);
			domain.getCommandStack().addCommandStackListener(stackListener);
		}
	}

	private static Path path(IEditorInput input) throws PartInitException {
		if (input instanceof IFileEditorInput fileInput && fileInput.getFile().getLocation() != null) {
			return fileInput.getFile().getLocation().toFile().toPath();
		}
		if (input instanceof IURIEditorInput uriInput) {
			return Path.of(uriInput.getURI());
		}
		throw new PartInitException("Trunkline opens .topology files, not " + input.getName());
	}

	@Override
	public void createPartControl(Composite parent) {
		if (topology == null) {
			Label error = new Label(parent, SWT.WRAP);
			error.setText("This topology cannot be opened. Nothing has been changed in the file.\n\n" + loadError);
			return;
		}
		Composite body = new Composite(parent, SWT.NONE);
		GridLayout grid = new GridLayout(1, false);
		grid.marginWidth = grid.marginHeight = 0;
		grid.verticalSpacing = 2;
		body.setLayout(grid);
		navigation.createBreadcrumb(body);
		SashForm sash = new SashForm(body, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer = new DiagramViewer(sash, new TopologyEditing(this));
		sync = new DiagramSync(viewer.diagram(), topology, layout);
		Palette palette = new Palette(sash, viewer);
		sash.setWeights(85, 15);
		getSite().setSelectionProvider(viewer);
		// without the editor input, so the file's IDE entries (Team, Compare With, Replace With) stay off the diagram's menu
		getEditorSite().registerContextMenu(viewer.contextMenu(), viewer, false);
		getSite().getService(IContextService.class).activateContext(CONTEXT_ID);
		viewer.addSelectionChangedListener(e -> updateStatus());
		palette.getControl().setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
		validation.showMarkers();
		simulation.addListener(this::simulationChanged);
		rebuild();
		if (!layout.problems().isEmpty()) {
			MessageDialog.openWarning(getSite().getShell(), "Layout file", String.join("\n", layout.problems()));
		}
	}

	// ---- model and diagram ---------------------------------------------------------------------

	@Override
	public EditingDomain domain() {
		return domain;
	}

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	@Override
	public Topology topology() {
		return topology;
	}

	@Override
	public LayoutStore layout() {
		return layout;
	}

	@Override
	public Site scope() {
		return navigation.scope();
	}

	@Override
	public Shell shell() {
		return getSite().getShell();
	}

	@Override
	public void explain(String refusal) {
		getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(refusal);
	}

	public DiagramViewer viewer() {
		return viewer;
	}

	public Path file() {
		return file;
	}

	/** The element with this id, or null. */
	public Element element(String id) {
		Resource resource = topology == null ? null : topology.eResource();
		return resource != null && resource.getEObject(id) instanceof Element element ? element : null;
	}

	@Override
	public org.eclipse.swt.graphics.Rectangle shownBounds(String elementId) {
		DiagramNode node = viewer.diagram().node(elementId);
		return node == null ? null : node.bounds();
	}

	@Override
	public List<Finding> findings(String elementId) {
		return validation.findings(elementId);
	}

	public List<Finding> findings() {
		return validation == null ? List.of() : validation.findings();
	}

	/** Shows the plan of {@code site}, or the overview for null; a running Arrange All is cancelled. */
	@Override
	public void openScope(Site site) {
		arrangement.cancel();
		navigation.open(site);
	}

	/** Called by the navigation once the scope changed. */
	void showScope() {
		rebuild();
	}

	/** Draws the diagram of the current scope from scratch: on open, on a change of scope and after a full validation. */
	private void rebuild() {
		redraw(() -> sync.rebuild(scope(), validation.byElement(), sizing));
	}

	/** Redraws what the last command touched; returns the model objects it changed. */
	private Set<EObject> update() {
		List<EObject> changed = new ArrayList<>();
		redraw(() -> changed.addAll(sync.update(scope(), validation.byElement(), validation.changedElements(), sizing)));
		return Set.copyOf(changed);
	}

	private void redraw(Runnable drawing) {
		List<Object> selected = ((IStructuredSelection) viewer.getSelection()).toList();
		sizing = validation.sizing();
		drawing.run();
		simulation.paint(viewer.diagram());
		viewer.setSelection(new StructuredSelection(selected));
		navigation.updateBreadcrumb();
		updateStatus();
	}

	/** The live validation of this editor's topology; null when the file could not be opened. */
	public EditorValidation validation() {
		return validation;
	}

	/** How the diagram follows commands; the benchmark switches it to full rebuilds for its reference figures. */
	public DiagramSync diagramSync() {
		return sync;
	}

	/**
	 * After each command (and each undo and redo): validate once, on the finished state, then
	 * redraw and refresh the views. Validation is not run per notification, so a delete cascade
	 * or a paste is never checked half-applied.
	 */
	private void commandStackChanged(EventObject event) {
		validation.flush();
		simulation.modelChanged(); // the simulation follows edits: the same failed elements, on the edited topology
		firePropertyChange(PROP_DIRTY);
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		Set<EObject> changed = update();
		if (outline != null) {
			outline.refresh(changed);
		}
		propertyPages.removeIf(page -> page.getControl() == null || page.getControl().isDisposed());
		propertyPages.forEach(TopologyPropertySheetPage::scheduleRefresh); // computed sizing follows every edit
		Command last = domain.getCommandStack().getMostRecentCommand();
		if (last != null) {
			List<Object> affected = new ArrayList<>();
			for (Object object : last.getAffectedObjects()) {
				if (object instanceof Element element && element.eResource() != null) {
					affected.add(element);
				}
			}
			if (!affected.isEmpty()) {
				viewer.setSelection(new StructuredSelection(affected));
			}
		}
		if (getEditorSite().getActionBarContributor() instanceof TopologyEditorContributor contributor) {
			contributor.update();
		}
	}

	private void updateStatus() {
		if (validation != null) {
			getEditorSite().getActionBars().getStatusLineManager()
					.setMessage(simulation.isActive() ? simulation.summary() + "   |   " + validation.summary() : validation.summary());
		}
	}

	/** A failure simulated or cleared: the diagram's overlays and the status bar follow; the model is untouched. */
	private void simulationChanged() {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			simulation.paint(viewer.diagram());
			updateStatus();
		}
	}

	/** The what-if failures shown on this editor's diagrams; null when the file could not be opened. */
	public FailureSimulation simulation() {
		return simulation;
	}

	// ---- commands offered by the contributor ----------------------------------------------------

	/** The rule settings changed in the preferences: badges and the status bar follow (markers already have). */
	private void ruleSettingsChanged() {
		getSite().getShell().getDisplay().asyncExec(() -> {
			if (viewer != null && !viewer.getControl().isDisposed()) {
				rebuild();
			}
		});
	}

	/** Re-validates everything from scratch (the live result is incremental). */
	public void validate() {
		validation.revalidate();
		rebuild();
	}

	/** Arranges the selection, or the whole diagram, with ELK in a cancellable background job. */
	public void arrange() {
		arrangement.start();
	}

	public CopyPaste copyPaste() {
		return copyPaste;
	}

	/** Selects {@code element} on the diagram, switching to the diagram that shows it. */
	public void reveal(EObject element) {
		navigation.reveal(element);
	}

	@Override
	public void gotoMarker(IMarker marker) {
		Element element = element(marker.getAttribute(ValidationMarkers.ELEMENT_ID, ""));
		if (element != null) {
			reveal(element);
		}
	}

	// ---- saving --------------------------------------------------------------------------------

	/**
	 * Writes the topology and its layout file together. A failed save cancels the monitor, so a
	 * Close ▸ Save that could not save keeps the editor (and the edits) open, and says which of
	 * the two files were written.
	 */
	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			TopologySave.write(file, TopologyFiles.toBytes(topology), LayoutStore.fileFor(file), layout.toBytes(liveIds(topology)));
		} catch (TopologySave.Failure failed) {
			monitor.setCanceled(true);
			MessageDialog.openError(getSite().getShell(), "Save failed", "Could not save " + file + ".\n\n" + failed.getMessage());
			return;
		} catch (IOException unwritable) {
			monitor.setCanceled(true);
			MessageDialog.openError(getSite().getShell(), "Save failed", "Could not save " + file + ": " + unwritable.getMessage()
					+ "\n\nNothing was written; the files on disk are unchanged.");
			return;
		}
		((BasicCommandStack) domain.getCommandStack()).saveIsDone();
		firePropertyChange(PROP_DIRTY);
		if (getEditorInput() instanceof IFileEditorInput fileInput) {
			try {
				fileInput.getFile().getParent().refreshLocal(IResource.DEPTH_ONE, null);
			} catch (CoreException notRefreshed) {
				// the files are saved; the workspace notices them on its next refresh
				ILog.of(TopologyEditor.class).log(notRefreshed.getStatus());
			}
		}
	}

	/** Every element id of {@code topology} and of its PSTN clouds: what a layout file keeps entries for. */
	static Set<String> liveIds(Topology topology) {
		Set<String> ids = new HashSet<>();
		for (var it = topology.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Element element) {
				ids.add(element.getId());
				ids.add(TopologyDiagrams.PSTN_PREFIX + element.getId());
			}
		}
		return ids;
	}

	@Override
	public void doSaveAs() {
		// Save As would split the topology from its layout file; use copy in the Project Explorer instead
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public boolean isDirty() {
		return domain != null && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
	}

	@Override
	public void setFocus() {
		if (viewer != null) {
			viewer.getControl().setFocus();
		}
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IContentOutlinePage.class && viewer != null) {
			if (outline == null) {
				outline = new TopologyOutlinePage(topology, adapterFactory, viewer);
				outline.addSelectionChangedListener(e -> {
					Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
					if (first instanceof EObject element) {
						reveal(element);
					}
				});
			}
			return adapter.cast(outline);
		}
		if (adapter == IPropertySheetPage.class && topology != null) {
			TopologyPropertySheetPage page = new TopologyPropertySheetPage(adapterFactory, () -> sizing);
			propertyPages.add(page);
			return adapter.cast(page);
		}
		if (adapter == IGotoMarker.class || adapter == EditingDomain.class) {
			return adapter.cast(adapter == IGotoMarker.class ? this : domain);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void dispose() {
		arrangement.cancel();
		if (validation != null) {
			simulation.dispose();
			if (sync != null) {
				sync.dispose();
			}
			validation.dispose(isDirty() ? file : null);
			domain.getCommandStack().removeCommandStackListener(stackListener);
		}
		adapterFactory.dispose();
		super.dispose();
	}

	/** The whole diagram on show, as PNG or SVG by the file's extension, at the default scale. */
	public void exportImage(Path target) {
		new ImageExport(this).write(target, ImageExport.Options.DEFAULT);
	}

	/** A PNG of the overview diagram, for the HTML report. */
	public byte[] overviewPng() {
		return overviewPng(null);
	}

	/**
	 * A PNG of the overview drawn as the worst single failure of the N-1 sweep leaves it, for the
	 * Resiliency sheet; null when no single failure costs anything.
	 */
	public byte[] worstFailureOverviewPng() {
		io.trunkline.resiliency.FailureResult worst = simulation.worstSingleFailure();
		return worst == null ? null : overviewPng(worst);
	}

	private byte[] overviewPng(io.trunkline.resiliency.FailureResult tint) {
		io.trunkline.diagram.model.Diagram overview = new io.trunkline.diagram.model.Diagram();
		TopologyDiagrams.build(overview, topology, null, layout, validation.byElement(), sizing);
		FailureSimulation.paint(overview, tint);
		return io.trunkline.diagram.export.DiagramImages.png(viewer.getControl().getDisplay(), overview, List.of(), 1);
	}

	/** The selected model elements, for commands acting on the selection. */
	public Collection<Element> selectedElements() {
		List<Element> selected = new ArrayList<>();
		for (Object object : ((IStructuredSelection) viewer.getSelection()).toList()) {
			if (object instanceof Element element) {
				selected.add(element);
			}
		}
		return selected;
	}
}
