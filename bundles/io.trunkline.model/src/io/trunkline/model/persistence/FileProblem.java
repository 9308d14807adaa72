package io.trunkline.model.persistence;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMIException;

/**
 * A problem Trunkline itself finds while reading a topology file (a reference outside the file, a repeated id,
 * a value too long), already in the planner's words. The element is described when the problem is reported,
 * after all its attributes are read.
 */
final class FileProblem extends XMIException {

    private static final long serialVersionUID = 1L;

    private final transient EObject element;
    private final String problem;

    FileProblem(EObject element, String problem, int line, int column) {
        super(problem, "", line, column);
        this.element = element;
        this.problem = problem;
    }

    /** The element concerned, or {@code null} when the problem is the file's. */
    EObject element() {
        return element;
    }

    /** What is wrong. */
    String problem() {
        return problem;
    }
}
