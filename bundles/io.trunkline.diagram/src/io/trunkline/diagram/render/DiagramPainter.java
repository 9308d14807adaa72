package io.trunkline.diagram.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;

import io.trunkline.diagram.model.DiagramContainer;
import io.trunkline.diagram.model.DiagramEdge;
import io.trunkline.diagram.model.DiagramElement;
import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.diagram.model.NodeShape;
import io.trunkline.diagram.model.NodeStyle;
import io.trunkline.diagram.model.Overlay;
import io.trunkline.diagram.model.Severity;

/**
 * Draws nodes, containers, edges, decorations and selection onto a {@link Surface}. Order:
 * containers outside-in, then edges, then plain nodes, edge labels, decorations and last the
 * selection handles, so nothing covers a handle. Container titles are drawn at a minimum size
 * on screen at every zoom, so a zoomed-out diagram still names its sites (as many as have room
 * for their names without covering another's, see {@link #titled}); node labels too, as
 * long as they fit their box, and edge labels. Below {@link #DETAIL_ZOOM} icons, badges and edge
 * labels are left out: at that size they are unreadable and cost most of the paint time.
 */
public final class DiagramPainter {

	public static final double DETAIL_ZOOM = 0.45;
	public static final int HANDLE_SIZE = 7;
	public static final RGB SELECTION = new RGB(0, 112, 204);
	static final RGB TEXT = new RGB(33, 37, 41);
	static final RGB MUTED_TEXT = new RGB(84, 92, 102);
	static final RGB CONTAINER_BODY = new RGB(252, 253, 254);
	static final RGB WHITE = new RGB(255, 255, 255);
	private static final int LABEL_SIZE = 9;
	private static final int BADGE_SIZE = 8;
	private static final int ICON = 24;
	/** Smallest size (points on screen) a container title is drawn at, whatever the zoom. */
	private static final int MIN_TITLE_POINTS = 8;
	/** Smallest size (points on screen) a node label is drawn at; smaller would be unreadable. */
	private static final int MIN_LABEL_POINTS = 7;
	/** Screen pixels a zoomed-out container's name may take, even beyond the container. */
	private static final int MIN_TITLE_ROOM = 120;
	/** Screen pixels a problem badge may stand right of a narrow node (its clearance, 6.5, and its size, 15). */
	private static final int REACH_ACROSS = 24;
	/** Screen pixels a zoomed-out title plate or a badge may stand above or below its element's box. */
	private static final int REACH_UP_DOWN = 16;
	/** Fewest letters of a shortened node label worth drawing. */
	private static final int MIN_LETTERS = 3;

	public void paint(Surface surface, Collection<DiagramNode> nodes, Collection<DiagramEdge> edges,
			Set<DiagramElement> selection, DiagramElement primary, double zoom) {
		paint(surface, nodes, edges, zoom >= DETAIL_ZOOM ? EdgeLabels.place(surface, nodes, edges, EdgeLabels.size(zoom)) : Map.of(),
				titled(surface, nodes, zoom), selection, primary, zoom);
	}

	/**
	 * Paints with edge labels already placed (see {@link EdgeLabels}, at the size for
	 * {@code zoom}) and the zoomed-out containers that show their names chosen (see
	 * {@link #titled}), for a caller that paints part of a diagram and keeps the placement of the whole.
	 * {@code titled} is read only at a zoom that {@linkplain #enlargesTitles enlarges names}.
	 */
	public void paint(Surface surface, Collection<DiagramNode> nodes, Collection<DiagramEdge> edges, Map<DiagramEdge, Rectangle> labelPlates,
			Set<DiagramContainer> titled, Set<DiagramElement> selection, DiagramElement primary, double zoom) {
		boolean detail = zoom >= DETAIL_ZOOM;
		List<DiagramContainer> containers = new ArrayList<>();
		List<DiagramNode> leaves = new ArrayList<>();
		for (DiagramNode node : nodes) {
			if (node instanceof DiagramContainer container) {
				containers.add(container);
			} else {
				leaves.add(node);
			}
		}
		containers.sort(Comparator.comparingInt(DiagramPainter::depth));
		for (DiagramContainer container : containers) {
			paintContainer(surface, container, zoom);
			OverlayPainter.washBody(surface, container.overlay(), container.visibleBounds(), zoom);
		}
		for (DiagramEdge edge : edges) {
			paintEdge(surface, edge, selection.contains(edge));
		}
		for (DiagramNode node : leaves) {
			paintNode(surface, node, zoom);
		}
		if (detail) {
			// labels last among the shapes, so no node covers the text of an edge passing under it
			labelPlates.forEach((edge, plate) -> paintEdgeLabel(surface, edge, plate, EdgeLabels.size(zoom)));
		}
		for (DiagramNode node : nodes) {
			paintDecoration(surface, node, decorationSpot(node, zoom), zoom);
			if (detail && node.isPinned()) {
				paintPin(surface, node.bounds());
			}
		}
		for (DiagramEdge edge : edges) {
			if (edge.worstSeverity() != null) {
				Point middle = EdgeRoute.midpoint(EdgeRoute.points(edge));
				paintDecoration(surface, edge, new Point(middle.x - 14, middle.y - 14), zoom);
			}
		}
		for (DiagramNode node : nodes) {
			OverlayPainter.mark(surface, node.overlay(), node instanceof DiagramContainer c ? c.visibleBounds() : node.bounds(), node instanceof DiagramContainer, zoom);
		}
		for (DiagramEdge edge : edges) {
			OverlayPainter.mark(surface, edge.overlay(), EdgeRoute.midpoint(EdgeRoute.points(edge)), zoom);
		}
		if (enlargesTitles(zoom)) {
			// taller than their title bars now, so above the nodes and badges they reach over
			for (DiagramContainer container : containers) {
				if (titled.contains(container)) {
					paintEnlargedTitle(surface, container, container.visibleBounds(), readableSize(LABEL_SIZE, MIN_TITLE_POINTS, zoom), zoom);
				}
			}
		}
		for (DiagramElement element : selection) {
			paintSelection(surface, element, element == primary, zoom);
		}
	}

	/**
	 * The selection alone, over a picture of the scene painted without it (the zoomed-out
	 * bitmap): selected edges in the selection colour, then every handle. A selected edge comes
	 * out over the nodes it passes under, which at that size reads the same.
	 */
	public void paintSelectionOver(Surface surface, Set<DiagramElement> selection, DiagramElement primary, double zoom) {
		List<DiagramElement> shown = new ArrayList<>();
		for (DiagramElement element : selection) {
			if (element instanceof DiagramNode node ? !node.isHidden()
					: ((DiagramEdge) element).source().visibleRepresentative() != ((DiagramEdge) element).target().visibleRepresentative()) {
				shown.add(element);
			}
		}
		for (DiagramElement element : shown) {
			if (element instanceof DiagramEdge edge) {
				paintEdge(surface, edge, true);
			}
		}
		for (DiagramElement element : shown) {
			paintSelection(surface, element, element == primary, zoom);
		}
	}

	/**
	 * The diagram area whose elements may draw into {@code area}: a zoomed-out site's name runs
	 * up to {@link #MIN_TITLE_ROOM} screen pixels right of the site's left edge and its plate and
	 * problem badges stand a little above and below, so a painter of part of the picture asks
	 * for the elements of this larger area and every part agrees with the whole.
	 */
	public static Rectangle reachingInto(Rectangle area, double zoom) {
		int left = titleReach(zoom), across = reach(REACH_ACROSS, zoom), upDown = reach(REACH_UP_DOWN, zoom);
		return new Rectangle(area.x - left - across, area.y - upDown, area.width + left + 2 * across, area.height + 2 * upDown);
	}

	/** Where an element with {@code box} may draw at {@code zoom}: the mirror of {@link #reachingInto}. */
	public static Rectangle paintedExtent(Rectangle box, double zoom) {
		int right = titleReach(zoom), across = reach(REACH_ACROSS, zoom), upDown = reach(REACH_UP_DOWN, zoom);
		return new Rectangle(box.x - across, box.y - upDown, box.width + right + 2 * across, box.height + 2 * upDown);
	}

	private static int titleReach(double zoom) {
		return enlargesTitles(zoom) ? (int) Math.ceil(MIN_TITLE_ROOM / zoom) : 0;
	}

	private static int reach(int pixels, double zoom) {
		return (int) Math.ceil(pixels / Math.min(zoom, 1));
	}

	private void paintContainer(Surface s, DiagramContainer container, double zoom) {
		Rectangle box = container.visibleBounds();
		NodeStyle style = container.style();
		s.setLineWidth(1);
		s.setLineDash(false);
		s.setBackground(CONTAINER_BODY);
		s.fillRectangle(box, 10);
		Rectangle titleBar = new Rectangle(box.x, box.y, box.width, DiagramContainer.TITLE_HEIGHT);
		s.setBackground(style.fill());
		s.fillRectangle(titleBar, 10);
		if (!container.isCollapsed()) {
			// square off the bottom corners of the title bar where it meets the body
			s.fillRectangle(new Rectangle(box.x, box.y + DiagramContainer.TITLE_HEIGHT - 10, box.width, 10), 0);
		}
		s.setForeground(style.border());
		s.drawRectangle(box, 10);
		if (!container.isCollapsed()) {
			s.drawPolyline(new int[] { box.x, box.y + DiagramContainer.TITLE_HEIGHT, box.x + box.width, box.y + DiagramContainer.TITLE_HEIGHT });
		}
		if (enlargesTitles(zoom)) {
			return; // drawn on top of everything, see paint
		}
		int x = box.x + 6;
		if (container.icon() != null) {
			s.drawIcon(container.icon(), new Rectangle(x, box.y + 5, 16, 16));
			x += 20;
		}
		int toggle = box.x + box.width - 18;
		s.setForeground(TEXT);
		String title = fit(s, container.label(), toggle - x - 4, LABEL_SIZE, true);
		s.drawText(title, x, box.y + 6, LABEL_SIZE, true);
		int badgeX = x + s.textExtent(title, LABEL_SIZE, true).x + 10;
		s.setForeground(MUTED_TEXT);
		for (String badge : container.badges()) {
			String shown = fit(s, badge, toggle - badgeX - 4, BADGE_SIZE, false);
			if (shown.isEmpty()) {
				break;
			}
			s.drawText(shown, badgeX, box.y + 7, BADGE_SIZE, false);
			badgeX += s.textExtent(shown, BADGE_SIZE, false).x + 10;
		}
		s.setBackground(MUTED_TEXT);
		s.fillPolygon(container.isCollapsed()
				? new int[] { toggle, box.y + 8, toggle + 8, box.y + 13, toggle, box.y + 18 }
				: new int[] { toggle, box.y + 10, toggle + 10, box.y + 10, toggle + 5, box.y + 16 });
	}

	/**
	 * The containers among {@code nodes} whose names are drawn at {@code zoom} where names are
	 * enlarged to stay readable: the largest containers first, then in diagram order, each whose
	 * name clears every name already placed. Far out, sites are smaller on screen than their
	 * names, and names drawn over one another would leave none readable; this way the names that
	 * are drawn read whole, and zooming in shows the others.
	 */
	public static Set<DiagramContainer> titled(Surface s, Collection<DiagramNode> nodes, double zoom) {
		List<DiagramContainer> containers = new ArrayList<>();
		for (DiagramNode node : nodes) {
			if (node instanceof DiagramContainer container && !container.isHidden()) {
				containers.add(container);
			}
		}
		Set<DiagramContainer> titled = new HashSet<>();
		if (!enlargesTitles(zoom)) {
			titled.addAll(containers);
			return titled;
		}
		containers.sort(Comparator.comparingLong((DiagramContainer c) -> -(long) c.visibleBounds().width * c.visibleBounds().height));
		int size = readableSize(LABEL_SIZE, MIN_TITLE_POINTS, zoom);
		int cell = (int) Math.ceil(MIN_TITLE_ROOM / zoom);
		Map<Long, List<Rectangle>> placed = new HashMap<>();
		for (DiagramContainer container : containers) {
			Rectangle plate = titlePlate(s, container, container.visibleBounds(), size, zoom);
			if (plate == null || clashes(plate, placed, cell)) {
				continue;
			}
			titled.add(container);
			for (long key : cells(plate, cell)) {
				placed.computeIfAbsent(key, k -> new ArrayList<>()).add(plate);
			}
		}
		return titled;
	}

	private static boolean clashes(Rectangle plate, Map<Long, List<Rectangle>> placed, int cell) {
		for (long key : cells(plate, cell)) {
			for (Rectangle other : placed.getOrDefault(key, List.of())) {
				if (other.intersects(plate)) {
					return true;
				}
			}
		}
		return false;
	}

	private static List<Long> cells(Rectangle r, int cell) {
		List<Long> keys = new ArrayList<>();
		for (int cx = Math.floorDiv(r.x, cell); cx <= Math.floorDiv(r.x + r.width, cell); cx++) {
			for (int cy = Math.floorDiv(r.y, cell); cy <= Math.floorDiv(r.y + r.height, cell); cy++) {
				keys.add(((long) cx << 32) | (cy & 0xffffffffL));
			}
		}
		return keys;
	}

	/** Where a zoomed-out container's name goes, with its margins; null when no letter of it fits. */
	private static Rectangle titlePlate(Surface s, DiagramContainer container, Rectangle box, int size, double zoom) {
		int margin = Math.max(4, size / 3);
		int room = Math.max(box.width - 2 * margin, (int) (MIN_TITLE_ROOM / zoom));
		String title = fit(s, container.label(), room, size, true);
		if (title.isEmpty()) {
			return null;
		}
		Point extent = s.textExtent(title, size, true);
		return new Rectangle(box.x, box.y, extent.x + 2 * margin, extent.y + 4);
	}

	/**
	 * A zoomed-out container's name, at {@code size} points so that it reads at the minimum size
	 * on screen; on a plate of the title colour where it is taller than the title bar. A site
	 * smaller on screen than {@link #MIN_TITLE_ROOM} lets its name run past its right edge
	 * rather than shortening it to nothing.
	 */
	private void paintEnlargedTitle(Surface s, DiagramContainer container, Rectangle box, int size, double zoom) {
		int margin = Math.max(4, size / 3);
		int room = Math.max(box.width - 2 * margin, (int) (MIN_TITLE_ROOM / zoom));
		String title = fit(s, container.label(), room, size, true);
		if (title.isEmpty()) {
			return;
		}
		Point extent = s.textExtent(title, size, true);
		if (extent.y + 4 > DiagramContainer.TITLE_HEIGHT || extent.x + 2 * margin > box.width) {
			s.setBackground(container.style().fill());
			s.setAlpha(230);
			s.fillRectangle(new Rectangle(box.x, box.y, extent.x + 2 * margin, extent.y + 4), 6);
			s.setAlpha(255);
		}
		s.setForeground(TEXT);
		s.drawText(title, box.x + margin, box.y + Math.max(2, (DiagramContainer.TITLE_HEIGHT - extent.y) / 2), size, true);
	}

	/** Whether names are drawn enlarged above their containers at {@code zoom}, where only some of them fit. */
	public static boolean enlargesTitles(double zoom) {
		return zoom < DETAIL_ZOOM || readableSize(LABEL_SIZE, MIN_TITLE_POINTS, zoom) > LABEL_SIZE;
	}

	/** The size to draw text of {@code size} points at so that on screen it is at least {@code minimum} points. */
	static int readableSize(int size, int minimum, double zoom) {
		return Math.max(size, (int) Math.ceil(minimum / zoom - 1e-9));
	}

	private void paintNode(Surface s, DiagramNode node, double zoom) {
		Rectangle box = node.bounds();
		NodeStyle style = node.style();
		s.setLineWidth(1);
		s.setLineDash(false);
		s.setBackground(style.fill());
		s.setForeground(style.border());
		if (style.shape() == NodeShape.ELLIPSE) {
			s.fillOval(box);
			s.drawOval(box);
		} else {
			int arc = style.shape() == NodeShape.ROUNDED ? 8 : 0;
			s.fillRectangle(box, arc);
			s.drawRectangle(box, arc);
		}
		// under the label, which stays readable on a failed or tinted node
		OverlayPainter.wash(s, node.overlay(), box, zoom);
		int labelSize = readableSize(LABEL_SIZE, MIN_LABEL_POINTS, zoom);
		if (zoom >= DETAIL_ZOOM && labelSize == LABEL_SIZE) {
			paintNodeDetail(s, node, box);
		} else {
			paintEnlargedLabel(s, node, box, labelSize);
		}
	}

	private void paintNodeDetail(Surface s, DiagramNode node, Rectangle box) {
		int textX = box.x + 8;
		if (node.icon() != null) {
			s.drawIcon(node.icon(), new Rectangle(box.x + 8, box.y + (box.height - ICON) / 2, ICON, ICON));
			textX += ICON + 6;
		}
		int room = box.x + box.width - 6 - textX;
		int lines = 1 + node.badges().size();
		int textY = box.y + Math.max(3, (box.height - lines * 13) / 2);
		s.setForeground(TEXT);
		s.drawText(fit(s, node.label(), room, LABEL_SIZE, true), textX, textY, LABEL_SIZE, true);
		s.setForeground(MUTED_TEXT);
		for (String badge : node.badges()) {
			textY += 13;
			if (textY + 12 > box.y + box.height) {
				break;
			}
			s.drawText(fit(s, badge, room, BADGE_SIZE, false), textX, textY, BADGE_SIZE, false);
		}
	}

	/** A zoomed-out node's label alone, at a readable size, when enough of it still fits the box. */
	private void paintEnlargedLabel(Surface s, DiagramNode node, Rectangle box, int size) {
		int margin = Math.max(4, size / 3);
		if (node.label().isEmpty() || s.textExtent("Mg", size, true).y > box.height) {
			return;
		}
		String shown = fit(s, node.label(), box.width - 2 * margin, size, true);
		int letters = shown.endsWith("…") ? shown.length() - 1 : shown.length();
		if (letters < Math.min(MIN_LETTERS, node.label().length())) {
			return;
		}
		Point extent = s.textExtent(shown, size, true);
		s.setForeground(TEXT);
		s.drawText(shown, box.x + margin, box.y + (box.height - extent.y) / 2, size, true);
	}

	private void paintEdge(Surface s, DiagramEdge edge, boolean selected) {
		int[] points = EdgeRoute.points(edge);
		Overlay overlay = edge.overlay();
		s.setForeground(selected ? SELECTION : overlay != null ? overlay.colour() : edge.style().color());
		s.setLineWidth(edge.style().width() + (selected || overlay != null ? 1 : 0));
		// a hatched overlay dashes the line: on an edge, that is its cue besides the colour
		s.setLineDash(edge.style().dashed() || overlay != null && overlay.hatch() != Overlay.Hatch.NONE);
		s.drawPolyline(points);
		s.setLineDash(false);
		s.setLineWidth(1);
	}

	private void paintEdgeLabel(Surface s, DiagramEdge edge, Rectangle plate, int size) {
		s.setBackground(WHITE);
		s.setAlpha(220);
		s.fillRectangle(plate, 4);
		s.setAlpha(255);
		s.setForeground(MUTED_TEXT);
		s.drawText(edge.label(), plate.x + EdgeLabels.margin(size), plate.y + 1, size, false);
	}

	/**
	 * Where a node's problem badge goes: on its top edge, left of the top-right handle and clear
	 * of the grab area of every handle (and of a container's collapse toggle), or beside the
	 * corner, outside, when the node is too narrow for that.
	 */
	static Point decorationSpot(DiagramNode node, double zoom) {
		Rectangle box = node instanceof DiagramContainer c ? c.visibleBounds() : node.bounds();
		int size = decorationSize(zoom);
		int clear = (int) Math.ceil((HANDLE_SIZE / 2.0 + 3) / zoom);
		int right = box.x + box.width - (node instanceof DiagramContainer ? 24 : 0);
		int x = right - clear - size;
		if (x < box.x + box.width / 2 + clear) {
			x = box.x + box.width + clear;
		}
		return new Point(x, box.y - size / 2);
	}

	/** The badge's diagram size: 16 px on screen at 100 % and above, 15 px when zoomed out. */
	private static int decorationSize(double zoom) {
		return (int) Math.max(16, Math.round(15 / Math.min(zoom, 1)));
	}

	private void paintDecoration(Surface s, DiagramElement element, Point spot, double zoom) {
		Severity severity = element.worstSeverity();
		if (severity == null) {
			return;
		}
		int size = decorationSize(zoom);
		Rectangle badge = new Rectangle(spot.x, spot.y, size, size);
		s.setBackground(colour(severity));
		s.setForeground(WHITE);
		s.setLineWidth(1.5f);
		s.fillOval(badge);
		s.drawOval(badge);
		s.setLineWidth(1);
		String mark = severity == Severity.INFO ? "i" : "!";
		int fontSize = Math.max(8, size * 9 / 16);
		Point extent = s.textExtent(mark, fontSize, true);
		s.drawText(mark, spot.x + (size - extent.x) / 2, spot.y + (size - extent.y) / 2, fontSize, true);
	}

	/** A drawing pin on the top-left corner: this node stays where the user put it. */
	private static void paintPin(Surface s, Rectangle box) {
		s.setForeground(TEXT);
		s.setLineWidth(1.5f);
		s.drawPolyline(new int[] { box.x + 9, box.y - 1, box.x + 9, box.y + 5 });
		s.setBackground(new RGB(200, 35, 45));
		s.fillOval(new Rectangle(box.x + 5, box.y - 6, 8, 8));
		s.setLineWidth(1);
	}

	public static RGB colour(Severity severity) {
		return switch (severity) {
		case ERROR -> new RGB(200, 35, 45);
		case WARNING -> new RGB(222, 150, 0);
		case INFO -> new RGB(40, 110, 200);
		};
	}

	private void paintSelection(Surface s, DiagramElement element, boolean primary, double zoom) {
		int handle = (int) Math.ceil(HANDLE_SIZE / zoom);
		s.setForeground(SELECTION);
		s.setBackground(primary ? SELECTION : WHITE);
		s.setLineWidth((float) (1.5 / zoom));
		if (element instanceof DiagramNode node) {
			Rectangle box = node instanceof DiagramContainer c ? c.visibleBounds() : node.bounds();
			s.drawRectangle(new Rectangle(box.x - 2, box.y - 2, box.width + 4, box.height + 4), 0);
			s.setLineWidth(1);
			for (Point corner : handles(box)) {
				Rectangle square = new Rectangle(corner.x - handle / 2, corner.y - handle / 2, handle, handle);
				s.fillRectangle(square, 0);
				s.drawRectangle(square, 0);
			}
		} else if (element instanceof DiagramEdge edge) {
			s.setLineWidth(1);
			int[] points = EdgeRoute.points(edge);
			for (int i = 0; i < points.length; i += 2) {
				Rectangle square = new Rectangle(points[i] - handle / 2, points[i + 1] - handle / 2, handle, handle);
				s.fillRectangle(square, 0);
				s.drawRectangle(square, 0);
			}
		}
		s.setLineWidth(1);
	}

	/** The eight resize handles, clockwise from the top-left corner. */
	public static List<Point> handles(Rectangle box) {
		int cx = box.x + box.width / 2, cy = box.y + box.height / 2, r = box.x + box.width, b = box.y + box.height;
		return List.of(new Point(box.x, box.y), new Point(cx, box.y), new Point(r, box.y), new Point(r, cy),
				new Point(r, b), new Point(cx, b), new Point(box.x, b), new Point(box.x, cy));
	}

	private static String fit(Surface s, String text, int width, int size, boolean bold) {
		if (width <= 0) {
			return "";
		}
		if (s.textExtent(text, size, bold).x <= width) {
			return text;
		}
		int low = 0, high = text.length() - 1;
		while (low < high) {
			int middle = (low + high + 1) / 2;
			if (s.textExtent(text.substring(0, middle) + "…", size, bold).x <= width) {
				low = middle;
			} else {
				high = middle - 1;
			}
		}
		return low == 0 ? "" : text.substring(0, low) + "…";
	}

	private static int depth(DiagramNode node) {
		int depth = 0;
		for (DiagramNode up = node.parent(); up != null; up = up.parent()) {
			depth++;
		}
		return depth;
	}
}
