package io.trunkline.validation.tests;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.trunkline.model.Topology;

/** What the random-edit tests share: picking what to edit and removing it as the editor or a hand edit would. */
final class RandomEdits {

    private RandomEdits() {
    }

    /** Removes as the editor's delete does (references cleared too), or only from its container, at random. */
    static void remove(EObject object, Random random) {
        if (object == null) {
            return;
        }
        if (random.nextBoolean()) {
            EcoreUtil.delete(object, true);
        } else {
            EcoreUtil.remove(object);
        }
    }

    static <T> void ifPresent(T value, Consumer<T> edit) {
        if (value != null) {
            edit.accept(value);
        }
    }

    static <T> T pick(List<T> list, Random random) {
        return list.isEmpty() ? null : list.get(random.nextInt(list.size()));
    }

    static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }

    /** Every element of {@code type} in the topology, in containment order. */
    static <T> List<T> all(Topology topology, Class<T> type) {
        List<T> result = new ArrayList<>();
        for (Iterator<EObject> it = topology.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (type.isInstance(next)) {
                result.add(type.cast(next));
            }
        }
        return result;
    }
}
