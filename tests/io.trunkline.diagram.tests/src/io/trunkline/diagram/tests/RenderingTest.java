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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import io.trunkline.diagram.export.DiagramImages;

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
		Point badge = f.pixel(174, 81);
		RGB error = Pixels.at(shot, badge.x, badge.y);
		assertTrue(error.red > 150 && error.green < 90, "error badge is red at the gateway's top-right corner: " + error);
		Point edge = f.pixel(500, 115);
		int darkest = 255;
		for (int y = edge.y - 2; y <= edge.y + 2; y++) {
			darkest = Math.min(darkest, Pixels.at(shot, edge.x, y).red);
		}
		assertTrue(darkest < 150, "the trunk line is drawn between the nodes");
		assertTrue(Pixels.differingShare(shot, "scene-100.png") < 0.01, "matches the reviewed reference");
	}

	@Test
	void zoomedOutSceneDropsTextButKeepsShapes() throws Exception {
		f.viewer.setZoom(0.3, new Point(0, 0));
		f.viewer.scrollTo(0, 0);
		ImageData shot = f.screenshot();
		CanvasFixture.save(shot, "scene-30.png");
		Point inside = f.pixel(670, 125);
		assertTrue(Pixels.close(Pixels.at(shot, inside.x, inside.y), CanvasFixture.BOX_FILL, 4),
				"at 30 % the label is not drawn, the body shows its fill");
		assertTrue(Pixels.differingShare(shot, "scene-30.png") < 0.01, "matches the reviewed reference");
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
