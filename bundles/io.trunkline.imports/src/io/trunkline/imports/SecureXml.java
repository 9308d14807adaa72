package io.trunkline.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import io.trunkline.model.persistence.TopologyLimits;
import io.trunkline.model.persistence.UserText;

/**
 * Parses a document the planner hands over, which may be hostile: no document type declarations (hence no
 * external entities and no entity expansion), nothing resolved from the network or the disk, at most
 * {@link TopologyLimits#MAX_IMPORT_ELEMENTS} elements nested at most {@link #MAX_DEPTH} deep, and text no longer than
 * {@link TopologyLimits#MAX_DESCRIPTION_LENGTH} per element. The byte limit is checked by the caller before.
 */
final class SecureXml {

    /** Deeper than any topology document (the deepest path in one is about ten elements). */
    static final int MAX_DEPTH = 64;

    private SecureXml() {
    }

    static XmlNode parse(byte[] bytes, String file) throws ImportProblem {
        Builder builder = new Builder(file);
        try {
            SAXParser parser = factory().newSAXParser();
            InputSource source = new InputSource(new ByteArrayInputStream(bytes));
            parser.parse(source, builder);
        } catch (Stop stop) {
            throw stop.problem;
        } catch (SAXParseException e) {
            throw new ImportProblem(file, Math.max(e.getLineNumber(), 0), "", "is not readable XML: " + plain(e));
        } catch (SAXException | ParserConfigurationException e) {
            throw new ImportProblem(file, 0, "", "is not readable XML");
        } catch (IOException e) {
            // The parser reports undecodable bytes as an I/O error of its reader.
            throw new ImportProblem(file, builder.line(), "", "is not readable XML: its characters do not match its encoding");
        }
        if (builder.root == null) {
            throw new ImportProblem(file, 0, "", "contains no XML element");
        }
        return builder.root;
    }

    private static SAXParserFactory factory() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory;
    }

    /** The parser's message without its internal vocabulary. */
    private static String plain(SAXParseException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("DOCTYPE")) {
            return "it declares a document type (DOCTYPE), which topology documents never do and Trunkline does not read";
        }
        return UserText.printable(message, 200);
    }

    private static final class Stop extends SAXException {
        private static final long serialVersionUID = 1L;
        private final transient ImportProblem problem;

        Stop(ImportProblem problem) {
            super(problem.getMessage());
            this.problem = problem;
        }
    }

    private static final class Builder extends DefaultHandler {
        private final String file;
        private final Deque<XmlNode> open = new ArrayDeque<>();
        private final Deque<Map<String, Integer>> siblingCounts = new ArrayDeque<>();
        private Locator locator;
        private XmlNode root;
        private int elements;

        Builder(String file) {
            this.file = file;
            siblingCounts.push(new HashMap<>());
        }

        int line() {
            return locator == null ? 0 : Math.max(locator.getLineNumber(), 0);
        }

        @Override
        public void setDocumentLocator(Locator value) {
            this.locator = value;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            XmlNode parent = open.peek();
            if (++elements > TopologyLimits.MAX_IMPORT_ELEMENTS) {
                throw stop(pathOf(parent), String.format(Locale.ROOT, "has more than %,d elements; Trunkline imports documents of up to that many",
                        TopologyLimits.MAX_IMPORT_ELEMENTS));
            }
            if (open.size() >= MAX_DEPTH) {
                throw stop(pathOf(parent), "is nested more than " + MAX_DEPTH + " elements deep; a topology document never is");
            }
            int index = siblingCounts.peek().merge(localName, 1, Integer::sum);
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < attributes.getLength(); i++) {
                String value = attributes.getValue(i);
                if (value.length() > TopologyLimits.MAX_NAME_LENGTH * 16) {
                    throw stop(pathOf(parent) + "/" + localName, "attribute " + attributes.getLocalName(i) + " is " + value.length() + " characters long");
                }
                values.put(attributes.getLocalName(i), value);
            }
            XmlNode node = new XmlNode(uri, localName, values, line(), parent, index);
            if (parent == null) {
                root = node;
            } else {
                parent.children().add(node);
            }
            open.push(node);
            siblingCounts.push(new HashMap<>());
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            open.pop();
            siblingCounts.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (open.isEmpty()) {
                return;
            }
            XmlNode node = open.peek();
            if (node.textLength() + length > TopologyLimits.MAX_DESCRIPTION_LENGTH) {
                throw stop(node.path(), "holds more than " + TopologyLimits.MAX_DESCRIPTION_LENGTH + " characters of text");
            }
            node.appendText(ch, start, length);
        }

        private static String pathOf(XmlNode node) {
            return node == null ? "" : node.path();
        }

        private Stop stop(String path, String problem) {
            return new Stop(new ImportProblem(file, line(), path, problem));
        }
    }
}
