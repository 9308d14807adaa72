package io.trunkline.model.persistence;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.xml.sax.SAXParseException;

import io.trunkline.model.Element;

/** Turns what EMF and the XML parser report into {@link LoadProblem}s a planner can act on. */
final class LoadProblems {

    private final String file;
    private final List<String> lines;

    LoadProblems(String file, List<String> lines) {
        this.file = file;
        this.lines = lines;
    }

    LoadProblem of(Throwable error) {
        SAXParseException parse = find(error, SAXParseException.class);
        if (parse != null) {
            return problem(parse.getLineNumber(), parse.getColumnNumber(), describeXml(parse));
        }
        XMIException xmi = find(error, XMIException.class);
        if (xmi != null) {
            return problem(xmi.getLine(), xmi.getColumn(), describe(xmi));
        }
        return new LoadProblem(file, 0, 0, "", "cannot be read: " + messageOf(error));
    }

    LoadProblem at(Element element, String message) {
        return new LoadProblem(file, 0, 0, nameOf(element), message);
    }

    LoadProblem general(String message) {
        return new LoadProblem(file, 0, 0, "", message);
    }

    private LoadProblem problem(int line, int column, String message) {
        return new LoadProblem(file, Math.max(line, 0), Math.max(column, 0), lineText(line), message);
    }

    private static String describe(XMIException error) {
        if (error instanceof FeatureNotFoundException unknown) {
            return "unknown attribute or element '" + unknown.getName() + "'" + onObject(unknown.getObject())
                    + "; it is not part of the Trunkline topology format, and dropping it would lose data";
        }
        if (error instanceof IllegalValueException illegal) {
            return "'" + illegal.getValue() + "' is not a valid " + illegal.getFeature().getEType().getName()
                    + " for '" + illegal.getFeature().getName() + "'" + onObject(illegal.getObject());
        }
        if (error instanceof UnresolvedReferenceException dangling) {
            return "'" + dangling.getFeature().getName() + "' refers to '" + dangling.getReference()
                    + "', but no element in the file has that id" + onObject(dangling.getObject());
        }
        if (error instanceof ClassNotFoundException unknownType) {
            return "unknown element type '" + unknownType.getName() + "'";
        }
        if (error instanceof PackageNotFoundException namespace) {
            return "not a Trunkline topology: unknown namespace '" + namespace.uri()
                    + "' (expected http://trunkline.io/topology/1.0)";
        }
        return messageOf(error);
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

    private static String onObject(EObject object) {
        if (object == null) {
            return "";
        }
        String id = object instanceof Element element && element.getId() != null ? " '" + element.getId() + "'" : "";
        return " on " + object.eClass().getName() + id;
    }

    static String nameOf(Element element) {
        String label = element.getName() != null ? " '" + element.getName() + "'" : "";
        return element.eClass().getName() + " " + element.getId() + label;
    }

    private String lineText(int line) {
        if (line < 1 || line > lines.size()) {
            return "";
        }
        String text = lines.get(line - 1).strip();
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable current = error; current != null; current = current.getCause() == current ? null
                : current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            if (current instanceof XMIException xmi && xmi.getWrappedException() != null
                    && type.isInstance(xmi.getWrappedException())) {
                return type.cast(xmi.getWrappedException());
            }
        }
        return null;
    }

    private static String messageOf(Throwable error) {
        return error.getMessage() != null ? error.getMessage() : error.getClass().getSimpleName();
    }
}
