package io.trunkline.model.persistence;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/** Creates {@link TopologyResource}s; registered for the {@code topology} extension. */
public final class TopologyResourceFactory extends ResourceFactoryImpl {

    /** File extension of topology files. */
    public static final String EXTENSION = "topology";

    @Override
    public Resource createResource(URI uri) {
        return new TopologyResource(uri);
    }
}
