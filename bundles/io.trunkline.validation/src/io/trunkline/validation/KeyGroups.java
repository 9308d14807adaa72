package io.trunkline.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

import io.trunkline.model.Element;

/**
 * The elements of one type grouped by a key (or keys) each has: what a uniqueness rule compares (which element
 * of a group comes first, the one the others are reported as repeating), or what an organisation-wide rule counts.
 * {@link RuleContext} keeps an index of each such definition, so a check looks its group up instead of scanning
 * the topology, and live validation re-checks only the groups an edit changed.
 *
 * @param <T> the elements grouped
 */
public final class KeyGroups<T extends Element> {

    private final Class<T> type;
    private final Function<T, List<String>> keys;
    private final Function<T, List<? extends EObject>> inputs;
    private final Comparator<EObject> order;

    private KeyGroups(Class<T> type, Function<T, List<String>> keys, Function<T, List<? extends EObject>> inputs,
            Comparator<EObject> order) {
        this.type = type;
        this.keys = keys;
        this.inputs = inputs;
        this.order = order;
    }

    /** One key per element ({@code null} or empty: the element takes part in no comparison), in model order. */
    public static <T extends Element> KeyGroups<T> of(Class<T> type, Function<T, String> key) {
        return new KeyGroups<>(type, element -> {
            String value = key.apply(element);
            return value == null || value.isEmpty() ? List.of() : List.of(value);
        }, element -> List.of(), ModelOrder.PRE_ORDER);
    }

    /** Several distinct keys per element (none: no comparison), in model order. */
    public static <T extends Element> KeyGroups<T> ofEach(Class<T> type, Function<T, List<String>> keys) {
        return new KeyGroups<>(type, keys, element -> List.of(), ModelOrder.PRE_ORDER);
    }

    /**
     * The same keys, where an element's key also reads {@code inputs} (its trunk's pool and peer, say): a change to
     * one of those re-computes the key.
     */
    public KeyGroups<T> readingAlso(Function<T, List<? extends EObject>> inputs) {
        return new KeyGroups<>(type, keys, inputs, order);
    }

    /** The same keys, where the first of a group is the first in {@code order} instead of model order. */
    public KeyGroups<T> firstBy(Comparator<EObject> order) {
        return new KeyGroups<>(type, keys, inputs, order);
    }

    /** The keys of {@code element}, without repeats. */
    public List<String> keysOf(T element) {
        return keys.apply(element);
    }

    Class<T> type() {
        return type;
    }

    List<EObject> inputsOf(T element) {
        List<? extends EObject> all = inputs.apply(element);
        if (all.isEmpty()) {
            return List.of();
        }
        List<EObject> read = new ArrayList<>(all.size());
        for (EObject input : all) {
            if (input != null) {
                read.add(input);
            }
        }
        return read;
    }

    Comparator<EObject> order() {
        return order;
    }
}
