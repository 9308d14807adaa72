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
import java.util.SortedMap;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.trunkline.model.Element;
import io.trunkline.model.Topology;

/**
 * The groups of elements that share a key under one {@link KeyGroups}: built once from the topology, then kept
 * up to date from the changes live validation records, so that a topology-wide uniqueness rule costs an edit only
 * the groups it touched. A one-shot pass (export, {@code validate}) builds it without what updates need: each
 * group is only its first element and its size, and no element's keys or inputs are kept. At 100,000 sites those
 * per-element maps and member lists were 380 MB of an 800 MB heap (issue 18, item 4). Nearly every key of a one-shot
 * index is an element's own (ids, names, addresses): such a group is held as the element itself, without a
 * {@link Group}, which at 100,000 sites were 653,000 objects (21 MB) while validation ran beside the failure sweep.
 */
final class KeyIndex<T extends Element> {

    private final Topology topology;
    private final KeyGroups<T> definition;
    private final boolean live;
    private final Map<EObject, List<String>> keysOf = new IdentityHashMap<>();
    /** Groups by key: a {@link Group}, or in a one-shot index the element itself while no other has its key. */
    private final Map<String, Object> groups = new HashMap<>();
    private final Map<EObject, List<EObject>> inputsOf = new IdentityHashMap<>();
    private final Map<EObject, Set<EObject>> readers = new IdentityHashMap<>();
    /** What the last update changed: the keys whose groups an element joined or left, and who left. */
    private final Set<String> touchedKeys = new HashSet<>();
    private final Set<EObject> left = new LinkedHashSet<>();
    private Set<EObject> regrouped;

    /**
     * Elements sharing one key (each once); in a live index, which of them comes first is worked out when asked,
     * then kept; a one-shot index keeps only the first and the count, the first found as members are added.
     */
    private final class Group {
        final List<EObject> members = live ? new ArrayList<>(2) : null;
        int count;
        EObject first;

        Group add(EObject member) {
            if (live) {
                members.add(member);
                first = null;
            } else {
                count++;
                if (first == null || definition.order().compare(member, first) < 0) {
                    first = member;
                }
            }
            return this;
        }

        int size() {
            return live ? members.size() : count;
        }

        EObject first() {
            if (first == null && live) {
                for (EObject member : members) {
                    if (first == null || definition.order().compare(member, first) < 0) {
                        first = member;
                    }
                }
            }
            return first;
        }
    }

    /**
     * Indexes the elements among {@code contents}, every object of the topology in model order; {@code live}: to
     * be kept up to date by {@link #update}, else to be read by one pass only.
     */
    KeyIndex(Topology topology, KeyGroups<T> definition, List<EObject> contents, boolean live) {
        this.topology = topology;
        this.definition = definition;
        this.live = live;
        for (EObject object : contents) {
            if (definition.type().isInstance(object)) {
                index(object);
            }
        }
    }

    /** The element that comes first among those with {@code key}, or {@code null} if none has it. */
    T first(String key) {
        Object held = groups.get(key);
        Group several = several(held);
        return definition.type().cast(several == null ? held : several.first());
    }

    /**
     * Follows the changes of one flush ({@code null} feature: added, removed or moved). Re-computes the keys of
     * changed elements and of those whose key reads a changed object, and remembers the members of every group an
     * element left or joined ({@link #regrouped()}): their first, and so their findings, may have changed.
     */
    void update(Map<EObject, Set<EStructuralFeature>> changes) {
        forgetChanges();
        for (Map.Entry<EObject, Set<EStructuralFeature>> change : changes.entrySet()) {
            EObject changed = change.getKey();
            if (definition.type().isInstance(changed)) {
                rekey(changed, moved(changes, changed));
            }
            Set<EObject> readingChanged = readers.get(changed);
            if (readingChanged != null) {
                for (EObject reader : List.copyOf(readingChanged)) {
                    rekey(reader, moved(changes, reader));
                }
            }
        }
    }

    private static boolean moved(Map<EObject, Set<EStructuralFeature>> changes, EObject object) {
        Set<EStructuralFeature> features = changes.get(object);
        return features != null && features.contains(null);
    }

    /** The elements whose group changed in the last {@link #update}: those that left one, and the members of each. */
    Collection<EObject> regrouped() {
        if (regrouped == null) {
            regrouped = new LinkedHashSet<>(left);
            for (String key : touchedKeys) {
                Group group = liveGroup(key);
                if (group != null) {
                    regrouped.addAll(group.members);
                }
            }
        }
        return regrouped;
    }

    /** Whether the last {@link #update} changed any group. */
    boolean changedGroups() {
        return !touchedKeys.isEmpty();
    }

    /** How many elements have each key, by key. */
    SortedMap<String, Integer> sizes() {
        SortedMap<String, Integer> sizes = new TreeMap<>();
        groups.forEach((key, group) -> sizes.put(key, size(group)));
        return sizes;
    }

    /** How many elements have {@code key}. */
    int size(String key) {
        return size(groups.get(key));
    }

    private int size(Object held) {
        Group several = several(held);
        return held == null ? 0 : several == null ? 1 : several.size();
    }

    /** What {@link #groups} holds for a key as a {@link Group}; null when that is an element alone, or nothing. */
    @SuppressWarnings("unchecked")
    private Group several(Object held) {
        return held == null || held instanceof EObject ? null : (Group) held;
    }

    /** The group of {@code key} in a live index, which holds every group as a {@link Group}. */
    private Group liveGroup(String key) {
        return several(groups.get(key));
    }

    private void forgetChanges() {
        touchedKeys.clear();
        left.clear();
        regrouped = null;
    }

    /** Adds an element of the topology as it is when the index is built (the full pass builds one per rule). */
    private void index(EObject element) {
        T typed = definition.type().cast(element);
        List<String> keys = definition.keysOf(typed);
        if (!live) {
            keys.forEach(key -> groups.merge(key, element, (held, same) -> held instanceof EObject alone
                    ? new Group().add(alone).add(element) : several(held).add(element)));
            return;
        }
        keys.forEach(key -> several(groups.computeIfAbsent(key, k -> new Group())).add(element));
        if (!keys.isEmpty()) {
            keysOf.put(element, keys);
        }
        List<EObject> inputs = definition.inputsOf(typed);
        if (!inputs.isEmpty()) {
            inputsOf.put(element, inputs);
            inputs.forEach(input -> readers.computeIfAbsent(input, i -> new LinkedHashSet<>(2)).add(element));
        }
    }

    /** {@code moved}: the element was added, removed or moved, so its place among its group may have changed. */
    private void rekey(EObject element, boolean moved) {
        boolean live = EcoreUtil.getRootContainer(element) == topology;
        T typed = definition.type().cast(element);
        List<String> before = keysOf.getOrDefault(element, List.of());
        List<String> after = live ? definition.keysOf(typed) : List.of();
        if (moved || !before.equals(after)) {
            before.forEach(key -> leave(key, element));
            after.forEach(key -> join(key, element));
            if (after.isEmpty()) {
                keysOf.remove(element);
            } else {
                keysOf.put(element, after);
            }
        }
        List<EObject> inputs = live ? definition.inputsOf(typed) : List.of();
        List<EObject> oldInputs = inputsOf.getOrDefault(element, List.of());
        if (!inputs.equals(oldInputs)) {
            oldInputs.forEach(input -> unread(input, element));
            inputs.forEach(input -> readers.computeIfAbsent(input, i -> new LinkedHashSet<>(2)).add(element));
            if (inputs.isEmpty()) {
                inputsOf.remove(element);
            } else {
                inputsOf.put(element, inputs);
            }
        }
    }

    private void leave(String key, EObject element) {
        Group group = liveGroup(key);
        if (group == null) {
            return;
        }
        group.members.remove(element);
        group.first = null;
        left.add(element);
        touchedKeys.add(key);
        if (group.members.isEmpty()) {
            groups.remove(key);
        }
    }

    private void join(String key, EObject element) {
        several(groups.computeIfAbsent(key, k -> new Group())).add(element);
        touchedKeys.add(key);
    }

    private void unread(EObject input, EObject element) {
        Set<EObject> reading = readers.get(input);
        if (reading != null) {
            reading.remove(element);
            if (reading.isEmpty()) {
                readers.remove(input);
            }
        }
    }
}
