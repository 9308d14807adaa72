package io.trunkline.editor.validation;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;

import io.trunkline.editor.preferences.ValidationPreferences;
import io.trunkline.model.Topology;
import io.trunkline.model.persistence.TopologyFiles;
import io.trunkline.validation.Finding;
import io.trunkline.validation.LiveValidation;
import io.trunkline.validation.RuleSettings;
import io.trunkline.validation.Severity;
import io.trunkline.validation.SuppressedFinding;
import io.trunkline.validation.Suppressions;
import io.trunkline.validation.Validation;
import io.trunkline.validation.ValidationDelta;
import io.trunkline.validation.ValidationResult;

/**
 * Live validation of the topology open in an editor: the current findings by element (for the
 * diagram's badges and quick fixes) and, for a workspace file, the Problems markers kept in
 * step with every command before any save. The editor calls {@link #flush()} after each
 * command, undo and redo, so a cascade of notifications is validated once, when complete.
 * <p>
 * Live validation checks every rule; the workspace's rule settings (Preferences ▸ Trunkline ▸
 * Validation) decide which findings are shown and how severe, and the topology's suppressions
 * turn the findings they accept into infos reading "suppressed (reason): …". They stay in the
 * Problems view, where the architect finds the accepted risk and its element, but leave the
 * errors and warnings, so what is left there is what still needs work.
 */
public final class EditorValidation {

	private final Topology topology;
	private final LiveValidation live;
	private final ValidationMarkers markers;
	private final Runnable stopListening;
	private RuleSettings settings;
	private ValidationResult result;
	private List<Finding> shown;
	private Map<String, List<Finding>> byElement;
	private Runnable onSettingsChanged = () -> {
	};
	private long liveFlushCpu;

	/** @param file the workspace file to put markers on, or null for a file outside the workspace */
	public EditorValidation(Topology topology, IFile file) {
		this.topology = topology;
		live = new LiveValidation(topology);
		live.setAutoFlush(false); // the editor flushes once per command, on the finished state
		markers = file == null ? null : new ValidationMarkers(file);
		settings = ValidationPreferences.settings();
		recompute();
		stopListening = ValidationPreferences.listen(this::settingsChanged);
	}

	/** Runs {@code action} after the rule settings changed and findings, badges' data and markers follow them. */
	public void onSettingsChanged(Runnable action) {
		onSettingsChanged = action;
	}

	/** Puts a marker on the file for every current finding, replacing what was there. */
	public void showMarkers() {
		if (markers != null) {
			markers.reset(shown);
		}
	}

	/** What the editor shows: the findings that count, then the suppressed ones as infos. */
	public List<Finding> findings() {
		return shown;
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
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long cpu = threads.getCurrentThreadCpuTime();
		live.flush();
		liveFlushCpu = threads.getCurrentThreadCpuTime() - cpu;
		List<Finding> before = shown;
		recompute();
		if (markers != null) {
			markers.apply(difference(before, shown));
		}
	}

	/**
	 * CPU time of this thread in live validation's own part of the last {@link #flush()}: the edit
	 * benchmark reports it beside the editor's share, which is the rest of the edit.
	 */
	public long liveFlushCpuNanos() {
		return liveFlushCpu;
	}

	/** Validates everything from scratch (the live result is incremental); true if anything changed. */
	public boolean revalidate() {
		ValidationDelta delta = live.revalidateAll();
		recompute();
		showMarkers();
		return !delta.isEmpty();
	}

	/** "Validation: 2 errors, 1 warnings, 0 infos" and the suppressed count, for the status bar. */
	public String summary() {
		return String.format("Validation: %d errors, %d warnings, %d infos", result.of(Severity.ERROR).size(),
				result.of(Severity.WARNING).size(), result.of(Severity.INFO).size())
				+ (result.suppressed().isEmpty() ? "" : ", " + result.suppressed().size() + " suppressed");
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
				markers.reset(shown(Validation.validate(TopologyFiles.load(savedFile), settings)));
			} catch (IOException unreadable) {
				markers.reset(List.of());
			}
		}
	}

	private void recompute() {
		result = Suppressions.of(topology).split(settings.apply(live.findings()));
		shown = shown(result);
		byElement = group(shown);
	}

	private void settingsChanged(RuleSettings changed) {
		settings = changed;
		recompute();
		showMarkers();
		onSettingsChanged.run();
	}

	private static List<Finding> shown(ValidationResult result) {
		List<Finding> all = new ArrayList<>(result.findings());
		for (SuppressedFinding s : result.suppressed()) {
			Finding f = s.finding();
			all.add(new Finding(f.rule(), f.target(), "suppressed (" + s.reason() + "): " + f.message(), f.involved(), Severity.INFO));
		}
		return all;
	}

	private static ValidationDelta difference(List<Finding> before, List<Finding> after) {
		return new ValidationDelta(minus(after, before), minus(before, after));
	}

	private static List<Finding> minus(List<Finding> from, List<Finding> other) {
		Set<String> keys = new HashSet<>();
		other.forEach(f -> keys.add(f.key()));
		return from.stream().filter(f -> !keys.contains(f.key())).toList();
	}

	private static Map<String, List<Finding>> group(List<Finding> findings) {
		Map<String, List<Finding>> byId = new HashMap<>();
		for (Finding finding : findings) {
			byId.computeIfAbsent(finding.target().getId(), id -> new ArrayList<>()).add(finding);
		}
		return byId;
	}
}
