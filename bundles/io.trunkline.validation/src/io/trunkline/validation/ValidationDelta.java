package io.trunkline.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How live validation's findings changed after an edit.
 *
 * @param added   findings that appeared
 * @param removed findings that went away
 */
public record ValidationDelta(List<Finding> added, List<Finding> removed) {

    /** A finding whose message changed while its rule and element stayed the same. */
    public record Change(Finding before, Finding after) {
    }

    /** Creates a delta; lists are copied. */
    public ValidationDelta {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    /** Whether nothing changed. */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty();
    }

    /** Pairs of a removed and an added finding of the same rule on the same element. */
    public List<Change> changed() {
        Map<String, Finding> before = new HashMap<>();
        removed.forEach(f -> before.putIfAbsent(f.rule().id() + "|" + f.target().getId(), f));
        List<Change> changes = new ArrayList<>();
        for (Finding after : added) {
            Finding old = before.remove(after.rule().id() + "|" + after.target().getId());
            if (old != null) {
                changes.add(new Change(old, after));
            }
        }
        return changes;
    }
}
