package io.trunkline.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.elk.core.options.Direction;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;

import io.trunkline.diagram.description.GeometryChange;
import io.trunkline.diagram.layout.ContainerGridLayout;
import io.trunkline.diagram.layout.ElkDiagramLayout;
import io.trunkline.diagram.layout.LayoutJob;
import io.trunkline.diagram.model.Diagram;
import io.trunkline.diagram.model.DiagramContainer;
import io.trunkline.diagram.model.DiagramEdge;
import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.diagram.render.EdgeRoute;

/** ELK layered layout of containers and edges, pinning, selection scope, cancellation, and the grid tidy-up. */
class LayoutTest {

	/** Two sites of three nodes each, everything piled at the origin, chained across the sites. */
	private static Diagram piledUp() {
		Diagram diagram = new Diagram();
		List<DiagramNode> all = new ArrayList<>();
		for (int s = 0; s < 2; s++) {
			DiagramContainer site = diagram.add(new DiagramContainer("site" + s, null, "Site " + s, new Rectangle(0, 0, 100, 60)), null);
			for (int n = 0; n < 3; n++) {
				all.add(diagram.add(new DiagramNode("n" + s + n, null, "Node " + s + n, new Rectangle(0, 0, 140, 50)), site));
			}
		}
		for (int i = 1; i < all.size(); i++) {
			diagram.add(new DiagramEdge("e" + i, null, "", all.get(i - 1), all.get(i)));
		}
		return diagram;
	}

	private static void apply(GeometryChange change) {
		change.bounds().forEach(DiagramNode::setBounds);
		change.bendpoints().forEach(DiagramEdge::setBendpoints);
	}

	@Test
	void arrangeAllSeparatesNodesKeepsThemInTheirSitesAndRoutesOrthogonally() {
		Diagram diagram = piledUp();
		ElkDiagramLayout layout = ElkDiagramLayout.prepare(diagram, List.of(), Direction.RIGHT);
		assertTrue(layout.run(() -> false));
		apply(layout.result("Arrange All"));
		List<DiagramNode> nodes = new ArrayList<>(diagram.nodes());
		for (DiagramNode node : nodes) {
			if (node.parent() != null) {
				Rectangle site = node.parent().bounds();
				assertTrue(site.contains(node.x(), node.y()) && site.contains(node.x() + node.width() - 1, node.y() + node.height() - 1),
						node + " inside " + node.parent() + ": " + node.bounds() + " in " + site);
				assertTrue(node.y() >= site.y + DiagramContainer.TITLE_HEIGHT, "below the title bar: " + node);
			}
			for (DiagramNode other : nodes) {
				boolean related = node == other || node.isInside(other) || other.isInside(node);
				assertFalse(!related && node.bounds().intersects(other.bounds()), node + " overlaps " + other);
			}
		}
		for (DiagramEdge edge : diagram.edges()) {
			int[] route = EdgeRoute.points(edge);
			for (int i = 2; i < route.length; i += 2) {
				assertTrue(route[i] == route[i - 2] || route[i + 1] == route[i - 1], "orthogonal segment in " + edge.id());
			}
		}
	}

	@Test
	void pinnedNodesStayAndALaidOutSelectionStaysInPlace() {
		Diagram diagram = piledUp();
		DiagramNode pinned = diagram.node("n01");
		pinned.setPinned(true);
		pinned.setBounds(new Rectangle(900, 900, 140, 50));
		ElkDiagramLayout layout = ElkDiagramLayout.prepare(diagram, List.of(), Direction.RIGHT);
		layout.run(() -> false);
		apply(layout.result("Arrange All"));
		assertEquals(new Rectangle(900, 900, 140, 50), pinned.bounds());

		DiagramContainer site1 = (DiagramContainer) diagram.node("site1");
		site1.setBounds(new Rectangle(2000, 500, site1.width(), site1.height()));
		Rectangle site0 = diagram.node("site0").bounds();
		ElkDiagramLayout selection = ElkDiagramLayout.prepare(diagram, List.of(site1), Direction.DOWN);
		selection.run(() -> false);
		GeometryChange change = selection.result("Arrange Selection");
		assertFalse(change.bounds().containsKey(diagram.node("site0")), "outside the selection nothing moves");
		apply(change);
		assertEquals(site0, diagram.node("site0").bounds());
		assertTrue(Math.abs(site1.x() - 2000) <= 20 && Math.abs(site1.y() - 500) <= 20, "selection keeps its place: " + site1.bounds());
	}

	@Test
	void layoutCancelledWhileElkRunsStopsAtItsNextStep() {
		ElkDiagramLayout layout = ElkDiagramLayout.prepare(piledUp(), List.of(), Direction.RIGHT);
		AtomicInteger polls = new AtomicInteger();
		int cancelAt = 10; // a layout of this graph takes several dozen steps, each asking whether to go on
		assertFalse(layout.run(() -> polls.incrementAndGet() >= cancelAt), "reported as cancelled");
		assertTrue(polls.get() <= cancelAt + 1, "ELK stopped once cancelled instead of running to the end: asked " + polls.get() + " times");
	}

	@Test
	void layoutJobHandsItsResultBackOnTheUiThread() throws Exception {
		Display display = Display.getDefault();
		AtomicReference<Thread> appliedOn = new AtomicReference<>();
		AtomicReference<GeometryChange> result = new AtomicReference<>();
		LayoutJob job = new LayoutJob("Arrange All", piledUp(), List.of(), Direction.RIGHT, change -> {
			appliedOn.set(Thread.currentThread());
			result.set(change);
		});
		job.schedule();
		long deadline = System.currentTimeMillis() + 20_000;
		while (result.get() == null && System.currentTimeMillis() < deadline) {
			if (!display.readAndDispatch()) {
				Thread.sleep(10);
			}
		}
		assertEquals(display.getThread(), appliedOn.get());
		assertEquals(8, result.get().bounds().size());
	}

	@Test
	void gridArrangesSiteContentsInRowsAndFitsTheSite() {
		Diagram diagram = piledUp();
		DiagramContainer site = (DiagramContainer) diagram.node("site0");
		apply(ContainerGridLayout.arrange(site));
		List<Point> corners = site.children().stream().map(n -> new Point(n.x(), n.y())).toList();
		assertEquals(List.of(new Point(14, 40), new Point(174, 40), new Point(14, 110)), corners);
		assertTrue(site.bounds().contains(300, 150));
	}
}
