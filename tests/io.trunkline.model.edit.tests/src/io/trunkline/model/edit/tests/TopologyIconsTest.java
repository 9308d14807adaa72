package io.trunkline.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.trunkline.model.PeerKind;
import io.trunkline.model.TopologyFactory;
import io.trunkline.model.TopologyPackage;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.edit.icons.TopologyIcons;

/** Every element type and peer kind has its own small 16 × 16 SVG icon, and SWT renders each one. */
class TopologyIconsTest {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    /** What SWT's rasteriser may not support, or what would make an icon depend on something else. */
    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("text", "style", "image", "use", "filter", "linearGradient",
            "radialGradient", "pattern", "mask", "script", "foreignObject");

    @Test
    void everyConcreteTypeHasAnIconThatItsInstancesShow() {
        for (EClass type : concreteTypes()) {
            String icon = TopologyIcons.iconFor(type).toExternalForm();
            if (type != TopologyPackage.Literals.TRUNK_PEER) {
                assertEquals(icon, TopologyIcons.iconFor(TopologyFactory.eINSTANCE.create(type)).toExternalForm(), type.getName());
            }
        }
    }

    @Test
    void aTrunkPeerShowsItsKindAndTheTypeShowsAPstnGateway() {
        for (PeerKind kind : PeerKind.values()) {
            TrunkPeer peer = TopologyFactory.eINSTANCE.createTrunkPeer();
            peer.setKind(kind);
            assertEquals(TopologyIcons.iconFor(kind).toExternalForm(), TopologyIcons.iconFor(peer).toExternalForm(), kind.getName());
        }
        assertTrue(TopologyIcons.iconFor(TopologyPackage.Literals.TRUNK_PEER).getPath().endsWith("/pstn-gateway.svg"));
    }

    @Test
    void anIpPbxLooksLikeOneAndATdmPbxLikeACabinet() {
        io.trunkline.model.Pbx pbx = TopologyFactory.eINSTANCE.createPbx();
        assertTrue(TopologyIcons.iconFor(pbx).getPath().endsWith("/pbx.svg"));
        pbx.setKind(io.trunkline.model.PbxKind.IP);
        assertTrue(TopologyIcons.iconFor(pbx).getPath().endsWith("/ip-pbx.svg"));
    }

    @Test
    void noTwoThingsShareAnIcon() {
        // the TrunkPeer type and the PSTN_GATEWAY kind are the one thing that should
        assertEquals(concreteTypes().size() - 1 + PeerKind.values().length, icons().size(), icons().keySet().toString());
    }

    @TestFactory
    Stream<DynamicTest> everyIconIsASmallSelfContained16By16Svg() {
        return icons().entrySet().stream().map(icon -> DynamicTest.dynamicTest(icon.getKey(), () -> {
            byte[] bytes = bytes(icon.getValue());
            assertTrue(bytes.length < 1536, bytes.length + " bytes");
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Element svg = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes)).getDocumentElement();
            assertEquals(SVG_NS, svg.getNamespaceURI());
            assertEquals("svg", svg.getLocalName());
            assertEquals("16", svg.getAttribute("width"));
            assertEquals("16", svg.getAttribute("height"));
            assertEquals("0 0 16 16", svg.getAttribute("viewBox"));
            NodeList elements = svg.getElementsByTagName("*");
            for (int i = 0; i < elements.getLength(); i++) {
                Element element = (Element) elements.item(i);
                assertFalse(FORBIDDEN_ELEMENTS.contains(element.getLocalName()), element.getLocalName());
                assertFalse(element.hasAttribute("style") || element.hasAttribute("class") || element.hasAttribute("href")
                        || element.hasAttribute("xlink:href"), element.getLocalName() + " refers to a style or another resource");
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyIconRendersThroughSwt() {
        return icons().entrySet().stream().map(icon -> DynamicTest.dynamicTest(icon.getKey(), () -> {
            ImageData image = render(bytes(icon.getValue()), 16);
            assertEquals(16, image.width);
            assertEquals(16, image.height);
            int opaque = 0;
            for (int y = 0; y < image.height; y++) {
                for (int x = 0; x < image.width; x++) {
                    opaque += image.getAlpha(x, y) > 128 ? 1 : 0;
                }
            }
            assertTrue(opaque >= 16 * 16 / 10, "draws something: " + opaque + " opaque pixels");
        }));
    }

    /**
     * A picture of every icon, in file-name order: as shown (16 pixels, enlarged 4 ×) and drawn at
     * 64 pixels. The build puts it in target/, other runs in the temporary directory. Read back
     * from the file, every icon's two cells show it: neither is left blank.
     */
    @Test
    void contactSheetShowsEveryIconAtBothSizes() throws Exception {
        String file = System.getProperty("trunkline.iconSheet", System.getProperty("java.io.tmpdir") + "/trunkline-icons.png");
        List<URL> icons = List.copyOf(icons().values());
        int cell = 2 * 64 + 24, columns = 4, rows = (icons.size() + columns - 1) / columns;
        ImageData sheet = new ImageData(columns * cell, rows * (64 + 16), 24, new PaletteData(0xff0000, 0xff00, 0xff));
        for (int y = 0; y < sheet.height; y++) {
            for (int x = 0; x < sheet.width; x++) {
                sheet.setPixel(x, y, 0xffffff);
            }
        }
        for (int i = 0; i < icons.size(); i++) {
            byte[] bytes = bytes(icons.get(i));
            int x = i % columns * cell + 8, y = i / columns * (64 + 16) + 8;
            blend(sheet, render(bytes, 16).scaledTo(64, 64), x, y);
            blend(sheet, render(bytes, 64), x + 64 + 8, y);
        }
        ImageLoader out = new ImageLoader();
        out.data = new ImageData[] { sheet };
        out.save(file, SWT.IMAGE_PNG);
        ImageData written = new ImageLoader().load(file)[0];
        assertEquals(columns * cell, written.width);
        assertEquals(rows * (64 + 16), written.height);
        for (int i = 0; i < icons.size(); i++) {
            int x = i % columns * cell + 8, y = i / columns * (64 + 16) + 8;
            String name = icons.get(i).getPath();
            assertTrue(inked(written, x, y) >= 64 * 64 / 20, name + " enlarged from 16 pixels is drawn");
            assertTrue(inked(written, x + 64 + 8, y) >= 64 * 64 / 20, name + " at 64 pixels is drawn");
        }
    }

    /** Pixels of the 64-pixel cell at (x, y) that are not the sheet's white. */
    private static int inked(ImageData sheet, int x, int y) {
        int inked = 0;
        for (int j = 0; j < 64; j++) {
            for (int i = 0; i < 64; i++) {
                RGB rgb = sheet.palette.getRGB(sheet.getPixel(x + i, y + j));
                if (rgb.red < 240 || rgb.green < 240 || rgb.blue < 240) {
                    inked++;
                }
            }
        }
        return inked;
    }

    private static List<EClass> concreteTypes() {
        return TopologyPackage.eINSTANCE.getEClassifiers().stream().filter(EClass.class::isInstance).map(EClass.class::cast)
                .filter(type -> !type.isAbstract() && !type.isInterface()).toList();
    }

    /** Every icon there is, by file name; URLs are compared as text because URL.equals resolves host names. */
    private static SortedMap<String, URL> icons() {
        SortedMap<String, URL> icons = new TreeMap<>();
        Stream.concat(concreteTypes().stream().map(TopologyIcons::iconFor), Stream.of(PeerKind.values()).map(TopologyIcons::iconFor))
                .forEach(url -> icons.put(url.getPath().substring(url.getPath().lastIndexOf('/') + 1), url));
        return icons;
    }

    private static byte[] bytes(URL url) throws Exception {
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        }
    }

    /** SWT draws an SVG at the document's own size, so another size is asked for by rewriting it. */
    private static ImageData render(byte[] svg, int pixels) {
        String text = new String(svg, StandardCharsets.UTF_8).replaceFirst("width=\"16\" height=\"16\"",
                "width=\"" + pixels + "\" height=\"" + pixels + "\"");
        return new ImageLoader().load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))[0];
    }

    /** Draws {@code image} onto {@code sheet} at (x, y), blended over white. */
    private static void blend(ImageData sheet, ImageData image, int x, int y) {
        for (int j = 0; j < image.height; j++) {
            for (int i = 0; i < image.width; i++) {
                RGB rgb = image.palette.getRGB(image.getPixel(i, j));
                int alpha = image.getAlpha(i, j);
                sheet.setPixel(x + i, y + j, over(rgb.red, alpha) << 16 | over(rgb.green, alpha) << 8 | over(rgb.blue, alpha));
            }
        }
    }

    private static int over(int channel, int alpha) {
        return (channel * alpha + 255 * (255 - alpha)) / 255;
    }
}
