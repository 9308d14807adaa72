package io.trunkline.validation;

import java.util.Collection;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * A planning rule: stable id, severity, title, source, and the check itself.
 * <p>
 * Element rules check one element of their target classes at a time; {@link #related} says which targets must
 * be checked again when some object changes, which is what makes live validation incremental.
 */
public abstract sealed class Rule permits ElementRule {

    private final String id;
    private final int code;
    private final Severity severity;
    private final String title;
    private final RuleSource source;
    private final boolean usesSizing;

    Rule(String id, int code, Severity severity, String title, RuleSource source, boolean usesSizing) {
        this.id = id;
        this.code = code;
        this.severity = severity;
        this.title = title;
        this.source = source;
        this.usesSizing = usesSizing;
    }

    /** Stable identifier, e.g. {@code TL-GW-01}. */
    public String id() {
        return id;
    }

    /** Stable number used as the EMF diagnostic code. */
    public int code() {
        return code;
    }

    /** Severity of every finding of this rule. */
    public Severity severity() {
        return severity;
    }

    /** What the rule asks for, in one line. */
    public String title() {
        return title;
    }

    /** Where the rule comes from. */
    public RuleSource source() {
        return source;
    }

    /** Whether the rule reads sizing results, which change whenever a sizing input changes anywhere. */
    public boolean usesSizing() {
        return usesSizing;
    }

    /** The classes whose instances this rule checks. */
    public abstract Set<EClass> targets();

    /** Checks one target. */
    public abstract void check(EObject target, RuleContext context, Findings findings);

    /** Targets whose result may change when {@code changed} changes (itself, its neighbours). */
    public abstract Collection<? extends EObject> related(EObject changed, RuleContext context);

    @Override
    public String toString() {
        return id;
    }
}
