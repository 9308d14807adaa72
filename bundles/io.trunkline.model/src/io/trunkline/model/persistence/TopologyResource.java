package io.trunkline.model.persistence;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.XMLSave;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A {@code .topology} file: XMI whose references use the elements' own ids, written in a canonical order.
 * <p>
 * The intrinsic ID map is installed here because without it every id lookup scans the resource and loading
 * goes quadratic (35,000 objects: 29 s instead of well under a second, editor-anchors.md §4.2).
 */
public final class TopologyResource extends XMIResourceImpl {

    private static final XMLParserPoolImpl PARSERS = new XMLParserPoolImpl(true);

    /** Creates the resource for {@code uri}; contents are loaded or added by the caller. */
    public TopologyResource(URI uri) {
        super(uri);
        setIntrinsicIDToEObjectMap(new HashMap<>());
        setEncoding("UTF-8");
        getDefaultLoadOptions().putAll(loadOptions());
        getDefaultSaveOptions().putAll(saveOptions());
    }

    @Override
    protected boolean useUUIDs() {
        return false;
    }

    @Override
    protected XMLLoad createXMLLoad() {
        return new XMILoadImpl(createXMLHelper()) {
            @Override
            protected DefaultHandler makeDefaultHandler() {
                return new TopologyLoadHandler(resource, helper, options);
            }
        };
    }

    @Override
    protected XMLSave createXMLSave() {
        return new CanonicalXmiSave(createXMLHelper());
    }

    private static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSERS);
        options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
        options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
        options.put(XMLResource.OPTION_PARSER_FEATURES, SecureParserFeatures.MAP);
        // Unknown elements and attributes must fail the load, never be dropped or tucked away silently.
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        return options;
    }

    private static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
        options.put(XMLResource.OPTION_USE_FILE_BUFFER, Boolean.TRUE);
        options.put(XMLResource.OPTION_FLUSH_THRESHOLD, 1 << 20);
        options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
        return options;
    }
}
