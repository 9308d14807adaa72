package io.trunkline.editor.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

import io.trunkline.editor.TopologyEditor;
import io.trunkline.model.Element;

/**
 * Quick fixes in the Problems view. A fix changes the model through the open editor's command
 * stack (the editor is opened first if needed), so it is undoable and the marker goes away
 * through live validation like after any other edit.
 */
public final class TopologyMarkerResolutions implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return marker.getAttribute(ValidationMarkers.RULE_ID, null) != null;
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		TopologyEditor editor = editorFor(marker);
		if (editor == null) {
			return new IMarkerResolution[0];
		}
		Element element = editor.element(marker.getAttribute(ValidationMarkers.ELEMENT_ID, ""));
		if (element == null) {
			return new IMarkerResolution[0];
		}
		List<IMarkerResolution> resolutions = new ArrayList<>();
		for (QuickFix fix : QuickFixes.forFinding(marker.getAttribute(ValidationMarkers.RULE_ID, ""), element, editor.domain())) {
			resolutions.add(new IMarkerResolution() {
				@Override
				public String getLabel() {
					return fix.label();
				}

				@Override
				public void run(IMarker ignored) {
					editor.domain().getCommandStack().execute(fix.command());
				}
			});
		}
		return resolutions.toArray(IMarkerResolution[]::new);
	}

	private static TopologyEditor editorFor(IMarker marker) {
		if (!(marker.getResource() instanceof IFile file) || PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null) {
			return null;
		}
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		try {
			return IDE.openEditor(page, file, TopologyEditor.ID, false) instanceof TopologyEditor editor ? editor : null;
		} catch (PartInitException notOpened) {
			return null;
		}
	}
}
