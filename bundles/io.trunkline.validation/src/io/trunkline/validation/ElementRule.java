package io.trunkline.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A rule that checks instances of some classes, one at a time. Built with {@link #rule}: the check is a
 * typed lambda, and the neighbourhood ({@link Neighbours}) says which further objects' changes can alter its
 * result.
 */
public final class ElementRule extends Rule {

    /** Checks one target of type {@code T}. */
    @FunctionalInterface
    public interface Check<T> {
        /** Reports what is wrong with {@code target} into {@code findings}. */
        void check(T target, RuleContext context, Findings findings);
    }

    /**
     * Maps a changed object (and the feature that changed, or {@code null} when it was added or removed) to the
     * targets whose result may change.
     */
    @FunctionalInterface
    public interface Neighbours {
        /** Adds the affected targets to {@code into}. */
        void collect(EObject changed, EStructuralFeature feature, RuleContext context, Collection<EObject> into);
    }

    private final Set<EClass> targets;
    private final Class<?> type;
    private final Check<Object> check;
    private final List<Neighbours> neighbours;

    @SuppressWarnings("unchecked")
    private ElementRule(Builder<?> b) {
        super(b.id, b.code, b.severity, b.title, b.source, b.usesSizing);
        this.targets = Set.copyOf(b.targets);
        this.type = b.type;
        this.check = (Check<Object>) b.check;
        this.neighbours = List.copyOf(b.neighbours);
    }

    /** Starts a rule that checks objects of {@code type}, instances of {@code targets}. */
    public static <T> Builder<T> rule(String id, int code, Severity severity, String title, RuleSource source,
            Class<T> type, EClass... targets) {
        return new Builder<>(id, code, severity, title, source, type, targets);
    }

    @Override
    public Set<EClass> targets() {
        return targets;
    }

    @Override
    public void check(EObject target, RuleContext context, Findings findings) {
        if (type.isInstance(target)) {
            check.check(target, context, findings);
        }
    }

    @Override
    public Collection<? extends EObject> related(EObject changed, RuleContext context) {
        return related(changed, null, context);
    }

    /** Targets affected by a change of {@code feature} (null: added or removed) on {@code changed}. */
    public Collection<EObject> related(EObject changed, EStructuralFeature feature, RuleContext context) {
        List<EObject> into = new ArrayList<>(2);
        if (isTarget(changed)) {
            into.add(changed);
        }
        for (Neighbours n : neighbours) {
            n.collect(changed, feature, context, into);
        }
        return into;
    }

    /** Whether {@code object} is checked by this rule. */
    public boolean isTarget(EObject object) {
        for (EClass target : targets) {
            if (target.isInstance(object)) {
                return true;
            }
        }
        return false;
    }

    /** Builder of an {@link ElementRule}. */
    public static final class Builder<T> {
        private final String id;
        private final int code;
        private final Severity severity;
        private final String title;
        private final RuleSource source;
        private final Class<T> type;
        private final List<EClass> targets;
        private final List<Neighbours> neighbours = new ArrayList<>();
        private boolean usesSizing;
        private Check<T> check;

        private Builder(String id, int code, Severity severity, String title, RuleSource source, Class<T> type,
                EClass... targets) {
            this.id = id;
            this.code = code;
            this.severity = severity;
            this.title = title;
            this.source = source;
            this.type = type;
            this.targets = List.of(targets);
        }

        /** Also re-check when these neighbours change. */
        public Builder<T> alsoWhen(Neighbours... more) {
            neighbours.addAll(List.of(more));
            return this;
        }

        /** The rule reads sizing results. */
        public Builder<T> usingSizing() {
            usesSizing = true;
            return this;
        }

        /** Completes the rule with its check. */
        public ElementRule checking(Check<T> body) {
            this.check = body;
            return new ElementRule(this);
        }
    }
}
