package io.trunkline.model.persistence;

import java.io.CharConversionException;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.xml.sax.SAXParseException;

import io.trunkline.model.Element;

/**
 * Turns what EMF and the XML parser report into {@link LoadProblem}s a planner can act on: file, line, the
 * element by type, name and id, and the problem, with no Java class names and no raw control characters.
 */
final class LoadProblems {

    /** A Java class name as parsers put them into messages, e.g. {@code com.example.io.SomeException: }. */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:: )?");

    private final String file;
    private final Supplier<List<String>> lines;
    private List<String> knownLines;

    LoadProblems(String file, Supplier<List<String>> lines) {
        this.file = UserText.printable(file, TopologyLimits.MAX_NAME_LENGTH);
        this.lines = lines;
    }

    LoadProblem of(Throwable error) {
        FileProblem own = find(error, FileProblem.class);
        if (own != null) {
            return new LoadProblem(file, Math.max(own.getLine(), 0), Math.max(own.getColumn(), 0),
                    own.element() == null ? "" : describe(own.element()), own.problem());
        }
        CharConversionException encoding = find(error, CharConversionException.class);
        XMIException xmi = find(error, XMIException.class);
        if (encoding != null) {
            return new LoadProblem(file, xmi == null ? 0 : Math.max(xmi.getLine(), 0),
                    xmi == null ? 0 : Math.max(xmi.getColumn(), 0), "",
                    "is not UTF-8 text here; is it a binary file, or saved in another encoding?");
        }
        SAXParseException parse = find(error, SAXParseException.class);
        if (parse != null) {
            return new LoadProblem(file, Math.max(parse.getLineNumber(), 0), Math.max(parse.getColumnNumber(), 0),
                    lineText(parse.getLineNumber()), describeXml(parse));
        }
        if (xmi != null) {
            EObject object = objectOf(xmi);
            return new LoadProblem(file, Math.max(xmi.getLine(), 0), Math.max(xmi.getColumn(), 0),
                    object == null ? lineText(xmi.getLine()) : describe(object), describe(xmi));
        }
        return general("cannot be read: " + messageOf(error));
    }

    LoadProblem general(String message) {
        return new LoadProblem(file, 0, 0, "", message);
    }

    private static EObject objectOf(XMIException error) {
        if (error instanceof FeatureNotFoundException unknown) {
            return unknown.getObject();
        }
        if (error instanceof IllegalValueException illegal) {
            return illegal.getObject();
        }
        if (error instanceof UnresolvedReferenceException dangling) {
            return dangling.getObject();
        }
        return null;
    }

    private static String describe(XMIException error) {
        if (error instanceof FeatureNotFoundException unknown) {
            return "unknown attribute or element '" + UserText.printable(unknown.getName())
                    + "'; it is not part of the Trunkline topology format, and dropping it would lose data";
        }
        if (error instanceof IllegalValueException illegal) {
            Object value = illegal.getValue();
            String shown = value instanceof EObject object ? describe(object) : "'" + UserText.printable(String.valueOf(value)) + "'";
            return "'" + illegal.getFeature().getName() + "' is " + shown + ", which is not "
                    + expected(illegal.getFeature().getEType());
        }
        if (error instanceof UnresolvedReferenceException dangling) {
            String feature = dangling.getFeature() == null ? "a reference" : "'" + dangling.getFeature().getName() + "'";
            return feature + " refers to '" + UserText.printable(dangling.getReference())
                    + "', but no element in the file has that id";
        }
        if (error instanceof ClassNotFoundException unknownType) {
            return "unknown element type '" + UserText.printable(unknownType.getName()) + "'";
        }
        if (error instanceof PackageNotFoundException namespace) {
            return namespace.uri() == null
                    ? "not a Trunkline topology: the element has no namespace (expected xmlns:topology=\"http://trunkline.io/topology/1.0\")"
                    : "not a Trunkline topology: unknown namespace '" + UserText.printable(namespace.uri())
                            + "' (expected http://trunkline.io/topology/1.0)";
        }
        return messageOf(error);
    }

    /** What a value of {@code type} looks like, in words. */
    private static String expected(EClassifier type) {
        EcorePackage ecore = EcorePackage.eINSTANCE;
        if (type == ecore.getEInt()) {
            return "a whole number";
        }
        if (type == ecore.getEDouble()) {
            return "a number";
        }
        if (type == ecore.getEBoolean()) {
            return "true or false";
        }
        if (type instanceof EEnum literals) {
            return "one of " + String.join(", ", literals.getELiterals().stream().map(l -> l.getLiteral()).toList());
        }
        return "a " + type.getName();
    }

    private static String describeXml(SAXParseException error) {
        String message = messageOf(error);
        if (message.contains("DOCTYPE")) {
            return "document type declarations (DOCTYPE, entities) are not allowed in topology files";
        }
        if (message.contains("Premature end of file")) {
            return "the file is empty or ends before the topology is complete";
        }
        return "malformed XML: " + message;
    }

    /** An element as a planner finds it in the file: its type, name and id, e.g. {@code TrunkPeer 'gw1' (peer-1)}. */
    static String describe(EObject object) {
        String type = object.eClass().getName();
        if (!(object instanceof Element element)) {
            return type;
        }
        String id = element.getId() == null || element.getId().isBlank() ? null : UserText.printable(element.getId());
        if (element.getName() != null && !element.getName().isBlank()) {
            return type + " '" + UserText.printable(element.getName()) + "'" + (id == null ? "" : " (" + id + ")");
        }
        return id == null ? type : type + " " + id;
    }

    private String lineText(int line) {
        if (knownLines == null) {
            knownLines = lines.get();
        }
        if (line < 1 || line > knownLines.size()) {
            return "";
        }
        return UserText.printable(knownLines.get(line - 1).strip(), 120);
    }

    /** The first {@code type} among {@code error}, its causes and the exceptions EMF's parse wrapped, or null. */
    static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable current = error; current != null; current = current.getCause() == current ? null
                : current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            if (current instanceof XMIException xmi && xmi.getWrappedException() != null) {
                T wrapped = find(xmi.getWrappedException(), type);
                if (wrapped != null) {
                    return wrapped;
                }
            }
        }
        return null;
    }

    /** The parser's own words without Java class names, locations it adds or control characters. */
    private static String messageOf(Throwable error) {
        String message = error.getMessage() != null ? error.getMessage() : "unreadable content";
        message = CLASS_NAME.matcher(message).replaceAll("");
        message = message.replaceAll("\\s*\\((?:file|example|memory):[^)]*\\)", "");
        String cleaned = UserText.printable(message.strip(), 240);
        return cleaned.isEmpty() ? "unreadable content" : cleaned;
    }
}
