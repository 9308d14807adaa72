package io.trunkline.rcp.internal;

import java.io.File;
import java.io.IOException;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

import io.trunkline.editor.TopologyEditor;
import io.trunkline.editor.WorkspaceFiles;

/**
 * Opens the {@code .topology} file named on the command line ({@code ./trunkline FILE}) once
 * the workbench is up; without a native launcher there is no other way to hand a file to the
 * running product. It is opened as a workspace file (see {@link WorkspaceFiles}): a bundled
 * example from its copy in the workspace, so Save never writes into the installation, and any
 * file with its Problems markers.
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
            IDE.openEditor(window.getActivePage(), WorkspaceFiles.forOpening(file.toPath()), TopologyEditor.ID, true);
        } catch (CoreException failed) {
            Platform.getLog(OpenFileOnStartup.class).log(failed.getStatus());
            ErrorDialog.openError(window.getShell(), "Open topology", "Could not open " + file, failed.getStatus());
        } catch (IOException failed) {
            ErrorDialog.openError(window.getShell(), "Open topology", "Could not open " + file,
                    Status.error(file + ": " + failed.getMessage(), failed));
        }
    }
}
