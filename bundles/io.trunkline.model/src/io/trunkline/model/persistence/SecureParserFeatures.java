package io.trunkline.model.persistence;

import java.util.Map;

/**
 * SAX features that keep a hand-edited or hostile topology file from reading other files or expanding
 * entities without bound: no document type declarations at all, hence no external entities and no
 * "billion laughs".
 */
final class SecureParserFeatures {

    static final Map<String, Boolean> MAP = Map.of(
            "http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE,
            "http://xml.org/sax/features/external-general-entities", Boolean.FALSE,
            "http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE,
            "http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);

    private SecureParserFeatures() {
    }
}
