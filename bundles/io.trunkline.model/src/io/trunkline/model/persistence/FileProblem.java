package io.trunkline.model.persistence;

import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMIException;

/**
 * A problem Trunkline itself finds while reading a topology file (a reference outside the file, a repeated id,
 * a value too long), already in the planner's words. The element, and any other element the problem names, are
 * described when the problem is reported, after the whole file is read.
 */
final class FileProblem extends XMIException {

    private static final long serialVersionUID = 1L;

    private final transient EObject element;
    private final transient Supplier<String> problem;

    FileProblem(EObject element, String problem, int line, int column) {
        this(element, () -> problem, line, column);
    }

    FileProblem(EObject element, Supplier<String> problem, int line, int column) {
        super("", "", line, column);
        this.element = element;
        this.problem = problem;
    }

    /** The element concerned, or {@code null} when the problem is the file's. */
    EObject element() {
        return element;
    }

    /** What is wrong. */
    String problem() {
        return problem.get();
    }
}
