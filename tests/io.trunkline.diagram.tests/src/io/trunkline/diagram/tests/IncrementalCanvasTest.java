package io.trunkline.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.trunkline.diagram.model.Diagram;
import io.trunkline.diagram.model.DiagramContainer;
import io.trunkline.diagram.model.DiagramEdge;
import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.diagram.viewer.DiagramViewer;

/**
 * The canvas updates its spatial index and its edge-label placement for the changed elements
 * only; after many random changes (moves, resizes, creates, deletes, new routes, new label
 * texts, alone and in batches) both must be exactly what a viewer opened on the same diagram
 * from scratch computes. The scene is crowded on purpose: labels collide, so one moved label
 * pushes others along and the update has to follow the chain.
 */
class IncrementalCanvasTest {

	private static final int CHANGES = 600, COMPARE_EVERY = 25;

	private final Display display = Display.getDefault();
	private final Shell shell = new Shell(display);
	private final Random random = new Random(20261130);
	private final Diagram diagram = new Diagram();
	private final List<DiagramNode> nodes = new ArrayList<>();
	private final List<DiagramEdge> edges = new ArrayList<>();
	/** The client's objects behind the elements; some edges show the same object as a node, as a client may. */
	private final List<Object> semantics = new ArrayList<>();
	private int nextId;

	@AfterEach
	void close() {
		shell.dispose();
	}

	@Test
	void edgeLabelsPlacedIncrementallyEqualAPlacementFromScratch() {
		DiagramViewer viewer = openOnRandomScene();
		int compared = 0, labelsCompared = 0;
		viewer.edgeLabelPlates(); // the first placement, which later changes update
		for (int change = 1; change <= CHANGES; change++) {
			randomChange();
			if (change % COMPARE_EVERY == 0) {
				Map<DiagramEdge, Rectangle> incremental = viewer.edgeLabelPlates();
				Map<DiagramEdge, Rectangle> fresh = freshViewer().edgeLabelPlates();
				assertEquals(List.copyOf(fresh.entrySet()), List.copyOf(incremental.entrySet()), "label plates after " + change + " changes");
				compared++;
				labelsCompared += fresh.size();
			}
		}
		assertEquals(CHANGES / COMPARE_EVERY, compared);
		assertTrue(labelsCompared > 20 * compared, "the scene keeps enough labels to collide: " + labelsCompared);
	}

	@Test
	void spatialIndexUpdatedIncrementallyEqualsOneBuiltFromScratch() {
		DiagramViewer viewer = openOnRandomScene();
		viewer.elementsIn(new Rectangle(0, 0, 1, 1)); // the first build, which later changes update
		for (int change = 1; change <= CHANGES; change++) {
			randomChange();
			if (change % COMPARE_EVERY == 0) {
				DiagramViewer fresh = freshViewer();
				for (Rectangle area : areas()) {
					assertEquals(List.copyOf(fresh.elementsIn(area)), List.copyOf(viewer.elementsIn(area)),
							"elements in " + area + " after " + change + " changes");
				}
			}
		}
	}

	@Test
	void elementsFoundForSemanticObjectsAfterChangesAreThoseOfAFreshViewer() {
		DiagramViewer viewer = openOnRandomScene();
		viewer.elementFor(semantics.get(0)); // the first build, which later changes update
		for (int change = 1; change <= CHANGES; change++) {
			randomChange();
			if (change % COMPARE_EVERY == 0) {
				DiagramViewer fresh = freshViewer();
				for (Object semantic : semantics) {
					assertEquals(fresh.elementFor(semantic), viewer.elementFor(semantic), "element for " + semantic + " after " + change + " changes");
				}
			}
		}
	}

	@Test
	void extentAfterChangesHoldsExactlyTheVisibleNodesAndBendPoints() {
		openOnRandomScene();
		diagram.extent(); // known from here on, and kept by the changes
		for (int change = 1; change <= CHANGES; change++) {
			randomChange();
			if (change % COMPARE_EVERY == 0) {
				assertEquals(extentOfEverything(), diagram.extent(), "extent after " + change + " changes");
			}
		}
	}

	/** The union of every shown node's drawn box and every bend point, worked out one by one. */
	private Rectangle extentOfEverything() {
		Rectangle extent = null;
		for (DiagramNode node : diagram.nodes()) {
			if (!node.isHidden()) {
				Rectangle box = node instanceof DiagramContainer c ? c.visibleBounds() : node.bounds();
				extent = extent == null ? box : extent.union(box);
			}
		}
		for (DiagramEdge edge : diagram.edges()) {
			for (Point point : edge.bendpoints()) {
				Rectangle dot = new Rectangle(point.x, point.y, 1, 1);
				extent = extent == null ? dot : extent.union(dot);
			}
		}
		return extent;
	}

	/** The whole scene, and a few random windows on it. */
	private List<Rectangle> areas() {
		List<Rectangle> areas = new ArrayList<>(List.of(new Rectangle(-500, -500, 3000, 3000)));
		for (int i = 0; i < 6; i++) {
			areas.add(new Rectangle(random.nextInt(1200), random.nextInt(900), 50 + random.nextInt(400), 50 + random.nextInt(300)));
		}
		return areas;
	}

	private DiagramViewer openOnRandomScene() {
		shell.setLayout(new FillLayout());
		shell.setSize(800, 600);
		for (int i = 0; i < 6; i++) {
			DiagramContainer site = diagram.add(new DiagramContainer(id(), semantic(), "Site " + i, randomBox(260, 200)), null);
			nodes.add(site);
			for (int j = 0; j < 4; j++) {
				addNode(site);
			}
		}
		for (int i = 0; i < 12; i++) {
			addNode(null);
		}
		for (int i = 0; i < 90; i++) {
			addEdge();
		}
		DiagramViewer viewer = new DiagramViewer(shell, new RecordingEditing());
		viewer.setDiagram(diagram);
		shell.open();
		return viewer;
	}

	/** A viewer that has seen none of the changes: its index and labels are computed from scratch. */
	private DiagramViewer freshViewer() {
		Shell other = new Shell(display);
		other.setLayout(new FillLayout());
		other.setSize(800, 600);
		DiagramViewer fresh = new DiagramViewer(other, new RecordingEditing());
		fresh.setDiagram(diagram);
		fresh.getControl().addDisposeListener(e -> fresh.setDiagram(new Diagram())); // stop listening to the shared diagram
		display.asyncExec(other::dispose);
		return fresh;
	}

	/** One change, or a batch of two to five the way a command's diagram update arrives. */
	private void randomChange() {
		if (random.nextInt(4) == 0) {
			int count = 2 + random.nextInt(4);
			diagram.batch(() -> {
				for (int i = 0; i < count; i++) {
					oneChange();
				}
			});
		} else {
			oneChange();
		}
		while (display.readAndDispatch()) {
			// let the disposed fresh viewers go
		}
	}

	private void oneChange() {
		switch (random.nextInt(11)) {
		case 0 -> {
			DiagramNode node = pick(nodes);
			Rectangle box = node.bounds();
			node.setBounds(new Rectangle(box.x + random.nextInt(121) - 60, box.y + random.nextInt(81) - 40, box.width, box.height));
		}
		case 1 -> {
			DiagramNode node = pick(nodes);
			Rectangle box = node.bounds();
			node.setBounds(new Rectangle(box.x, box.y, Math.max(40, box.width + random.nextInt(61) - 30), Math.max(30, box.height + random.nextInt(41) - 20)));
		}
		case 2 -> addNode(random.nextBoolean() ? null : pickContainer());
		case 3 -> {
			DiagramNode doomed = pick(nodes);
			if (nodes.size() > 30) { // keeps the scene crowded
				diagram.remove(doomed);
				nodes.removeIf(node -> node.diagram() == null);
				edges.removeIf(edge -> edge.diagram() == null);
			}
		}
		case 4, 8 -> addEdge();
		case 9 -> {
			DiagramContainer container = pickContainer();
			if (container != null) {
				container.setCollapsed(!container.isCollapsed());
			}
		}
		case 5 -> {
			DiagramEdge doomed = pick(edges);
			if (edges.size() > 60) {
				diagram.remove(doomed);
				edges.remove(doomed);
			}
		}
		case 6 -> pick(edges).setLabel(randomLabel());
		case 7 -> {
			DiagramEdge edge = pick(edges);
			edge.setBendpoints(random.nextBoolean() ? List.of() : List.of(new Point(random.nextInt(1200), random.nextInt(900))));
		}
		default -> pick(nodes).setLabel("renamed " + nextId++); // appearance only: nothing moves
		}
	}

	private void addNode(DiagramContainer parent) {
		Rectangle box = parent == null ? randomBox(120, 50) : inside(parent.bounds());
		nodes.add(diagram.add(new DiagramNode(id(), semantic(), "Node " + nextId, box), parent));
	}

	private void addEdge() {
		DiagramNode source = pick(nodes), target = pick(nodes);
		if (source != target) {
			Object semantic = random.nextInt(5) == 0 ? pick(nodes).semantic() : semantic();
			edges.add(diagram.add(new DiagramEdge(id(), semantic, randomLabel(), source, target)));
		}
	}

	private DiagramContainer pickContainer() {
		List<DiagramContainer> containers = new ArrayList<>();
		for (DiagramNode node : nodes) {
			if (node instanceof DiagramContainer container) {
				containers.add(container);
			}
		}
		return containers.isEmpty() ? null : pick(containers);
	}

	/** Crowded on purpose: about a hundred labels over 1,200 × 900. */
	private Rectangle randomBox(int width, int height) {
		return new Rectangle(random.nextInt(1200), random.nextInt(900), width, height);
	}

	private Rectangle inside(Rectangle parent) {
		return new Rectangle(parent.x + 10 + random.nextInt(Math.max(1, parent.width - 110)), parent.y + 30 + random.nextInt(Math.max(1, parent.height - 70)), 90, 36);
	}

	private String randomLabel() {
		return switch (random.nextInt(4)) {
		case 0 -> "";
		case 1 -> "SIP " + random.nextInt(100);
		case 2 -> "trunk " + random.nextInt(1000) + " ports";
		default -> "WAN link " + random.nextInt(10) + " Mbit/s, 40 ms";
		};
	}

	private <T> T pick(List<T> list) {
		return list.get(random.nextInt(list.size()));
	}

	private Object semantic() {
		Object semantic = new StringBuilder("object ").append(semantics.size()); // compared by identity, as model objects are
		semantics.add(semantic);
		return semantic;
	}

	private String id() {
		return "e" + nextId++;
	}
}
