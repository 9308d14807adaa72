package io.trunkline.diagram.viewer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import io.trunkline.diagram.description.DiagramEditing;
import io.trunkline.diagram.description.Tool;
import io.trunkline.diagram.model.Decoration;
import io.trunkline.diagram.model.Diagram;
import io.trunkline.diagram.model.DiagramChange;
import io.trunkline.diagram.model.DiagramContainer;
import io.trunkline.diagram.model.DiagramEdge;
import io.trunkline.diagram.model.DiagramElement;
import io.trunkline.diagram.model.DiagramListener;
import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.diagram.render.DiagramPainter;
import io.trunkline.diagram.render.EdgeLabels;
import io.trunkline.diagram.render.GcSurface;
import io.trunkline.diagram.render.PaintResources;

/**
 * The interactive diagram on an SWT canvas: painting of the visible region only, selection,
 * marquee, move with snapping and guides, resize, connect, reconnect, bend points, direct
 * label edit, zoom, pan, keyboard navigation, tooltips, context menu and drops from the
 * palette. It changes nothing itself: every edit is handed to the client's
 * {@link DiagramEditing}, which runs it as a command and updates the {@link Diagram}.
 *
 * <p>The JFace selection holds the clients' semantic objects (the elements themselves where
 * there is none), so workbench views such as Properties work on domain objects directly.
 */
public final class DiagramViewer implements ISelectionProvider {

	public static final String TOOL_TRANSFER_PREFIX = "trunkline-tool:";
	private static final RGB BACKGROUND = new RGB(255, 255, 255);
	private static final RGB GRID = new RGB(236, 239, 243);

	private final Canvas canvas;
	private final DiagramEditing editing;
	private final PaintResources resources;
	private final DiagramPainter painter = new DiagramPainter();
	private final SpatialIndex index = new SpatialIndex();
	private final LinkedHashSet<DiagramElement> selection = new LinkedHashSet<>();
	private final List<ISelectionChangedListener> selectionListeners = new CopyOnWriteArrayList<>();
	private final List<Consumer<Tool>> toolListeners = new CopyOnWriteArrayList<>();
	private final List<Runnable> viewportListeners = new CopyOnWriteArrayList<>();
	private final MenuManager menu = new MenuManager("#PopupMenu");
	private final KeyboardInput keyboard = new KeyboardInput(this);
	private final MouseInput mouse = new MouseInput(this, keyboard);
	private final Viewport viewport;
	private final SceneCache sceneCache;
	private final DiagramListener diagramListener = new DiagramListener() {
		@Override
		public void appearanceChanged(DiagramElement element) {
			if (element instanceof DiagramEdge edge) {
				labelEdges.add(edge); // its text, and so its plate, may have changed
			}
			if (element instanceof DiagramContainer) {
				titled = null; // a new name may clear or cover others
				sceneCache.invalidate();
			} else {
				sceneCache.invalidate(boundsOf(element));
			}
			canvas.redraw();
		}

		@Override
		public void geometryChanged(DiagramElement element) {
			elementsChanged(Set.of(element));
		}

		@Override
		public void structureChanged(DiagramChange change) {
			if (change.isWhole()) {
				semanticIndex = null;
			} else {
				updateSemanticIndex(change.elements());
			}
			if (selection.removeIf(element -> element.diagram() != diagram)) {
				fireSelectionChanged();
			}
			if (change.isWhole()) {
				contentChanged();
			} else {
				elementsChanged(change.elements());
			}
		}
	};

	private Diagram diagram = new Diagram();
	private Map<Object, DiagramElement> semanticIndex;
	/** The semantic objects more than one element shows. */
	private final Map<Object, Boolean> sharedSemantics = new IdentityHashMap<>();
	/**
	 * Where every edge label of the diagram goes; placed for the whole diagram so a partial
	 * repaint agrees with a full one, and updated for the nodes and edges changed since.
	 */
	private EdgeLabels labels;
	private final Set<DiagramNode> labelNodes = Collections.newSetFromMap(new IdentityHashMap<>());
	private final Set<DiagramEdge> labelEdges = Collections.newSetFromMap(new IdentityHashMap<>());
	/** The containers whose names are drawn, chosen over the whole diagram for the same reason. */
	private Set<DiagramContainer> titled;
	private double titledZoom;
	private Tool activeTool = new Tool.Select();
	private boolean snapping = true;
	private int gridSize = 10;
	private int antialiasLimit = 400;
	private double sceneCacheZoom = DiagramPainter.DETAIL_ZOOM;
	private LabelEditor labelEditor;

	public DiagramViewer(Composite parent, DiagramEditing editing) {
		this.editing = editing;
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		resources = new PaintResources(canvas.getDisplay());
		viewport = new Viewport(canvas, () -> diagram.extent(), this::viewportChanged);
		sceneCache = new SceneCache(canvas, viewport, (gc, area, zoom) -> paintScene(gc, area, zoom, Set.of(), null), resources.colour(BACKGROUND));
		canvas.addPaintListener(e -> paint(e.gc, new Rectangle(e.x, e.y, e.width, e.height)));
		canvas.addListener(SWT.MouseDown, mouse::down);
		canvas.addListener(SWT.MouseMove, mouse::move);
		canvas.addListener(SWT.MouseUp, mouse::up);
		canvas.addListener(SWT.MouseDoubleClick, mouse::doubleClick);
		canvas.addListener(SWT.MouseWheel, mouse::wheel);
		canvas.addListener(SWT.MouseHover, mouse::hover);
		canvas.addListener(SWT.KeyDown, keyboard::keyDown);
		canvas.addListener(SWT.KeyUp, keyboard::keyUp);
		canvas.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
				e.doit = false; // Tab walks through the diagram's elements, see keyDown
			}
		});
		canvas.addListener(SWT.Dispose, e -> {
			diagram.removeListener(diagramListener);
			sceneCache.dispose();
			resources.dispose();
			menu.dispose();
		});
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(manager -> ViewerMenu.fill(this, manager));
		canvas.setMenu(menu.createContextMenu(canvas));
		DropTarget drop = new DropTarget(canvas, DND.DROP_COPY | DND.DROP_MOVE);
		drop.setTransfer(new Transfer[] { TextTransfer.getInstance() });
		drop.addDropListener(new DropTargetAdapter() {
			@Override
			public void dragEnter(DropTargetEvent event) {
				event.detail = DND.DROP_COPY;
			}

			@Override
			public void drop(DropTargetEvent event) {
				if (event.data instanceof String text && text.startsWith(TOOL_TRANSFER_PREFIX)) {
					Point control = canvas.toControl(event.x, event.y);
					dropTool(text.substring(TOOL_TRANSFER_PREFIX.length()), toDiagram(control.x, control.y));
				}
			}
		});
		diagram.addListener(diagramListener);
	}

	// ---- content ---------------------------------------------------------------------------

	public Control getControl() {
		return canvas;
	}

	public Diagram diagram() {
		return diagram;
	}

	public DiagramEditing editing() {
		return editing;
	}

	public void setDiagram(Diagram newDiagram) {
		diagram.removeListener(diagramListener);
		diagram = newDiagram;
		diagram.addListener(diagramListener);
		selection.clear();
		semanticIndex = null;
		fireSelectionChanged();
		contentChanged();
	}

	/** The menu shown on right click; clients register it with their workbench site. */
	public MenuManager contextMenu() {
		return menu;
	}

	private void contentChanged() {
		index.invalidate();
		labels = null;
		labelNodes.clear();
		labelEdges.clear();
		sceneChanged();
	}

	/** Elements added, removed, moved or restyled: the index and the labels catch up with them at the next paint. */
	private void elementsChanged(Set<DiagramElement> elements) {
		index.changed(elements);
		if (labels != null) {
			for (DiagramElement element : elements) {
				if (element instanceof DiagramNode node) {
					labelNodes.add(node);
				} else {
					labelEdges.add((DiagramEdge) element);
				}
			}
		}
		sceneChanged();
	}

	private void sceneChanged() {
		titled = null;
		sceneCache.invalidate();
		viewport.updateScrollBars();
		canvas.redraw();
		fireViewportChanged();
	}

	// ---- tools -----------------------------------------------------------------------------

	public Tool activeTool() {
		return activeTool;
	}

	public void setActiveTool(Tool tool) {
		activeTool = tool;
		mouse.cancel();
		canvas.setCursor(canvas.getDisplay().getSystemCursor(tool instanceof Tool.Select ? SWT.CURSOR_ARROW : SWT.CURSOR_CROSS));
		toolListeners.forEach(listener -> listener.accept(tool));
		canvas.redraw();
	}

	public void addToolListener(Consumer<Tool> listener) {
		toolListeners.add(listener);
	}

	public boolean isSnapping() {
		return snapping;
	}

	public void setSnapping(boolean snapping) {
		this.snapping = snapping;
	}

	public int gridSize() {
		return gridSize;
	}

	public void setGridSize(int gridSize) {
		this.gridSize = Math.max(1, gridSize);
		sceneCache.invalidate();
		canvas.redraw();
	}

	/** Above this many visible elements shapes are drawn without anti-aliasing to keep panning fluid. */
	public void setAntialiasLimit(int elements) {
		antialiasLimit = elements;
	}

	/**
	 * Below this zoom the diagram is painted from a bitmap of the scene, refreshed between events
	 * after a change (see {@link SceneCache}), with the selection and gesture feedback drawn over
	 * it; 0 paints everything directly at every zoom. At most {@link DiagramPainter#DETAIL_ZOOM}:
	 * above it edge labels are placed over the whole diagram and shapes may be anti-aliased,
	 * which a picture painted in bands would not reproduce.
	 */
	public void setSceneCacheZoom(double zoom) {
		sceneCacheZoom = Math.min(zoom, DiagramPainter.DETAIL_ZOOM);
		sceneCache.dispose();
		canvas.redraw();
	}

	/** Whether the zoomed-out bitmap shows the diagram as it is now, over the whole view, at the view's zoom. */
	public boolean isSceneCacheCurrent() {
		return sceneCache.isCurrent();
	}

	// ---- viewport ----------------------------------------------------------------------------

	/** Zoom, scroll position and coordinate conversion of this viewer. */
	public Viewport viewport() {
		return viewport;
	}

	public double zoom() {
		return viewport.zoom();
	}

	/** Sets the zoom, keeping the diagram point under {@code screenAnchor} where it is. */
	public void setZoom(double newZoom, Point screenAnchor) {
		viewport.setZoom(newZoom, screenAnchor);
	}

	public void zoomIn() {
		setZoom(zoom() * 1.25, null);
	}

	public void zoomOut() {
		setZoom(zoom() / 1.25, null);
	}

	public void fitToWindow() {
		viewport.fit(diagram.extent(), 1);
	}

	public void zoomToSelection() {
		Rectangle area = null;
		for (DiagramElement element : selection) {
			Rectangle box = boundsOf(element);
			area = area == null ? box : area.union(box);
		}
		if (area != null) {
			viewport.fit(area, 2);
		}
	}

	/** Scrolls so that the element is in view, centring it if it was not. */
	public void reveal(DiagramElement element) {
		viewport.reveal(boundsOf(element));
	}

	/** Puts diagram point (x, y) at the top-left corner of the view. */
	public void scrollTo(double x, double y) {
		viewport.scrollTo(x, y);
	}

	/** The part of the diagram currently on screen, in diagram coordinates. */
	public Rectangle visibleArea() {
		return viewport.visibleArea();
	}

	public void addViewportListener(Runnable listener) {
		viewportListeners.add(listener);
	}

	public void removeViewportListener(Runnable listener) {
		viewportListeners.remove(listener);
	}

	public Point toDiagram(int screenX, int screenY) {
		return viewport.toDiagram(screenX, screenY);
	}

	public Point toScreen(int diagramX, int diagramY) {
		return viewport.toScreen(diagramX, diagramY);
	}

	private void viewportChanged() {
		canvas.redraw();
		fireViewportChanged();
	}

	private void fireViewportChanged() {
		viewportListeners.forEach(Runnable::run);
	}

	// ---- painting --------------------------------------------------------------------------

	private void paint(GC gc, Rectangle clip) {
		double zoom = viewport.zoom();
		gc.setAdvanced(true);
		boolean cached = false;
		if (zoom < sceneCacheZoom) {
			cached = sceneCache.draw(gc, clip);
		} else {
			sceneCache.dispose(); // zoomed in: the bitmap's memory is better free
		}
		Transform transform = new Transform(canvas.getDisplay());
		try {
			viewport.applyTo(transform);
			gc.setTransform(transform);
			if (cached) {
				gc.setAntialias(SWT.OFF);
				painter.paintSelectionOver(new GcSurface(gc, resources, zoom), selection, primary(), zoom);
			} else {
				paintScene(gc, viewport.toDiagram(clip), zoom, selection, primary());
			}
			mouse.paintFeedback(new GcSurface(gc, resources, zoom), zoom);
		} finally {
			gc.setTransform(null);
			transform.dispose();
		}
	}

	/** Background, grid and every element drawing into {@code area}, on a GC whose transform maps diagram coordinates. */
	private void paintScene(GC gc, Rectangle area, double zoom, Set<DiagramElement> selected, DiagramElement primary) {
		gc.setBackground(resources.colour(BACKGROUND));
		gc.fillRectangle(area);
		List<DiagramNode> nodes = new ArrayList<>();
		List<DiagramEdge> edges = new ArrayList<>();
		for (DiagramElement element : index.query(diagram, DiagramPainter.reachingInto(area, zoom))) {
			if (element instanceof DiagramNode node) {
				nodes.add(node);
			} else {
				edges.add((DiagramEdge) element);
			}
		}
		gc.setAdvanced(true);
		gc.setAntialias(nodes.size() + edges.size() <= antialiasLimit && zoom >= DiagramPainter.DETAIL_ZOOM ? SWT.ON : SWT.OFF);
		gc.setTextAntialias(SWT.ON);
		paintGrid(gc, area);
		GcSurface surface = new GcSurface(gc, resources, zoom);
		Map<DiagramEdge, Rectangle> plates = zoom >= DiagramPainter.DETAIL_ZOOM ? labelPlatesIn(surface, area) : Map.of();
		painter.paint(surface, nodes, edges, plates, titledAt(surface, zoom), selected, primary, zoom);
	}

	private Set<DiagramContainer> titledAt(GcSurface surface, double zoom) {
		if (!DiagramPainter.enlargesTitles(zoom)) {
			return Set.of(); // every name is drawn in its title bar: choosing among 5,000 sites after each edit would be wasted
		}
		if (titled == null || zoom != titledZoom) {
			titledZoom = zoom;
			titled = DiagramPainter.titled(surface, diagram.nodes(), zoom);
		}
		return titled;
	}

	private Map<DiagramEdge, Rectangle> labelPlatesIn(GcSurface surface, Rectangle area) {
		return placedLabels(surface).platesIn(area);
	}

	/** Where every edge label of the diagram goes at this zoom, as painting places them (when zoomed in far enough to draw them). */
	public Map<DiagramEdge, Rectangle> edgeLabelPlates() {
		GC gc = new GC(canvas);
		try {
			return placedLabels(new GcSurface(gc, resources, viewport.zoom())).plates();
		} finally {
			gc.dispose();
		}
	}

	private EdgeLabels placedLabels(GcSurface surface) {
		int size = EdgeLabels.size(viewport.zoom());
		if (labels == null || size != labels.size()) {
			labels = new EdgeLabels(size);
			labels.update(surface, diagram.nodes(), diagram.edges());
		} else if (!labelNodes.isEmpty() || !labelEdges.isEmpty()) {
			for (DiagramNode node : labelNodes) {
				if (node.diagram() == diagram) {
					labelEdges.addAll(edgesEndingAt(node)); // routes that start or end at a node that changed
				}
			}
			labels.update(surface, labelNodes, labelEdges);
		}
		labelNodes.clear();
		labelEdges.clear();
		return labels;
	}

	/**
	 * The edges whose drawn route starts or ends at {@code node}: its own, and while it is a
	 * collapsed container also those of the nodes hidden inside it.
	 */
	static List<DiagramEdge> edgesEndingAt(DiagramNode node) {
		Diagram diagram = node.diagram();
		if (!(node instanceof DiagramContainer container && container.isCollapsed())) {
			return diagram.edgesAt(node);
		}
		List<DiagramEdge> edges = new ArrayList<>(diagram.edgesAt(node));
		for (DiagramNode inside : container.descendants()) {
			edges.addAll(diagram.edgesAt(inside));
		}
		return edges;
	}

	private void paintGrid(GC gc, Rectangle area) {
		int step = gridSize * 5;
		if (step * viewport.zoom() < 12) {
			return;
		}
		gc.setForeground(resources.colour(GRID));
		gc.setLineWidth(0);
		for (int x = Math.floorDiv(area.x, step) * step; x <= area.x + area.width; x += step) {
			gc.drawLine(x, area.y, x, area.y + area.height);
		}
		for (int y = Math.floorDiv(area.y, step) * step; y <= area.y + area.height; y += step) {
			gc.drawLine(area.x, y, area.x + area.width, y);
		}
	}

	// ---- hit testing -----------------------------------------------------------------------

	/** The element drawn at a diagram point: plain nodes first, then edges, then the deepest container. */
	public DiagramElement elementAt(Point p) {
		double tolerance = 5 / viewport.zoom();
		DiagramNode leaf = null;
		DiagramEdge edge = null;
		DiagramContainer container = null;
		double edgeDistance = tolerance;
		for (DiagramElement element : index.query(diagram, new Rectangle(p.x - 6, p.y - 6, 12, 12))) {
			if (element instanceof DiagramContainer c) {
				if (c.visibleBounds().contains(p) && (container == null || c.isInside(container))) {
					container = c;
				}
			} else if (element instanceof DiagramNode node) {
				if (node.bounds().contains(p)) {
					leaf = node;
				}
			} else if (element instanceof DiagramEdge e) {
				double distance = io.trunkline.diagram.render.EdgeRoute.distance(index.route(e), p.x, p.y);
				if (distance <= edgeDistance) {
					edgeDistance = distance;
					edge = e;
				}
			}
		}
		if (leaf != null && (container == null || leaf.isInside(container) || !container.isInside(leaf))) {
			return leaf;
		}
		return edge != null ? edge : container;
	}

	/** The node (plain or container) at a diagram point, for connecting and dropping. */
	public DiagramNode nodeAt(Point p) {
		DiagramElement element = elementAt(p);
		if (element instanceof DiagramNode node) {
			return node;
		}
		DiagramContainer deepest = null;
		for (DiagramElement candidate : index.query(diagram, new Rectangle(p.x, p.y, 1, 1))) {
			if (candidate instanceof DiagramContainer c && c.visibleBounds().contains(p) && (deepest == null || c.isInside(deepest))) {
				deepest = c;
			}
		}
		return deepest;
	}

	DiagramContainer containerAt(Point p) {
		DiagramNode node = nodeAt(p);
		while (node != null && !(node instanceof DiagramContainer)) {
			node = node.parent();
		}
		return (DiagramContainer) node;
	}

	/** The elements drawn into {@code area}, cell by cell of the canvas's index (see {@link SpatialIndex}). */
	public Collection<DiagramElement> elementsIn(Rectangle area) {
		return index.query(diagram, area);
	}

	List<DiagramNode> nodesNear(Rectangle area, int reach) {
		List<DiagramNode> near = new ArrayList<>();
		for (DiagramElement element : index.query(diagram, new Rectangle(area.x - reach, area.y - reach, area.width + 2 * reach, area.height + 2 * reach))) {
			if (element instanceof DiagramNode node) {
				near.add(node);
			}
		}
		return near;
	}

	Rectangle boundsOf(DiagramElement element) {
		if (element instanceof DiagramContainer container) {
			return container.visibleBounds();
		}
		if (element instanceof DiagramNode node) {
			return node.bounds();
		}
		return io.trunkline.diagram.render.EdgeRoute.bounds(io.trunkline.diagram.render.EdgeRoute.points((DiagramEdge) element));
	}

	// ---- selection -------------------------------------------------------------------------

	public List<DiagramElement> selectedElements() {
		return List.copyOf(selection);
	}

	/** The element acted on by single-element commands: the last one selected. */
	public DiagramElement primary() {
		DiagramElement last = null;
		for (DiagramElement element : selection) {
			last = element;
		}
		return last;
	}

	public void select(List<? extends DiagramElement> elements) {
		if (selection.size() == elements.size() && selection.containsAll(elements) && List.copyOf(selection).equals(elements)) {
			return;
		}
		selection.clear();
		selection.addAll(elements);
		canvas.redraw();
		fireSelectionChanged();
	}

	@Override
	public ISelection getSelection() {
		List<Object> objects = new ArrayList<>();
		for (DiagramElement element : selection) {
			objects.add(element.semantic() != null ? element.semantic() : element);
		}
		return new StructuredSelection(objects);
	}

	@Override
	public void setSelection(ISelection newSelection) {
		List<DiagramElement> elements = new ArrayList<>();
		if (newSelection instanceof IStructuredSelection structured) {
			for (Object object : structured.toList()) {
				DiagramElement element = object instanceof DiagramElement e ? e : semanticIndex().get(object);
				if (element != null) {
					elements.add(element);
				}
			}
		}
		select(elements);
		if (!elements.isEmpty()) {
			reveal(elements.get(elements.size() - 1));
		}
	}

	/** The diagram element showing {@code semantic}, or null if it is not on this diagram. */
	public DiagramElement elementFor(Object semantic) {
		return semanticIndex().get(semantic);
	}

	private Map<Object, DiagramElement> semanticIndex() {
		if (semanticIndex == null) {
			semanticIndex = new IdentityHashMap<>();
			sharedSemantics.clear();
			for (DiagramNode node : diagram.nodes()) {
				index(node);
			}
			for (DiagramEdge edge : diagram.edges()) {
				index(edge);
			}
		}
		return semanticIndex;
	}

	/** Maps the element's semantic object to it unless an element before it shows the same object. */
	private void index(DiagramElement element) {
		if (element.semantic() != null && semanticIndex.putIfAbsent(element.semantic(), element) != null) {
			sharedSemantics.put(element.semantic(), Boolean.TRUE);
		}
	}

	/**
	 * Follows elements added and removed. An object shown by more than one element is mapped to
	 * the first in the diagram's order; when such an object is involved the index is built again.
	 */
	private void updateSemanticIndex(Set<DiagramElement> changed) {
		if (semanticIndex == null) {
			return;
		}
		for (DiagramElement element : changed) {
			Object semantic = element.semantic();
			if (semantic != null && element.diagram() != diagram && semanticIndex.get(semantic) == element) {
				semanticIndex.remove(semantic);
				if (sharedSemantics.containsKey(semantic)) {
					semanticIndex = null;
					return;
				}
			}
		}
		for (DiagramElement element : changed) {
			if (element.semantic() != null && element.diagram() == diagram && semanticIndex.putIfAbsent(element.semantic(), element) != null
					&& semanticIndex.get(element.semantic()) != element) {
				semanticIndex = null;
				return;
			}
		}
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		selectionListeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		selectionListeners.remove(listener);
	}

	private void fireSelectionChanged() {
		SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
		selectionListeners.forEach(listener -> listener.selectionChanged(event));
	}

	/** Commits an open label editor before another gesture starts. */
	void commitLabelEditor() {
		if (labelEditor != null) {
			labelEditor.commit();
		}
	}

	/** {@code p} on the grid, unless snapping is off or Alt is held. */
	Point snap(Point p, int stateMask) {
		if (!snapping || (stateMask & SWT.ALT) != 0 || gridSize <= 1) {
			return p;
		}
		return new Point(Math.round((float) p.x / gridSize) * gridSize, Math.round((float) p.y / gridSize) * gridSize);
	}

	/** The label followed by every decoration message, most serious first. */
	public static String tooltip(DiagramElement element) {
		StringBuilder text = new StringBuilder(element.label());
		element.decorations().stream()
				.sorted((a, b) -> b.severity().compareTo(a.severity()))
				.forEach((Decoration d) -> text.append('\n').append(d.severity()).append(": ").append(d.message()));
		return text.toString();
	}

	// ---- keyboard ----------------------------------------------------------------------------

	/** Selects every visible node and every edge. */
	public void selectAll() {
		List<DiagramElement> all = new ArrayList<>();
		for (DiagramNode node : diagram.nodes()) {
			if (!node.isHidden()) {
				all.add(node);
			}
		}
		all.addAll(diagram.edges());
		select(all);
	}

	/** Escape: drops the gesture in progress, else the armed tool, else the selection. */
	void escape() {
		if (mouse.cancel()) {
			canvas.redraw();
		} else if (!(activeTool instanceof Tool.Select)) {
			setActiveTool(new Tool.Select());
		} else {
			select(List.of());
		}
		canvas.redraw();
	}

	public void deleteSelection() {
		List<DiagramElement> doomed = selectedElements();
		if (!doomed.isEmpty() && editing.canDelete(doomed)) {
			editing.delete(doomed);
		}
	}

	// ---- direct edit -------------------------------------------------------------------------

	/** Opens the in-place label editor on {@code element} if the client allows it. */
	public void editLabel(DiagramElement element) {
		if (!editing.canEditLabel(element)) {
			return;
		}
		reveal(element);
		Rectangle box = boundsOf(element);
		Point topLeft = toScreen(box.x, box.y);
		double zoom = viewport.zoom();
		Rectangle area = new Rectangle(topLeft.x, topLeft.y, (int) (box.width * zoom), (int) (Math.min(box.height, 40) * zoom));
		if (element instanceof DiagramContainer) {
			area.height = (int) (DiagramContainer.TITLE_HEIGHT * zoom);
		}
		labelEditor = new LabelEditor(this, canvas, element, area);
	}

	/** The open label editor's text field, or null; for tests and for clients that need focus. */
	public org.eclipse.swt.widgets.Text labelEditorText() {
		return labelEditor == null ? null : labelEditor.text();
	}

	void labelEditorClosed(LabelEditor editor) {
		if (labelEditor == editor) {
			labelEditor = null;
			if (!canvas.isDisposed()) {
				canvas.setFocus();
			}
		}
	}

	// ---- palette drops and menu ------------------------------------------------------------

	private void dropTool(String toolId, Point p) {
		for (var group : editing.palette()) {
			for (Tool tool : group.tools()) {
				if (tool.id().equals(toolId) && tool instanceof Tool.CreateNode create) {
					DiagramContainer container = containerAt(p);
					if (editing.canCreate(create, container)) {
						editing.create(create, container, snap(p, 0));
					}
					return;
				}
			}
		}
	}
}
