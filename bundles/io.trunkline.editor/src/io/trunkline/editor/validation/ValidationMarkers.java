package io.trunkline.editor.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;

import io.trunkline.model.edit.labels.TopologyLabels;
import io.trunkline.validation.Finding;
import io.trunkline.validation.ValidationDelta;

/**
 * Keeps the Problems view in step with live validation: one marker per finding on the
 * {@code .topology} file, created and removed from each delta while the user edits, before any
 * save. Each marker carries the element id, so a double click can select the element.
 */
public final class ValidationMarkers {

	public static final String MARKER_TYPE = "io.trunkline.editor.problem";
	public static final String ELEMENT_ID = "elementId";
	public static final String RULE_ID = "ruleId";
	private static final String KEY = "findingKey";

	private final IFile file;
	private final Map<String, IMarker> markers = new HashMap<>();

	public ValidationMarkers(IFile file) {
		this.file = file;
	}

	/** Replaces every marker of ours on the file with markers for {@code findings}. */
	public void reset(List<Finding> findings) {
		run(() -> {
			file.deleteMarkers(MARKER_TYPE, true, IResource.DEPTH_ZERO);
			markers.clear();
			for (Finding finding : findings) {
				create(finding);
			}
		});
	}

	public void apply(ValidationDelta delta) {
		run(() -> {
			for (Finding gone : delta.removed()) {
				IMarker marker = markers.remove(gone.key());
				if (marker != null && marker.exists()) {
					marker.delete();
				}
			}
			for (Finding finding : delta.added()) {
				create(finding);
			}
		});
	}

	private void create(Finding finding) throws CoreException {
		if (markers.containsKey(finding.key())) {
			return;
		}
		// created with its attributes in one step, so the Problems view never sees a marker without its message
		IMarker marker = file.createMarker(MARKER_TYPE, Map.of(IMarker.MESSAGE, finding.rule().id() + " " + finding.message(), IMarker.SEVERITY,
				severity(finding), IMarker.LOCATION, location(finding), ELEMENT_ID, finding.target().getId(), RULE_ID, finding.rule().id(), KEY,
				finding.key(), IMarker.SOURCE_ID, "Trunkline"));
		markers.put(finding.key(), marker);
	}

	private static String location(Finding finding) {
		return TopologyLabels.kind(finding.target()) + " '" + TopologyLabels.name(finding.target()) + "'";
	}

	private static int severity(Finding finding) {
		return switch (finding.severity()) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		case INFO -> IMarker.SEVERITY_INFO;
		};
	}

	private interface MarkerWork {
		void run() throws CoreException;
	}

	private void run(MarkerWork work) {
		if (!file.exists()) {
			return;
		}
		try {
			file.getWorkspace().run(monitor -> work.run(), null, IWorkspace.AVOID_UPDATE, null);
		} catch (CoreException failed) {
			// markers are a view of the findings, which stay on the diagram; log and carry on
			org.eclipse.core.runtime.ILog.of(ValidationMarkers.class).log(failed.getStatus());
		}
	}
}
