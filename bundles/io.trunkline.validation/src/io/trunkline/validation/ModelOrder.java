package io.trunkline.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The order in which a walk of the topology's contents meets its objects ({@code eAllContents}: a container
 * before what it contains, siblings in the order of their features and lists), found without walking it.
 */
public final class ModelOrder {

    /** Compares two objects of one containment tree by where a walk of the tree meets them. */
    public static final Comparator<EObject> PRE_ORDER = ModelOrder::compare;

    private ModelOrder() {
    }

    private static int compare(EObject a, EObject b) {
        if (a == b) {
            return 0;
        }
        List<EObject> pathA = path(a);
        List<EObject> pathB = path(b);
        int common = 0;
        while (common < pathA.size() && common < pathB.size() && pathA.get(common) == pathB.get(common)) {
            common++;
        }
        if (common == pathA.size()) {
            return -1;
        }
        if (common == pathB.size()) {
            return 1;
        }
        return compareSiblings(pathA.get(common), pathB.get(common));
    }

    /** Compares two children of one container (or two roots, which are unordered and compare equal). */
    private static int compareSiblings(EObject a, EObject b) {
        EObject container = a.eContainer();
        if (container == null || container != b.eContainer()) {
            return 0;
        }
        EStructuralFeature featureA = a.eContainmentFeature();
        EStructuralFeature featureB = b.eContainmentFeature();
        if (featureA != featureB) {
            return Integer.compare(container.eClass().getFeatureID(featureA), container.eClass().getFeatureID(featureB));
        }
        if (!featureA.isMany()) {
            return 0;
        }
        List<?> siblings = (List<?>) container.eGet(featureA);
        return Integer.compare(siblings.indexOf(a), siblings.indexOf(b));
    }

    /** The containers of {@code object} from the root down, then the object itself. */
    private static List<EObject> path(EObject object) {
        List<EObject> path = new ArrayList<>(6);
        for (EObject current = object; current != null; current = current.eContainer()) {
            path.add(current);
        }
        Collections.reverse(path);
        return path;
    }
}
