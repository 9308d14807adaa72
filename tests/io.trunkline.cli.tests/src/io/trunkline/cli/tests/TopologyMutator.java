package io.trunkline.cli.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Makes hostile variants of a topology file, the way a careless tool or a malicious sender would: elements
 * dropped, duplicated or swapped, numbers at their boundaries, huge strings, control characters, formula-like
 * names, unknown enumeration literals and references to elements outside the file. The same random source gives
 * the same variant, so a seed and a variant number reproduce a failure.
 */
final class TopologyMutator {

    /** A variant and what was done to make it. */
    record Variant(byte[] bytes, List<String> mutations, boolean foreignReference) {
    }

    private static final List<String> NUMBERS = List.of("0", "-1", "2147483647", "-2147483648", "2147483648", "NaN",
            "Infinity", "-Infinity", "1e308", "-1e308", "4.9e-324", "0.5", "", "twelve", " 7 ");
    private static final List<String> NUMERIC_ATTRIBUTES = List.of("users", "pstnPorts", "servers", "channels",
            "siteId", "audioBandwidthKbps", "peerPort", "mediationPort", "failoverSeconds", "usersRemaining",
            "customCallsPerUserBusyHour", "gradeOfService", "meanHoldingTimeSeconds");
    private static final List<String> ENUM_ATTRIBUTES = List.of("kind", "usageProfile", "deploymentOption", "lineType",
            "transport", "mediaBypassMode", "placement");
    private static final List<String> TEXT_ATTRIBUTES = List.of("name", "city", "description", "fqdn", "address",
            "carrier", "organisation", "countryRegion", "state");
    private static final List<String> HOSTILE_TEXT = List.of("=cmd|' /C calc'!A0", "=HYPERLINK(\"x\",\"y\")", "+1+1",
            "-2+3", "@SUM(1)", "\tTab", "Red\u001b[31m", "C1\u009bcontrol", "del\u007f", "bell\u0007", "nul\u0000",
            "<script>alert(1)</script>", "a,b\"c\r\nd", "Zürich – 東京 🎉");

    private final Random random;
    private final int port;

    /**
     * @param random the source of every choice
     * @param port   a local port nobody should ever connect to: foreign references point there
     */
    TopologyMutator(Random random, int port) {
        this.random = random;
        this.port = port;
    }

    Variant mutate(byte[] topology) throws Exception {
        Document document = parse(topology);
        List<String> mutations = new ArrayList<>();
        Set<String> foreignValues = new HashSet<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            List<Element> elements = elements(document);
            Element target = elements.get(random.nextInt(elements.size()));
            int kind = random.nextInt(100);
            if (kind < 10 && target != document.getDocumentElement()) {
                target.getParentNode().removeChild(target);
                mutations.add("drop " + describe(target));
            } else if (kind < 18 && target != document.getDocumentElement()) {
                target.getParentNode().insertBefore(target.cloneNode(true), target.getNextSibling());
                mutations.add("duplicate " + describe(target));
            } else if (kind < 24) {
                Element other = elements.get(random.nextInt(elements.size()));
                if (swap(target, other)) {
                    mutations.add("swap " + describe(target) + " and " + describe(other));
                }
            } else if (kind < 50) {
                String attribute = pick(NUMERIC_ATTRIBUTES);
                String value = pick(NUMBERS);
                target.setAttribute(attribute, value);
                mutations.add(describe(target) + " " + attribute + "=\"" + value + "\"");
            } else if (kind < 60) {
                String attribute = pick(ENUM_ATTRIBUTES);
                String value = random.nextBoolean() ? "BOGUS" : "";
                target.setAttribute(attribute, value);
                mutations.add(describe(target) + " " + attribute + "=\"" + value + "\"");
            } else if (kind < 72) {
                String attribute = pick(TEXT_ATTRIBUTES);
                String value = pick(HOSTILE_TEXT);
                target.setAttribute(attribute, value);
                mutations.add(describe(target) + " " + attribute + "=" + printable(value));
            } else if (kind < 75) {
                String attribute = pick(TEXT_ATTRIBUTES);
                int length = 33_000 + random.nextInt(8_000);
                target.setAttribute(attribute, "=" + "x".repeat(length));
                mutations.add(describe(target) + " " + attribute + " of " + (length + 1) + " characters");
            } else if (kind < 90) {
                Attr reference = referenceOf(document, target);
                if (reference != null) {
                    String value = foreignReference(document);
                    if (value.contains(":")) {
                        foreignValues.add(value);
                    }
                    mutations.add(describe(target) + " " + reference.getName() + "=\"" + value + "\"");
                    reference.setValue(value);
                }
            } else if (kind < 95) {
                NamedNodeMap attributes = target.getAttributes();
                if (attributes.getLength() > 0) {
                    Node attribute = attributes.item(random.nextInt(attributes.getLength()));
                    if (!attribute.getNodeName().startsWith("xmlns")) {
                        target.removeAttribute(attribute.getNodeName());
                        mutations.add(describe(target) + " without " + attribute.getNodeName());
                    }
                }
            } else {
                target.setAttribute("bogus", "1");
                mutations.add(describe(target) + " bogus=\"1\"");
            }
        }
        return new Variant(serialise(document), mutations, holdsAny(document, foreignValues));
    }

    /** A later mutation may drop the element a foreign reference was written into: only what is left counts. */
    private static boolean holdsAny(Document document, Set<String> values) {
        for (Element element : elements(document)) {
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                if (values.contains(attributes.item(i).getNodeValue())) {
                    return true;
                }
            }
        }
        return false;
    }

    private String foreignReference(Document document) {
        List<String> ids = ids(document);
        String some = ids.isEmpty() ? "x" : ids.get(random.nextInt(ids.size()));
        return switch (random.nextInt(5)) {
        case 0 -> "http://127.0.0.1:" + port + "/other.topology#" + some;
        case 1 -> "file:///etc/passwd#x";
        case 2 -> some + " " + ids.get(random.nextInt(ids.size()));
        case 3 -> "no-such-element";
        default -> some;
        };
    }

    /** An attribute of {@code element} whose value names other elements by id, or null. */
    private static Attr referenceOf(Document document, Element element) {
        Set<String> ids = new HashSet<>(ids(document));
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (!attribute.getName().equals("id") && !attribute.getValue().isEmpty()
                    && List.of(attribute.getValue().split(" ")).stream().allMatch(ids::contains)) {
                return attribute;
            }
        }
        return null;
    }

    private static boolean swap(Element a, Element b) {
        if (a == b || a.getParentNode() == null || b.getParentNode() == null || isAncestor(a, b) || isAncestor(b, a)
                || a == a.getOwnerDocument().getDocumentElement() || b == b.getOwnerDocument().getDocumentElement()) {
            return false;
        }
        Node placeholder = a.getOwnerDocument().createComment("swap");
        a.getParentNode().replaceChild(placeholder, a);
        b.getParentNode().replaceChild(a, b);
        placeholder.getParentNode().replaceChild(b, placeholder);
        return true;
    }

    private static boolean isAncestor(Node ancestor, Node node) {
        for (Node n = node.getParentNode(); n != null; n = n.getParentNode()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static List<Element> elements(Document document) {
        List<Element> all = new ArrayList<>();
        NodeList nodes = document.getElementsByTagName("*");
        for (int i = 0; i < nodes.getLength(); i++) {
            all.add((Element) nodes.item(i));
        }
        return all;
    }

    private static List<String> ids(Document document) {
        return elements(document).stream().map(e -> e.getAttribute("id")).filter(id -> !id.isEmpty()).toList();
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static String describe(Element element) {
        String id = element.getAttribute("id");
        return "<" + element.getTagName() + (id.isEmpty() ? "" : " id=" + id) + ">";
    }

    private static String printable(String text) {
        StringBuilder shown = new StringBuilder("\"");
        text.codePoints().forEach(c -> shown.append(c < 0x20 || (c >= 0x7f && c <= 0x9f)
                ? String.format("\\u%04x", c) : new String(Character.toChars(c))));
        return shown.append('"').toString();
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static byte[] serialise(Document document) throws Exception {
        Transformer transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        transformer.transform(new DOMSource(document), new StreamResult(out));
        return out.toByteArray();
    }
}
