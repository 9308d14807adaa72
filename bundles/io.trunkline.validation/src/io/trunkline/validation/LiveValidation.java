package io.trunkline.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.trunkline.model.Topology;
import io.trunkline.planning.IncrementalSizing;
import io.trunkline.planning.TopologySizing;
import io.trunkline.validation.RuleRunner.Check;

/**
 * Validation that follows the model as it is edited.
 * <p>
 * An adapter on the topology records which objects changed and how (the feature, or "added/removed"), and the
 * old and new ends of changed references. {@link #flush()} then re-runs only the checks those changes can
 * affect: for each rule, the targets its neighbourhood names, the checks whose messages name a changed object,
 * and the sizing checks of every element whose sizing result changed. Sizing is kept up to date incrementally
 * ({@link IncrementalSizing}) and shared: {@link #sizing()} is the one sizing of the topology after the last
 * flush, for the editor too. The result always equals a full pass (tested on random edit sequences).
 * Listeners receive the difference.
 */
public final class LiveValidation {

    private final Topology topology;
    private final RuleRunner runner = new RuleRunner(RuleCatalogue.all());
    private final RuleContext context;
    private IncrementalSizing sizing;
    private final Map<Check, List<Finding>> results = new HashMap<>();
    private final Map<EObject, Set<Check>> checksByTarget = new IdentityHashMap<>();
    private final Map<EObject, Set<Check>> checksNaming = new IdentityHashMap<>();
    private final Map<EObject, Set<EStructuralFeature>> dirty = new IdentityHashMap<>();
    private final List<Consumer<ValidationDelta>> listeners = new CopyOnWriteArrayList<>();
    private final Recorder recorder = new Recorder();
    private boolean autoFlush = true;

    /** Validates {@code topology} fully and starts following its changes. */
    public LiveValidation(Topology topology) {
        this.topology = topology;
        this.context = new RuleContext(topology);
        this.sizing = new IncrementalSizing(topology);
        context.follow(sizing);
        store(runner.runAll(topology, context));
        topology.eAdapters().add(recorder);
    }

    /** Stops following the topology. */
    public void dispose() {
        topology.eAdapters().remove(recorder);
    }

    /** Whether each change is validated at once (the default) or only on {@link #flush()}. */
    public void setAutoFlush(boolean autoFlush) {
        this.autoFlush = autoFlush;
    }

    /** Receives every non-empty delta. */
    public void addListener(Consumer<ValidationDelta> listener) {
        listeners.add(listener);
    }

    /** Stops sending deltas to {@code listener}. */
    public void removeListener(Consumer<ValidationDelta> listener) {
        listeners.remove(listener);
    }

    /**
     * The sizing of the topology as of the last flush (with auto-flush on, after every change): validation
     * computed it anyway, so the editor shows it instead of sizing the topology again.
     */
    public TopologySizing sizing() {
        return sizing.sizing();
    }

    /** Current findings, ordered by rule id, element id and message. */
    public List<Finding> findings() {
        return RuleRunner.ordered(results.values());
    }

    /** Re-validates everything from scratch and publishes what changed. */
    public ValidationDelta revalidateAll() {
        dirty.clear();
        sizing = new IncrementalSizing(topology);
        context.follow(sizing);
        context.forgetIndexes();
        List<Finding> before = findings();
        clear();
        store(runner.runAll(topology, context));
        List<Finding> after = findings();
        return publish(difference(after, before), difference(before, after));
    }

    /** Whether changes were recorded since the last flush (an edit that set a value to itself is none). */
    public boolean hasPendingChanges() {
        return !dirty.isEmpty();
    }

    /** Validates the changes recorded since the last flush and publishes what changed. */
    public ValidationDelta flush() {
        if (dirty.isEmpty()) {
            return new ValidationDelta(List.of(), List.of());
        }
        Set<EObject> resized = sizing.update(dirty);
        dirty.forEach(context::forgetIndexesReading);
        context.updateKeyIndexes(dirty);
        Set<Check> recheck = new LinkedHashSet<>();
        for (Map.Entry<EObject, Set<EStructuralFeature>> change : dirty.entrySet()) {
            collect(change.getKey(), change.getValue(), recheck);
        }
        if (!resized.isEmpty()) {
            checksWhoseSizingChanged(resized, recheck);
        }
        dirty.clear();

        List<Finding> added = new ArrayList<>();
        List<Finding> removed = new ArrayList<>();
        for (Check check : recheck) {
            List<Finding> before = results.getOrDefault(check, List.of());
            List<Finding> after = isLive(check.target()) ? runner.run(check, context) : List.of();
            if (!sameFindings(before, after)) {
                unstore(check);
                if (!after.isEmpty()) {
                    store(check, after);
                }
                removed.addAll(difference(before, after));
                added.addAll(difference(after, before));
            }
        }
        return publish(added, removed);
    }

    private void collect(EObject changed, Set<EStructuralFeature> features, Set<Check> recheck) {
        for (Rule rule : runner.rules()) {
            ElementRule elementRule = (ElementRule) rule;
            for (EStructuralFeature feature : features) {
                for (EObject target : elementRule.related(changed, feature, context)) {
                    if (elementRule.isTarget(target)) {
                        recheck.add(new Check(rule, target));
                    }
                }
            }
        }
        recheck.addAll(checksNaming.getOrDefault(changed, Set.of()));
        recheck.addAll(checksByTarget.getOrDefault(changed, Set.of()));
    }

    /**
     * Sizing is global (one site's users change its gateways' pools and the organisation totals), but most of
     * it does not move: re-check the sizing checks of the elements whose result changed, plus the topology-wide
     * ones.
     */
    private void checksWhoseSizingChanged(Set<EObject> resized, Set<Check> recheck) {
        List<Rule> sizingRules = runner.rules().stream().filter(Rule::usesSizing).toList();
        addSizingChecks(sizingRules, topology, recheck);
        for (EObject element : resized) {
            addSizingChecks(sizingRules, element, recheck);
        }
    }

    private static void addSizingChecks(List<Rule> sizingRules, EObject object, Set<Check> recheck) {
        for (Rule rule : sizingRules) {
            if (((ElementRule) rule).isTarget(object)) {
                recheck.add(new Check(rule, object));
            }
        }
    }

    private boolean isLive(EObject object) {
        return EcoreUtil.getRootContainer(object) == topology;
    }

    private ValidationDelta publish(List<Finding> added, List<Finding> removed) {
        added.sort(RuleRunner.FINDING_ORDER);
        removed.sort(RuleRunner.FINDING_ORDER);
        ValidationDelta delta = new ValidationDelta(added, removed);
        if (!delta.isEmpty()) {
            listeners.forEach(listener -> listener.accept(delta));
        }
        return delta;
    }

    private void store(Map<Check, List<Finding>> all) {
        all.forEach(this::store);
    }

    private void store(Check check, List<Finding> found) {
        results.put(check, found);
        checksByTarget.computeIfAbsent(check.target(), t -> new HashSet<>()).add(check);
        for (Finding finding : found) {
            for (EObject involved : finding.involved()) {
                checksNaming.computeIfAbsent(involved, t -> new HashSet<>()).add(check);
            }
        }
    }

    private void unstore(Check check) {
        List<Finding> old = results.remove(check);
        if (old == null) {
            return;
        }
        removeFrom(checksByTarget, check.target(), check);
        for (Finding finding : old) {
            for (EObject involved : finding.involved()) {
                removeFrom(checksNaming, involved, check);
            }
        }
    }

    private void clear() {
        results.clear();
        checksByTarget.clear();
        checksNaming.clear();
    }

    private static void removeFrom(Map<EObject, Set<Check>> index, EObject key, Check check) {
        Set<Check> checks = index.get(key);
        if (checks != null) {
            checks.remove(check);
            if (checks.isEmpty()) {
                index.remove(key);
            }
        }
    }

    private static boolean sameFindings(List<Finding> a, List<Finding> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).key().equals(b.get(i).key()) || !a.get(i).involved().equals(b.get(i).involved())) {
                return false;
            }
        }
        return true;
    }

    private static List<Finding> difference(List<Finding> from, List<Finding> minus) {
        Set<String> keys = new HashSet<>();
        minus.forEach(f -> keys.add(f.key()));
        List<Finding> result = new ArrayList<>();
        for (Finding f : from) {
            if (!keys.contains(f.key())) {
                result.add(f);
            }
        }
        return result;
    }

    private void markDirty(EObject object, EStructuralFeature feature) {
        dirty.computeIfAbsent(object, o -> new HashSet<>()).add(feature);
    }

    private void markTreeDirty(EObject root) {
        markDirty(root, null);
        root.eAllContents().forEachRemaining(o -> markDirty(o, null));
    }

    /** Records what changed; {@code null} as feature means the object was added or removed. */
    private final class Recorder extends EContentAdapter {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (notification.isTouch() || !(notification.getNotifier() instanceof EObject notifier)
                    || !(notification.getFeature() instanceof EStructuralFeature feature)) {
                return;
            }
            markDirty(notifier, feature);
            if (feature instanceof EReference reference) {
                boolean containment = reference.isContainment();
                for (Object value : values(notification)) {
                    if (value instanceof EObject object) {
                        if (containment) {
                            markTreeDirty(object);
                        } else {
                            markDirty(object, reference.getEOpposite());
                        }
                    }
                }
            }
            if (autoFlush) {
                flush();
            }
        }

        private static Collection<?> values(Notification notification) {
            List<Object> values = new ArrayList<>(2);
            for (Object value : new Object[] { notification.getOldValue(), notification.getNewValue() }) {
                if (value instanceof Collection<?> many) {
                    values.addAll(many);
                } else if (value != null) {
                    values.add(value);
                }
            }
            return values;
        }
    }
}
