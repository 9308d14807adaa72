package io.trunkline.model.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;

/**
 * The only URI handler of a topology resource set: it opens nothing. A topology refers to its own elements by
 * id; anything else (a file, a web address in a hand-edited reference) must never be read or fetched.
 */
final class NoOtherResources extends URIHandlerImpl {

    @Override
    public boolean canHandle(URI uri) {
        return true;
    }

    @Override
    public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
        throw refused(uri);
    }

    @Override
    public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
        throw refused(uri);
    }

    @Override
    public void delete(URI uri, Map<?, ?> options) throws IOException {
        throw refused(uri);
    }

    @Override
    public Map<String, ?> contentDescription(URI uri, Map<?, ?> options) {
        return Map.of();
    }

    @Override
    public boolean exists(URI uri, Map<?, ?> options) {
        return false;
    }

    @Override
    public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
        return Map.of();
    }

    @Override
    public void setAttributes(URI uri, Map<String, ?> attributes, Map<?, ?> options) throws IOException {
        throw refused(uri);
    }

    private static IOException refused(URI uri) {
        return new IOException("'" + UserText.printable(uri.toString())
                + "' is outside the topology; a topology refers only to its own elements and nothing else is read");
    }
}
