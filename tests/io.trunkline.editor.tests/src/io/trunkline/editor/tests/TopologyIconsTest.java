package io.trunkline.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import io.trunkline.diagram.render.PaintResources;
import io.trunkline.model.PeerKind;
import io.trunkline.model.TopologyPackage;
import io.trunkline.model.edit.icons.TopologyIcons;

/** Every element type and peer kind has an SVG icon that SWT actually renders. */
class TopologyIconsTest {

	@Test
	void everyTypeAndKindHasARenderableIcon() throws Exception {
		List<URL> icons = new ArrayList<>();
		for (EClassifier classifier : TopologyPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass type && !type.isAbstract()) {
				icons.add(TopologyIcons.iconFor(type));
			}
		}
		for (PeerKind kind : PeerKind.values()) {
			icons.add(TopologyIcons.iconFor(kind));
		}
		PaintResources resources = new PaintResources(Bench.display());
		try {
			for (URL icon : icons) {
				Element svg;
				try (InputStream in = icon.openStream()) {
					svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement();
				}
				assertEquals("svg", svg.getNodeName(), icon.toString());
				assertEquals("16", svg.getAttribute("width"), icon.toString());
				Image image = resources.icon(icon, 32);
				assertNotNull(image, "SWT rasterises " + icon);
				ImageData data = image.getImageData();
				assertEquals(32, data.width);
				int opaque = 0;
				for (int y = 0; y < data.height; y++) {
					for (int x = 0; x < data.width; x++) {
						opaque += data.getAlpha(x, y) > 128 ? 1 : 0;
					}
				}
				assertTrue(opaque > 32 * 32 / 10, icon + " draws something: " + opaque + " opaque pixels");
			}
		} finally {
			resources.dispose();
		}
	}
}
