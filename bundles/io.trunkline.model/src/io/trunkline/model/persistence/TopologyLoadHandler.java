package io.trunkline.model.persistence;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

import io.trunkline.model.Element;
import io.trunkline.model.TopologyPackage;

/**
 * Reads a topology file with the checks EMF does not make, each reported with its line: the root is a Topology;
 * a reference names elements of this file by id and nothing else (no URI, so nothing outside the file is ever
 * opened or fetched), a single reference names one id, and of the right type; every element has an id no other
 * element uses; text holds no control characters and stays within {@link TopologyLimits}; the file has at most
 * {@link TopologyLimits#MAX_ELEMENTS} elements.
 */
final class TopologyLoadHandler extends SAXXMIHandler {

    private static final String ROOT = TopologyPackage.Literals.TOPOLOGY.getName();

    /**
     * Attributes whose values name something many elements share (a country, a carrier, a city): each distinct
     * value is kept once. Every element has its own copy in the file, and at 100,000 sites the copies of country and
     * carrier alone were 460,000 strings, 22 MB of heap.
     */
    private static final Set<EStructuralFeature> SHARED_VALUES = Set.of(TopologyPackage.Literals.SITE__COUNTRY_REGION,
            TopologyPackage.Literals.SITE__CITY, TopologyPackage.Literals.SITE__STATE,
            TopologyPackage.Literals.TRUNK_PEER__COUNTRY_REGION, TopologyPackage.Literals.PSTN_LINK__CARRIER);

    private final Map<String, EObject> idOwners = new HashMap<>();
    private final Map<String, Integer> idLines = new HashMap<>();
    private final Map<String, String> sharedValues = new HashMap<>();
    private int elementCount;

    TopologyLoadHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options) {
        super(resource, helper, options);
    }

    @Override
    public void reset() {
        super.reset();
        idOwners.clear();
        idLines.clear();
        sharedValues.clear();
        elementCount = 0;
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes attributes) throws SAXException {
        if (++elementCount > TopologyLimits.MAX_ELEMENTS) {
            throw new SAXException(new FileProblem(null, String.format(Locale.ROOT,
                    "has more than %,d elements, the most Trunkline reads from one topology file",
                    TopologyLimits.MAX_ELEMENTS), getLineNumber(), getColumnNumber()));
        }
        super.startElement(uri, localName, name, attributes);
    }

    @Override
    protected void createTopObject(String prefix, String name) {
        if (!ROOT.equals(name)) {
            error(new FileProblem(null, "the root element must be a Topology (<topology:Topology …>), not <"
                    + UserText.printable(prefix.isEmpty() ? name : prefix + ":" + name)
                    + ">; is this a Trunkline topology file?", getLineNumber(), getColumnNumber()));
            // Everything inside is skipped: one message instead of one per attribute a Topology would not have.
            types.push(ERROR_TYPE);
            return;
        }
        super.createTopObject(prefix, name);
    }

    @Override
    protected void handleObjectAttribs(EObject object) {
        super.handleObjectAttribs(object);
        if (object instanceof Element && attribs != null) {
            String id = attribs.getValue(TopologyPackage.Literals.ELEMENT__ID.getName());
            if (id == null || id.isBlank()) {
                problem(object, "has no id; every element needs an id no other element uses");
            }
        }
    }

    @Override
    protected void setFeatureValue(EObject object, EStructuralFeature feature, Object value, int position) {
        if (feature instanceof EAttribute && value instanceof String text) {
            if (!acceptable(object, feature, text)) {
                return;
            }
            if (SHARED_VALUES.contains(feature)) {
                value = sharedValues.computeIfAbsent(text, same -> same);
            }
        }
        super.setFeatureValue(object, feature, value, position);
    }

    private boolean acceptable(EObject object, EStructuralFeature feature, String text) {
        int limit = TopologyLimits.maxLength(feature.getName());
        if (text.length() > limit) {
            problem(object, String.format(Locale.ROOT,
                    "'%s' is %,d characters long; Trunkline keeps at most %,d characters there", feature.getName(),
                    text.length(), limit));
            return false;
        }
        int control = UserText.firstControl(text);
        if (control >= 0) {
            problem(object, String.format(Locale.ROOT,
                    "'%s' contains the control character U+%04X at position %d ('%s'); remove it", feature.getName(),
                    (int) text.charAt(control), control + 1, UserText.printable(text)));
            return false;
        }
        if (feature == TopologyPackage.Literals.ELEMENT__ID && !text.isBlank()) {
            EObject owner = idOwners.putIfAbsent(text, object);
            if (owner != null) {
                int firstLine = idLines.get(text);
                error(new FileProblem(object, () -> "has the id '" + UserText.printable(text) + "' that "
                        + LoadProblems.describe(owner) + " on line " + firstLine + " already uses; ids must be unique",
                        getLineNumber(), getColumnNumber()));
                return false;
            }
            idLines.put(text, getLineNumber());
        }
        return true;
    }

    @Override
    protected void setValueFromId(EObject object, EReference reference, String ids) {
        String trimmed = ids.trim();
        String[] tokens = trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
        if (!reference.isMany() && tokens.length > 1) {
            problem(object, "'" + reference.getName() + "' names " + tokens.length + " elements ('"
                    + UserText.printable(trimmed) + "'); it refers to exactly one element, by its id");
            return;
        }
        for (String token : tokens) {
            // EMF reads '#' and ':' as a URI or a typed reference and would open another resource for it.
            if (token.indexOf('#') >= 0 || token.indexOf(':') >= 0 || token.indexOf('/') >= 0) {
                problem(object, "'" + reference.getName() + "' refers to '" + UserText.printable(token)
                        + "', which is not the id of an element in this file; a topology refers only to its own"
                        + " elements, and nothing outside the file is read");
                return;
            }
        }
        super.setValueFromId(object, reference, trimmed);
    }

    @Override
    protected void handleForwardReferences(boolean isEndDocument) {
        if (isEndDocument) {
            for (Iterator<SingleReference> references = forwardSingleReferences.iterator(); references.hasNext();) {
                SingleReference reference = references.next();
                EObject target = xmlResource.getEObject((String) reference.getValue());
                EStructuralFeature feature = reference.getFeature();
                if (target != null && !feature.getEType().isInstance(target)) {
                    error(new FileProblem(reference.getObject(), "'" + feature.getName() + "' refers to "
                            + LoadProblems.describe(target) + ", which is not a " + feature.getEType().getName(),
                            reference.getLineNumber(), reference.getColumnNumber()));
                    references.remove();
                }
            }
        }
        super.handleForwardReferences(isEndDocument);
    }

    private void problem(EObject object, String message) {
        error(new FileProblem(object, message, getLineNumber(), getColumnNumber()));
    }
}
