package io.trunkline.rcp.internal;

import java.io.File;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/**
 * Opens the {@code .topology} file named on the command line ({@code ./trunkline FILE}) once
 * the workbench is up; without a native launcher there is no other way to hand a file to the
 * running product.
 */
public final class OpenFileOnStartup implements IStartup {

    @Override
    public void earlyStartup() {
        for (String argument : Platform.getApplicationArgs()) {
            File file = new File(argument);
            if (argument.endsWith(".topology") && file.isFile()) {
                PlatformUI.getWorkbench().getDisplay().asyncExec(() -> open(file));
            }
        }
    }

    private static void open(File file) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null || window.getActivePage() == null) {
            return;
        }
        try {
            IDE.openEditorOnFileStore(window.getActivePage(), EFS.getLocalFileSystem().fromLocalFile(file.getAbsoluteFile()));
        } catch (PartInitException failed) {
            Platform.getLog(OpenFileOnStartup.class).log(failed.getStatus());
        }
    }
}
