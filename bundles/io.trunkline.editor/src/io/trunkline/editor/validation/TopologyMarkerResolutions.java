package io.trunkline.editor.validation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;

import io.trunkline.editor.TopologyEditor;
import io.trunkline.model.Element;
import io.trunkline.model.Topology;
import io.trunkline.model.persistence.TopologyFiles;
import io.trunkline.model.provider.TopologyItemProviderAdapterFactory;
import io.trunkline.validation.Suppressions;

/**
 * Quick fixes in the Problems view, for the markers that have one, and "Suppress…" for every
 * finding not yet suppressed. Asking for them changes
 * nothing: the fixes are worked out on the open editor's model, or on the file as saved when no
 * editor has it open. Only running a fix opens the editor (if needed) and executes the fix on its
 * command stack, so it is undoable and the marker goes away through live validation.
 */
public final class TopologyMarkerResolutions implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return !labels(marker).isEmpty();
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		List<IMarkerResolution> resolutions = new ArrayList<>();
		for (String label : labels(marker)) {
			resolutions.add(new IMarkerResolution() {
				@Override
				public String getLabel() {
					return label;
				}

				@Override
				public void run(IMarker target) {
					apply(target, label);
				}
			});
		}
		return resolutions.toArray(IMarkerResolution[]::new);
	}

	/** The labels of the fixes for the marker's finding, worked out without opening anything. */
	private static List<String> labels(IMarker marker) {
		String rule = marker.getAttribute(ValidationMarkers.RULE_ID, null);
		String elementId = marker.getAttribute(ValidationMarkers.ELEMENT_ID, null);
		if (rule == null || elementId == null || !(marker.getResource() instanceof IFile file)) {
			return List.of();
		}
		TopologyEditor open = openEditor(file);
		List<QuickFix> fixes;
		boolean suppressed;
		if (open != null) {
			fixes = fixes(rule, open.element(elementId), open.domain());
			suppressed = Suppressions.of(open.topology()).reason(rule, elementId).isPresent();
		} else {
			fixes = fixesOnSavedFile(file, rule, elementId);
			suppressed = suppressedOnSavedFile(file, rule, elementId);
		}
		List<String> labels = new ArrayList<>(fixes.stream().map(QuickFix::label).toList());
		if (!suppressed) {
			labels.add(SuppressFinding.LABEL);
		}
		return labels;
	}

	private static boolean suppressedOnSavedFile(IFile file, String rule, String elementId) {
		try {
			return file.getLocation() != null
					&& Suppressions.of(TopologyFiles.load(file.getLocation().toFile().toPath())).reason(rule, elementId).isPresent();
		} catch (IOException unreadable) {
			return true; // nothing to offer on a file that does not load
		}
	}

	private static List<QuickFix> fixesOnSavedFile(IFile file, String rule, String elementId) {
		if (file.getLocation() == null) {
			return List.of();
		}
		ComposedAdapterFactory factory = new ComposedAdapterFactory(new TopologyItemProviderAdapterFactory());
		try {
			var resources = TopologyFiles.newResourceSet();
			Topology topology = TopologyFiles.load(file.getLocation().toFile().toPath(), resources);
			EditingDomain scratch = new AdapterFactoryEditingDomain(factory, new BasicCommandStack(), resources);
			return fixes(rule, topology.eResource().getEObject(elementId) instanceof Element element ? element : null, scratch);
		} catch (IOException unreadable) {
			// the editor reports an unreadable file when it is opened; here it only means no fixes to offer
			ILog.of(TopologyMarkerResolutions.class).log(Status.warning("No quick fixes for " + file.getFullPath() + ": " + unreadable.getMessage()));
			return List.of();
		} finally {
			factory.dispose();
		}
	}

	private static List<QuickFix> fixes(String rule, Element element, EditingDomain domain) {
		return element == null ? List.of() : QuickFixes.forFinding(rule, element, domain);
	}

	/** Opens the editor if needed and runs the fix with this label on its model; says so when that is not possible. */
	private static void apply(IMarker marker, String label) {
		IFile file = (IFile) marker.getResource();
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		try {
			if (window == null || !(IDE.openEditor(window.getActivePage(), file, TopologyEditor.ID, true) instanceof TopologyEditor editor)) {
				throw new PartInitException("No topology editor could be opened for " + file.getFullPath());
			}
			Element element = editor.element(marker.getAttribute(ValidationMarkers.ELEMENT_ID, ""));
			if (label.equals(SuppressFinding.LABEL)) {
				if (element == null) {
					throw new PartInitException("The element of the finding is no longer in the topology.");
				}
				SuppressFinding.ask(window.getShell(), editor.domain(), editor.topology(), marker.getAttribute(ValidationMarkers.RULE_ID, ""), element);
				return;
			}
			QuickFix fix = fixes(marker.getAttribute(ValidationMarkers.RULE_ID, ""), element, editor.domain()).stream()
					.filter(candidate -> candidate.label().equals(label)).findFirst()
					.orElseThrow(() -> new PartInitException("'" + label + "' no longer applies: the topology changed since the problem was found."));
			editor.domain().getCommandStack().execute(fix.command());
		} catch (PartInitException failed) {
			ErrorDialog.openError(window == null ? null : window.getShell(), "Quick Fix", "The quick fix was not applied.", failed.getStatus());
		}
	}

	/** The topology editor that has {@code file} open in any window, without opening one. */
	private static TopologyEditor openEditor(IFile file) {
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				IEditorPart part = page.findEditor(new FileEditorInput(file));
				if (part instanceof TopologyEditor editor && editor.topology() != null) {
					return editor;
				}
			}
		}
		return null;
	}
}
