package io.trunkline.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.trunkline.model.Element;

/** Collects what one check of one rule finds. */
public final class Findings {

    private final Rule rule;
    private final List<Finding> found = new ArrayList<>(1);

    Findings(Rule rule) {
        this.rule = rule;
    }

    /** Reports {@code target} with {@code message}; {@code others} are the further elements the message names. */
    public void report(Element target, String message, EObject... others) {
        List<EObject> involved = new ArrayList<>(others.length + 1);
        involved.add(target);
        involved.addAll(Arrays.asList(others));
        found.add(new Finding(rule, target, message, involved));
    }

    List<Finding> list() {
        return found;
    }
}
