package io.trunkline.model.persistence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.impl.XMISaveImpl;

import io.trunkline.model.Element;

/**
 * Writes contained elements ordered by id, so the same topology always gives the same bytes whatever order
 * its elements were created in, and a new element lands in one stable place: files diff and merge cleanly
 * in Git. The model itself is not reordered.
 */
final class CanonicalXmiSave extends XMISaveImpl {

    private static final Comparator<InternalEObject> BY_ID = Comparator.comparing(CanonicalXmiSave::idOf);

    CanonicalXmiSave(XMLHelper helper) {
        super(helper);
    }

    @Override
    protected void saveContainedMany(EObject owner, EStructuralFeature feature) {
        @SuppressWarnings("unchecked")
        List<? extends InternalEObject> values = ((InternalEList<? extends InternalEObject>) helper.getValue(owner,
                feature)).basicList();
        List<InternalEObject> ordered = new ArrayList<>(values);
        ordered.sort(BY_ID);
        for (InternalEObject value : ordered) {
            saveElement(value, feature);
        }
    }

    private static String idOf(InternalEObject object) {
        return object instanceof Element element && element.getId() != null ? element.getId() : "";
    }
}
