package io.trunkline.editor.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;

import io.trunkline.editor.preferences.ValidationPreferences;
import io.trunkline.model.Topology;
import io.trunkline.model.persistence.TopologyFiles;
import io.trunkline.validation.Finding;
import io.trunkline.validation.LiveValidation;
import io.trunkline.validation.RuleSettings;
import io.trunkline.validation.Severity;
import io.trunkline.validation.Validation;
import io.trunkline.validation.ValidationDelta;

/**
 * Live validation of the topology open in an editor: the current findings by element (for the
 * diagram's badges and quick fixes) and, for a workspace file, the Problems markers kept in
 * step with every command before any save. The editor calls {@link #flush()} after each
 * command, undo and redo, so a cascade of notifications is validated once, when complete.
 * Findings follow the workspace's rule settings (Preferences ▸ Trunkline ▸ Validation): live
 * validation checks every rule, and the settings decide which findings are shown and how severe.
 */
public final class EditorValidation {

	private final LiveValidation live;
	private final ValidationMarkers markers;
	private final Runnable stopListening;
	private RuleSettings settings;
	private Map<String, List<Finding>> byElement;
	private Runnable onSettingsChanged = () -> {
	};

	/** @param file the workspace file to put markers on, or null for a file outside the workspace */
	public EditorValidation(Topology topology, IFile file) {
		live = new LiveValidation(topology);
		live.setAutoFlush(false); // the editor flushes once per command, on the finished state
		markers = file == null ? null : new ValidationMarkers(file);
		settings = ValidationPreferences.settings();
		byElement = group(findings());
		live.addListener(this::changed);
		stopListening = ValidationPreferences.listen(this::settingsChanged);
	}

	/** Runs {@code action} after the rule settings changed and findings, badges' data and markers follow them. */
	public void onSettingsChanged(Runnable action) {
		onSettingsChanged = action;
	}

	/** Puts a marker on the file for every current finding, replacing what was there. */
	public void showMarkers() {
		if (markers != null) {
			markers.reset(findings());
		}
	}

	/** The findings of the rules switched on, at the severities the settings give. */
	public List<Finding> findings() {
		return settings.apply(live.findings());
	}

	/** The findings whose target is the element with this id. */
	public List<Finding> findings(String elementId) {
		return byElement.getOrDefault(elementId, List.of());
	}

	public Map<String, List<Finding>> byElement() {
		return byElement;
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
		for (Finding finding : findings()) {
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
		stopListening.run();
		if (markers != null && savedFile != null) {
			try {
				markers.reset(Validation.validate(TopologyFiles.load(savedFile), settings).findings());
			} catch (IOException unreadable) {
				markers.reset(List.of());
			}
		}
	}

	private void changed(ValidationDelta delta) {
		byElement = group(findings());
		if (markers != null) {
			markers.apply(new ValidationDelta(settings.apply(delta.added()), settings.apply(delta.removed())));
		}
	}

	private void settingsChanged(RuleSettings changed) {
		settings = changed;
		byElement = group(findings());
		showMarkers();
		onSettingsChanged.run();
	}

	private static Map<String, List<Finding>> group(List<Finding> findings) {
		Map<String, List<Finding>> byId = new HashMap<>();
		for (Finding finding : findings) {
			byId.computeIfAbsent(finding.target().getId(), id -> new ArrayList<>()).add(finding);
		}
		return byId;
	}
}
