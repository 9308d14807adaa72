package io.trunkline.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import io.trunkline.diagram.export.DiagramImages;
import io.trunkline.diagram.model.DiagramEdge;
import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.diagram.render.DiagramPainter;
import io.trunkline.diagram.render.SvgSurface;

/** What the canvas and the exports draw, checked by pixel probes and against reviewed reference images. */
class RenderingTest {

	private CanvasFixture f;

	@BeforeEach
	void open() {
		f = new CanvasFixture();
		f.viewer.scrollTo(0, 0);
	}

	@AfterEach
	void close() {
		f.close();
	}

	@Test
	void referenceSceneAtFullSize() throws Exception {
		ImageData shot = f.screenshot();
		CanvasFixture.save(shot, "scene-100.png");
		Point inside = f.pixel(730, 140);
		assertTrue(Pixels.close(Pixels.at(shot, inside.x, inside.y), CanvasFixture.BOX_FILL, 4), "node body in its fill colour");
		Point badge = f.pixel(160, 83);
		RGB error = Pixels.at(shot, badge.x, badge.y);
		assertTrue(error.red > 150 && error.green < 90, "error badge is red on the gateway's top edge: " + error);
		Point edge = f.pixel(500, 115);
		int darkest = 255;
		for (int y = edge.y - 2; y <= edge.y + 2; y++) {
			darkest = Math.min(darkest, Pixels.at(shot, edge.x, y).red);
		}
		assertTrue(darkest < 150, "the trunk line is drawn between the nodes");
		assertTrue(Pixels.differingShare(shot, "scene-100.png") < 0.01, "matches the reviewed reference");
	}

	@Test
	void zoomedOutSceneKeepsSiteNamesAndShortenedNodeLabels() throws Exception {
		f.viewer.setZoom(0.3, new Point(0, 0));
		f.viewer.scrollTo(0, 0);
		ImageData shot = f.screenshot();
		CanvasFixture.save(shot, "scene-30.png");
		assertTrue(hasText(shot, new Rectangle(20, 20, 400, 26)), "the site's name is drawn at 30 %");
		assertTrue(hasText(shot, f.c.bounds()), "Mediation C's label still fits, shortened");
		assertTrue(Pixels.differingShare(shot, "scene-30.png") < 0.01, "matches the reviewed reference");
	}

	@Test
	void fitToWindowOfALargeDiagramStillNamesTheSites() throws Exception {
		f.diagram.add(new DiagramNode("far", null, "Far away", new Rectangle(9000, 6000, 140, 50)), null);
		f.viewer.fitToWindow();
		assertTrue(f.viewer.zoom() < 0.12, "zoomed far out: " + f.viewer.zoom());
		ImageData shot = f.screenshot();
		CanvasFixture.save(shot, "fit-large.png");
		assertTrue(hasText(shot, new Rectangle(20, 20, 400, 80)), "Site A's name is readable at " + f.viewer.zoom());
		assertFalse(hasText(shot, new Rectangle(9000, 6000, 140, 50)), "a label that no longer fits its box is left out");
	}

	@Test
	void aSelectedNodesProblemBadgeLeavesEveryHandleFree() throws Exception {
		f.viewer.select(List.of(f.a));
		ImageData shot = f.screenshot();
		CanvasFixture.save(shot, "badge-and-handles.png");
		int reach = (DiagramPainter.HANDLE_SIZE + 1) / 2 + 2; // the grab area of a handle
		int red = 0;
		for (Point handle : DiagramPainter.handles(f.a.bounds())) {
			Point p = f.pixel(handle.x, handle.y);
			for (int x = p.x - reach; x <= p.x + reach; x++) {
				for (int y = p.y - reach; y <= p.y + reach; y++) {
					assertFalse(isBadgeRed(Pixels.at(shot, x, y)), "badge colour in the grab area of the handle at " + handle);
				}
			}
		}
		Point topLeft = f.pixel(f.a.x(), f.a.y() - 20);
		for (int x = topLeft.x; x < topLeft.x + f.a.width() + 40; x++) {
			for (int y = topLeft.y; y < topLeft.y + 40; y++) {
				red += isBadgeRed(Pixels.at(shot, x, y)) ? 1 : 0;
			}
		}
		assertTrue(red > 50, "the badge is still drawn near the top edge: " + red + " red pixels");
	}

	@Test
	void edgeLabelsKeepOffNodesAndOffEachOther() throws Exception {
		// a node right where the trunk's label would go, and a second trunk between the same gateways
		DiagramNode onTheLine = f.diagram.add(new DiagramNode("d", null, "In the way", new Rectangle(360, 95, 60, 40)), null);
		f.diagram.add(new DiagramEdge("ac2", null, "second trunk", f.a, f.c));
		f.diagram.add(new DiagramEdge("ac3", null, "third trunk", f.a, f.c));
		Document svg = parse(DiagramImages.svg(f.diagram, List.of()));
		List<Rectangle> labels = new ArrayList<>();
		NodeList texts = svg.getElementsByTagName("text");
		for (int i = 0; i < texts.getLength(); i++) {
			org.w3c.dom.Element text = (org.w3c.dom.Element) texts.item(i);
			if (List.of("trunk", "second trunk", "third trunk").contains(text.getTextContent())) {
				labels.add(svgTextBox(text));
			}
		}
		assertEquals(3, labels.size());
		for (Rectangle label : labels) {
			for (DiagramNode node : List.of(f.a, f.b, f.c, onTheLine)) {
				assertFalse(label.intersects(node.bounds()), "label " + label + " on " + node);
			}
			for (Rectangle other : labels) {
				assertFalse(other != label && other.intersects(label), "labels on each other: " + label + " and " + other);
			}
		}
		f.viewer.scrollTo(0, 0);
		CanvasFixture.save(f.screenshot(), "edge-labels.png");
	}

	@Test
	void edgeLabelsStayReadableWhenZoomedOutToSixtyPercent() throws Exception {
		double zoom = 0.6;
		SvgSurface surface = new SvgSurface();
		new DiagramPainter().paint(surface, f.diagram.nodes(), f.diagram.edges(), java.util.Set.of(), null, zoom);
		NodeList texts = parse(surface.document(new Rectangle(0, 0, 800, 300))).getElementsByTagName("text");
		Double pixels = null;
		for (int i = 0; i < texts.getLength(); i++) {
			org.w3c.dom.Element text = (org.w3c.dom.Element) texts.item(i);
			if (text.getTextContent().equals("trunk")) {
				pixels = Double.parseDouble(text.getAttribute("font-size"));
			}
		}
		assertTrue(pixels != null, "the trunk's label is drawn at 60 %");
		assertTrue(pixels * zoom >= 7 * 96 / 72.0, "at least 7 pt on screen: " + pixels * zoom + " px");
	}

	/** A text element's box as SvgSurface measures it: 96 dpi, about 0.56 em per letter. */
	private static Rectangle svgTextBox(org.w3c.dom.Element text) {
		double size = Double.parseDouble(text.getAttribute("font-size"));
		int width = (int) Math.ceil(text.getTextContent().length() * size * 0.56);
		int x = (int) Double.parseDouble(text.getAttribute("x"));
		int top = (int) Math.round(Double.parseDouble(text.getAttribute("y")) - size * 0.95);
		return new Rectangle(x, top, width, (int) Math.ceil(size * 1.25));
	}

	private static boolean isBadgeRed(RGB rgb) {
		return rgb.red > 150 && rgb.green < 90 && rgb.blue < 90;
	}

	/** Whether text-coloured pixels are drawn over {@code area} (diagram coordinates) of a screenshot. */
	private boolean hasText(ImageData shot, Rectangle area) {
		Point from = f.pixel(area.x, area.y), to = f.pixel(area.x + area.width, area.y + area.height);
		for (int x = Math.max(0, from.x); x < Math.min(shot.width, to.x); x++) {
			for (int y = Math.max(0, from.y); y < Math.min(shot.height, to.y); y++) {
				if (Pixels.close(Pixels.at(shot, x, y), new RGB(33, 37, 41), 50)) {
					return true;
				}
			}
		}
		return false;
	}

	@Test
	void pngExportDecodesAtTheDiagramsSize() {
		byte[] png = DiagramImages.png(f.display, f.diagram, List.of(), 1);
		ImageData data = new ImageLoader().load(new ByteArrayInputStream(png))[0];
		// nodes span 20..740 × 20..270, plus a 20 px border on each side
		assertEquals(740 - 20 + 40, data.width);
		assertEquals(270 - 20 + 40, data.height);
		assertTrue(Pixels.close(Pixels.at(data, 730 - 20 + 20, 140 - 20 + 20), CanvasFixture.BOX_FILL, 4));
		byte[] doubled = DiagramImages.png(f.display, f.diagram, List.of(), 2);
		assertEquals(2 * data.width, new ImageLoader().load(new ByteArrayInputStream(doubled))[0].width);
	}

	@Test
	void wholeDiagramPngAtTwiceTheScaleHasTwiceThePixels() {
		f.viewer.select(List.of(f.c));
		byte[] png = DiagramImages.png(f.display, f.diagram, 2);
		ImageData data = new ImageLoader().load(new ByteArrayInputStream(png))[0];
		// the whole diagram, not the selection: 20..740 × 20..270 plus the 20 px border, doubled
		assertEquals(2 * (740 - 20 + 40), data.width);
		assertEquals(2 * (270 - 20 + 40), data.height);
		assertTrue(Pixels.close(Pixels.at(data, 2 * (730 - 20 + 20), 2 * (140 - 20 + 20)), CanvasFixture.BOX_FILL, 4), "Mediation C's body");
		assertTrue(Pixels.close(Pixels.at(data, 2 * (170 - 20 + 20), 2 * (125 - 20 + 20)), CanvasFixture.BOX_FILL, 4), "Gateway A's body");
	}

	@Test
	void wholeDiagramSvgAtTwiceTheScaleIsTwiceAsLargeOverTheSameArea() throws Exception {
		org.w3c.dom.Element root = parse(DiagramImages.svg(f.diagram, 2)).getDocumentElement();
		assertEquals("1520", root.getAttribute("width"));
		assertEquals("580", root.getAttribute("height"));
		assertEquals("0 0 760 290", root.getAttribute("viewBox"));
	}

	@Test
	void svgExportIsWellFormedWithTextAndEmbeddedIcons() throws Exception {
		Document svg = parse(DiagramImages.svg(f.diagram, List.of()));
		assertEquals("svg", svg.getDocumentElement().getNodeName());
		List<String> texts = texts(svg);
		assertTrue(texts.containsAll(List.of("Site A", "Gateway A", "Gateway B", "Mediation C", "trunk", "120 users", "2 trunks", "!")), texts.toString());
		NodeList lines = svg.getElementsByTagName("polyline");
		int edges = 0;
		for (int i = 0; i < lines.getLength(); i++) {
			edges += "#5a6470".equals(((org.w3c.dom.Element) lines.item(i)).getAttribute("stroke")) ? 1 : 0;
		}
		assertEquals(1, edges, "one edge, in the edge colour");
		NodeList images = svg.getElementsByTagName("image");
		assertEquals(3, images.getLength(), "one icon per node");
		assertTrue(((org.w3c.dom.Element) images.item(0)).getAttribute("xlink:href").startsWith("data:image/svg+xml;base64,"));
	}

	@Test
	void svgOfASelectionHoldsOnlyTheSelection() throws Exception {
		List<String> texts = texts(parse(DiagramImages.svg(f.diagram, List.of(f.c))));
		assertTrue(texts.contains("Mediation C"));
		assertFalse(texts.contains("Gateway A"));
		assertFalse(texts.contains("trunk"), "the edge leads outside the selection");
	}

	private static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}

	private static List<String> texts(Document svg) {
		List<String> texts = new ArrayList<>();
		NodeList nodes = svg.getElementsByTagName("text");
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent());
		}
		return texts;
	}
}
