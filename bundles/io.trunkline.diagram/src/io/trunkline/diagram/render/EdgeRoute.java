package io.trunkline.diagram.render;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

import io.trunkline.diagram.model.DiagramContainer;
import io.trunkline.diagram.model.DiagramEdge;
import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.diagram.model.Routing;

/**
 * The polyline an edge is drawn along: from the border of its (visible) source through its
 * bend points to the border of its target. Painting, hit testing and export all use this one
 * computation so they agree to the pixel.
 */
public final class EdgeRoute {

	private EdgeRoute() {
	}

	public static int[] points(DiagramEdge edge) {
		DiagramNode source = edge.source().visibleRepresentative();
		DiagramNode target = edge.target().visibleRepresentative();
		return points(shown(source), shown(target), edge.bendpoints(), edge.routing());
	}

	public static int[] points(Rectangle source, Rectangle target, List<Point> bendpoints, Routing routing) {
		List<Point> route = new ArrayList<>();
		if (bendpoints.isEmpty()) {
			if (routing == Routing.ORTHOGONAL) {
				orthogonal(source, target, route);
			} else {
				route.add(anchor(source, centre(target)));
				route.add(anchor(target, centre(source)));
			}
		} else {
			route.add(orthogonalAnchor(source, bendpoints.get(0), routing));
			route.addAll(bendpoints);
			route.add(orthogonalAnchor(target, bendpoints.get(bendpoints.size() - 1), routing));
		}
		int[] flat = new int[route.size() * 2];
		for (int i = 0; i < route.size(); i++) {
			flat[2 * i] = route.get(i).x;
			flat[2 * i + 1] = route.get(i).y;
		}
		return flat;
	}

	/** The point halfway along the polyline, where the label goes. */
	public static Point midpoint(int[] points) {
		double total = 0;
		for (int i = 2; i < points.length; i += 2) {
			total += Math.hypot(points[i] - points[i - 2], points[i + 1] - points[i - 1]);
		}
		double remaining = total / 2;
		for (int i = 2; i < points.length; i += 2) {
			double length = Math.hypot(points[i] - points[i - 2], points[i + 1] - points[i - 1]);
			if (length >= remaining && length > 0) {
				double t = remaining / length;
				return new Point((int) Math.round(points[i - 2] + t * (points[i] - points[i - 2])),
						(int) Math.round(points[i - 1] + t * (points[i + 1] - points[i - 1])));
			}
			remaining -= length;
		}
		return new Point(points[0], points[1]);
	}

	/** Distance from (x, y) to the nearest segment of the polyline. */
	public static double distance(int[] points, double x, double y) {
		double best = Double.MAX_VALUE;
		for (int i = 2; i < points.length; i += 2) {
			best = Math.min(best, segmentDistance(points[i - 2], points[i - 1], points[i], points[i + 1], x, y));
		}
		return best;
	}

	public static Rectangle bounds(int[] points) {
		int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = Integer.MIN_VALUE, maxY = Integer.MIN_VALUE;
		for (int i = 0; i < points.length; i += 2) {
			minX = Math.min(minX, points[i]);
			maxX = Math.max(maxX, points[i]);
			minY = Math.min(minY, points[i + 1]);
			maxY = Math.max(maxY, points[i + 1]);
		}
		return new Rectangle(minX, minY, maxX - minX + 1, maxY - minY + 1);
	}

	static Rectangle shown(DiagramNode node) {
		return node instanceof DiagramContainer container ? container.visibleBounds() : node.bounds();
	}

	private static void orthogonal(Rectangle s, Rectangle t, List<Point> route) {
		int overlapLeft = Math.max(s.x, t.x), overlapRight = Math.min(s.x + s.width, t.x + t.width);
		int overlapTop = Math.max(s.y, t.y), overlapBottom = Math.min(s.y + s.height, t.y + t.height);
		if (overlapRight - overlapLeft > 8) {
			int x = (overlapLeft + overlapRight) / 2;
			boolean down = t.y >= s.y + s.height;
			route.add(new Point(x, down ? s.y + s.height : s.y));
			route.add(new Point(x, down ? t.y : t.y + t.height));
		} else if (overlapBottom - overlapTop > 8) {
			int y = (overlapTop + overlapBottom) / 2;
			boolean right = t.x >= s.x + s.width;
			route.add(new Point(right ? s.x + s.width : s.x, y));
			route.add(new Point(right ? t.x : t.x + t.width, y));
		} else {
			Point sc = centre(s), tc = centre(t);
			boolean right = tc.x > sc.x;
			int startX = right ? s.x + s.width : s.x;
			int endX = right ? t.x : t.x + t.width;
			int midX = (startX + endX) / 2;
			route.add(new Point(startX, sc.y));
			route.add(new Point(midX, sc.y));
			route.add(new Point(midX, tc.y));
			route.add(new Point(endX, tc.y));
		}
	}

	private static Point orthogonalAnchor(Rectangle box, Point towards, Routing routing) {
		if (routing == Routing.ORTHOGONAL) {
			if (towards.x >= box.x && towards.x <= box.x + box.width) {
				return new Point(towards.x, towards.y < box.y ? box.y : box.y + box.height);
			}
			if (towards.y >= box.y && towards.y <= box.y + box.height) {
				return new Point(towards.x < box.x ? box.x : box.x + box.width, towards.y);
			}
		}
		return anchor(box, towards);
	}

	/** Where the line from the box's centre to {@code towards} leaves the box. */
	static Point anchor(Rectangle box, Point towards) {
		Point c = centre(box);
		double dx = towards.x - c.x, dy = towards.y - c.y;
		if (dx == 0 && dy == 0) {
			return c;
		}
		double scaleX = dx == 0 ? Double.MAX_VALUE : (box.width / 2.0) / Math.abs(dx);
		double scaleY = dy == 0 ? Double.MAX_VALUE : (box.height / 2.0) / Math.abs(dy);
		double scale = Math.min(scaleX, scaleY);
		return new Point((int) Math.round(c.x + dx * scale), (int) Math.round(c.y + dy * scale));
	}

	static Point centre(Rectangle r) {
		return new Point(r.x + r.width / 2, r.y + r.height / 2);
	}

	private static double segmentDistance(double x1, double y1, double x2, double y2, double px, double py) {
		double dx = x2 - x1, dy = y2 - y1;
		double lengthSquared = dx * dx + dy * dy;
		double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / lengthSquared));
		return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
	}
}
