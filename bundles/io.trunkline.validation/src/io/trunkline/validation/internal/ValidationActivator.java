package io.trunkline.validation.internal;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

import io.trunkline.validation.TrunklineValidator;

/**
 * Registers the planning rules with EMF when the bundle starts, so any Diagnostician (the editor's, a
 * stock EMF tool's) checks them. The {@code org.eclipse.emf.ecore.validation} extension point would do the
 * same only inside a full Eclipse.
 */
public final class ValidationActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        TrunklineValidator.register();
    }

    @Override
    public void stop(BundleContext context) {
        // The registry entry is harmless after stop; EMF's registry is global and outlives bundles.
    }
}
