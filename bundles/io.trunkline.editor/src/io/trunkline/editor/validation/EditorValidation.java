package io.trunkline.editor.validation;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
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
 * <p>
 * After a command the findings by element, the counts and the markers follow what live validation
 * reports added and removed, so an edit costs what it changed, not the number of findings; with
 * suppressions in the topology, whose targets a command may change, everything is worked out again.
 * A test compares the two ways after random commands.
 */
public final class EditorValidation {

	/** Live validation's order of findings (RuleRunner: rule id, element id, message) among one element's findings. */
	private static final Comparator<Finding> ORDER = Comparator.comparing((Finding f) -> f.rule().id()).thenComparing(Finding::message);

	private final Topology topology;
	private final LiveValidation live;
	private final ValidationMarkers markers;
	private final Runnable stopListening;
	private RuleSettings settings;
	/** What the editor shows, in order; null until asked for after a flush changed it. */
	private List<Finding> shown;
	private Map<String, List<Finding>> byElement = new HashMap<>();
	/** Counted (not suppressed) findings by severity, for the status bar. */
	private final Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
	private int suppressed;
	/** Whether the findings were last worked out with suppressions in the topology. */
	private boolean suppressing;
	private Set<String> changedElements = Set.of();
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
			markers.reset(findings());
		}
	}

	/** What the editor shows: the findings that count, then the suppressed ones as infos. */
	public List<Finding> findings() {
		if (shown == null) {
			shown = shown(Suppressions.of(topology).split(settings.apply(live.findings())));
		}
		return shown;
	}

	/** The findings whose target is the element with this id. */
	public List<Finding> findings(String elementId) {
		return byElement.getOrDefault(elementId, List.of());
	}

	/** What the editor shows by the id of the element each finding is on; the lists keep the order of {@link #findings()}. */
	public Map<String, List<Finding>> byElement() {
		return byElement;
	}

	/** Ids of the elements whose findings the last flush or full recomputation changed. */
	public Set<String> changedElements() {
		return changedElements;
	}

	/** The sizing live validation computed on its last flush: the editor shows it rather than sizing the topology again. */
	public io.trunkline.planning.TopologySizing sizing() {
		return live.sizing();
	}

	/** Validates what the last command changed and updates markers and findings. */
	public void flush() {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long cpu = threads.getCurrentThreadCpuTime();
		ValidationDelta delta = live.flush();
		liveFlushCpu = threads.getCurrentThreadCpuTime() - cpu;
		if (suppressing || !topology.getSuppressions().isEmpty()) {
			// what was shown before this flush: the list itself may not have been built since the last one
			List<Finding> before = byElement.values().stream().flatMap(List::stream).toList();
			recompute();
			if (markers != null) {
				markers.apply(difference(before, findings()));
			}
			return;
		}
		List<Finding> added = settings.apply(delta.added()), removed = settings.apply(delta.removed());
		Set<String> changed = new HashSet<>();
		for (Finding finding : removed) {
			String id = finding.target().getId();
			List<Finding> ofElement = byElement.get(id);
			if (ofElement != null && ofElement.remove(finding)) {
				counts.merge(finding.severity(), -1, Integer::sum);
				if (ofElement.isEmpty()) {
					byElement.remove(id);
				}
			}
			changed.add(id);
		}
		for (Finding finding : added) {
			List<Finding> ofElement = byElement.computeIfAbsent(finding.target().getId(), id -> new ArrayList<>());
			int at = 0;
			while (at < ofElement.size() && ORDER.compare(ofElement.get(at), finding) <= 0) {
				at++;
			}
			ofElement.add(at, finding);
			counts.merge(finding.severity(), 1, Integer::sum);
			changed.add(finding.target().getId());
		}
		changedElements = changed;
		if (!changed.isEmpty()) {
			shown = null;
			if (markers != null) {
				markers.apply(new ValidationDelta(added, removed));
			}
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
		return String.format("Validation: %d errors, %d warnings, %d infos", count(Severity.ERROR), count(Severity.WARNING),
				count(Severity.INFO)) + (suppressed == 0 ? "" : ", " + suppressed + " suppressed");
	}

	private int count(Severity severity) {
		return counts.getOrDefault(severity, 0);
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

	/** Works everything out again from all of live validation's findings. */
	private void recompute() {
		ValidationResult result = Suppressions.of(topology).split(settings.apply(live.findings()));
		shown = shown(result);
		Map<String, List<Finding>> before = byElement;
		byElement = group(shown);
		changedElements = changedFindings(before, byElement);
		counts.clear();
		for (Severity severity : Severity.values()) {
			counts.put(severity, result.of(severity).size());
		}
		suppressed = result.suppressed().size();
		suppressing = !topology.getSuppressions().isEmpty();
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

	/** Ids of the elements whose findings differ between two groupings. */
	private static Set<String> changedFindings(Map<String, List<Finding>> before, Map<String, List<Finding>> after) {
		Set<String> changed = new HashSet<>();
		before.forEach((id, findings) -> {
			if (!findings.equals(after.get(id))) {
				changed.add(id);
			}
		});
		after.forEach((id, findings) -> {
			if (!before.containsKey(id)) {
				changed.add(id);
			}
		});
		return changed;
	}
}
