package io.trunkline.rcp.internal;

import java.io.File;
import java.net.URL;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.ui.internal.ide.application.IDEApplication;

/**
 * Starts the Trunkline workbench.
 * <p>
 * The IDE application already gives us the workspace, markers, Problems view and Project Explorer that
 * planners use; we reuse it rather than re-implement it. What we add is a default workspace folder so a
 * planner is never asked to pick one before seeing a topology.
 */
@SuppressWarnings("restriction")
public final class TrunklineApplication implements IApplication {

    static final String DEFAULT_WORKSPACE = "trunkline-workspace";

    private final IDEApplication workbench = new IDEApplication();

    @Override
    public Object start(IApplicationContext context) throws Exception {
        useDefaultWorkspaceUnlessChosen(Platform.getInstanceLocation());
        return workbench.start(context);
    }

    @Override
    public void stop() {
        workbench.stop();
    }

    private static void useDefaultWorkspaceUnlessChosen(Location instance) throws Exception {
        if (instance == null || instance.isSet() || instance.isReadOnly()) {
            return;
        }
        File folder = new File(System.getProperty("user.home"), DEFAULT_WORKSPACE);
        URL url = folder.toURI().toURL();
        instance.set(url, true);
    }
}
