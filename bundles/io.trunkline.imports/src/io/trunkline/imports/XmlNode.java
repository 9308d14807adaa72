package io.trunkline.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One element of a parsed document: its local name and namespace, attributes, text, children, the line it
 * starts on and its path from the root ({@code /Topology/Services/Service[3]}), so every problem can name
 * where it is.
 */
final class XmlNode {

    private final String namespace;
    private final String name;
    private final Map<String, String> attributes;
    private final int line;
    private final XmlNode parent;
    private final int index;
    private final List<XmlNode> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    /** @param index the element's position among its parent's children of the same name, from 1 */
    XmlNode(String namespace, String name, Map<String, String> attributes, int line, XmlNode parent, int index) {
        this.namespace = namespace;
        this.name = name;
        this.attributes = attributes;
        this.line = line;
        this.parent = parent;
        this.index = index;
    }

    String namespace() {
        return namespace;
    }

    String name() {
        return name;
    }

    int line() {
        return line;
    }

    /**
     * The element's path, with a position only where its parent has more than one child of that name
     * ({@code /Topology/Services/Service[3]}), the way a planner reads it.
     */
    String path() {
        if (parent == null) {
            return "/" + name;
        }
        boolean several = index > 1 || parent.children.stream().filter(c -> c.name.equals(name)).limit(2).count() > 1;
        return parent.path() + "/" + name + (several ? "[" + index + "]" : "");
    }

    List<XmlNode> children() {
        return children;
    }

    /** The children with local name {@code name}, in any namespace. */
    List<XmlNode> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    Optional<XmlNode> child(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst();
    }

    Optional<String> attribute(String attributeName) {
        return Optional.ofNullable(attributes.get(attributeName));
    }

    /** The trimmed text directly inside the element. */
    String text() {
        return text.toString().trim();
    }

    /** The text directly inside the element as written, spaces kept (spreadsheet cells keep theirs). */
    String rawText() {
        return text.toString();
    }

    int textLength() {
        return text.length();
    }

    void appendText(char[] characters, int start, int length) {
        text.append(characters, start, length);
    }
}
