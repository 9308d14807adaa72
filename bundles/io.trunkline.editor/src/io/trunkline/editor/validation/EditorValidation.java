package io.trunkline.editor.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;

import io.trunkline.model.Topology;
import io.trunkline.model.persistence.TopologyFiles;
import io.trunkline.validation.Finding;
import io.trunkline.validation.LiveValidation;
import io.trunkline.validation.Severity;
import io.trunkline.validation.Validation;
import io.trunkline.validation.ValidationDelta;

/**
 * Live validation of the topology open in an editor: the current findings by element (for the
 * diagram's badges and quick fixes) and, for a workspace file, the Problems markers kept in
 * step with every command before any save. The editor calls {@link #flush()} after each
 * command, undo and redo, so a cascade of notifications is validated once, when complete.
 */
public final class EditorValidation {

	private final LiveValidation live;
	private final ValidationMarkers markers;
	private Map<String, List<Finding>> byElement;

	/** @param file the workspace file to put markers on, or null for a file outside the workspace */
	public EditorValidation(Topology topology, IFile file) {
		live = new LiveValidation(topology);
		live.setAutoFlush(false); // the editor flushes once per command, on the finished state
		markers = file == null ? null : new ValidationMarkers(file);
		byElement = group(live.findings());
		live.addListener(this::changed);
	}

	/** Puts a marker on the file for every current finding, replacing what was there. */
	public void showMarkers() {
		if (markers != null) {
			markers.reset(live.findings());
		}
	}

	public List<Finding> findings() {
		return live.findings();
	}

	/** The findings whose target is the element with this id. */
	public List<Finding> findings(String elementId) {
		return byElement.getOrDefault(elementId, List.of());
	}

	public Map<String, List<Finding>> byElement() {
		return byElement;
	}

	/** The sizing live validation computed on its last flush: the editor shows it rather than sizing the topology again. */
	public io.trunkline.planning.TopologySizing sizing() {
		return live.sizing();
	}

	/** Validates what the last command changed and updates markers and findings. */
	public void flush() {
		live.flush();
	}

	/** Validates everything from scratch (the live result is incremental); true if anything changed. */
	public boolean revalidate() {
		ValidationDelta delta = live.revalidateAll();
		byElement = group(live.findings());
		showMarkers();
		return !delta.isEmpty();
	}

	/** "Validation: 2 errors, 1 warnings, 0 infos", for the status bar. */
	public String summary() {
		long errors = 0, warnings = 0, infos = 0;
		for (Finding finding : live.findings()) {
			if (finding.severity() == Severity.ERROR) {
				errors++;
			} else if (finding.severity() == Severity.WARNING) {
				warnings++;
			} else {
				infos++;
			}
		}
		return String.format("Validation: %d errors, %d warnings, %d infos", errors, warnings, infos);
	}

	/**
	 * Stops following the model. When the editor closes without saving, {@code savedFile} names
	 * the file on disk and the markers go back to what it says; null keeps them as they are.
	 */
	public void dispose(Path savedFile) {
		live.dispose();
		if (markers != null && savedFile != null) {
			try {
				markers.reset(Validation.validate(TopologyFiles.load(savedFile)).findings());
			} catch (IOException unreadable) {
				markers.reset(List.of());
			}
		}
	}

	private void changed(ValidationDelta delta) {
		byElement = group(live.findings());
		if (markers != null) {
			markers.apply(delta);
		}
	}

	private static Map<String, List<Finding>> group(List<Finding> findings) {
		Map<String, List<Finding>> byId = new HashMap<>();
		for (Finding finding : findings) {
			byId.computeIfAbsent(finding.target().getId(), id -> new ArrayList<>()).add(finding);
		}
		return byId;
	}
}
