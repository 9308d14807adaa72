package io.trunkline.editor.resiliency;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.ecore.resource.Resource;

import io.trunkline.diagram.model.Diagram;
import io.trunkline.diagram.model.DiagramContainer;
import io.trunkline.diagram.model.DiagramElement;
import io.trunkline.model.Element;
import io.trunkline.model.Site;
import io.trunkline.model.Topology;
import io.trunkline.model.edit.labels.TopologyLabels;
import io.trunkline.resiliency.ElementImpact;
import io.trunkline.resiliency.FailureResult;
import io.trunkline.resiliency.Outcome;
import io.trunkline.resiliency.ResiliencyAnalysis;
import io.trunkline.resiliency.SiteResult;
import io.trunkline.resiliency.Sweep;

/**
 * The what-if failures of one editor: which elements are failed, what that leaves of each site
 * ({@link ResiliencyAnalysis}), and the N-1 sweep. It only reads the model: nothing goes on the
 * command stack, so the editor never becomes dirty and Undo never sees it.
 *
 * <p>The simulation follows edits: the failed elements are kept by id and the result is worked
 * out again after every command (an element deleted drops out, and comes back failed if the
 * delete is undone), until Clear Simulation.
 */
public final class FailureSimulation {

	private final Topology topology;
	private final Set<String> failedIds = new LinkedHashSet<>();
	private final ListenerList<Runnable> listeners = new ListenerList<>();
	private ResiliencyAnalysis analysis;
	private FailureResult result;
	/** The diagram last painted with nothing simulated: it carries no overlay, and shapes drawn since start without one. */
	private Diagram clean;
	private Sweep sweep;

	public FailureSimulation(Topology topology) {
		this.topology = topology;
	}

	/** Whether Simulate Failure may take {@code element} down: any element of the topology but the topology itself. */
	public static boolean canFail(Element element) {
		return !(element instanceof Topology) && element.eResource() != null;
	}

	/** Adds {@code elements} to the failed ones (so failures on different diagrams add up) and works the result out. */
	public void fail(Collection<? extends Element> elements) {
		for (Element element : elements) {
			failedIds.add(element.getId());
		}
		recompute();
		fireChanged();
	}

	public void clear() {
		failedIds.clear();
		result = null;
		fireChanged();
	}

	public boolean isActive() {
		return result != null;
	}

	/** What the failed elements leave, or null when nothing is simulated. */
	public FailureResult result() {
		return result;
	}

	/** The failed elements still in the model, in the order they were failed. */
	public List<Element> failed() {
		List<Element> failed = new ArrayList<>();
		Resource resource = topology.eResource();
		for (String id : failedIds) {
			if (resource != null && resource.getEObject(id) instanceof Element element) {
				failed.add(element);
			}
		}
		return failed;
	}

	/** After each command: the analysis is of the edited topology, the sweep is stale. */
	public void modelChanged() {
		analysis = null;
		sweep = null;
		if (!failedIds.isEmpty()) {
			recompute();
		}
		fireChanged();
	}

	private void recompute() {
		List<Element> failed = failed();
		result = failed.isEmpty() && failedIds.isEmpty() ? null : analysis().simulate(failed);
	}

	private ResiliencyAnalysis analysis() {
		if (analysis == null) {
			analysis = ResiliencyAnalysis.of(topology);
		}
		return analysis;
	}

	/** The N-1 sweep of the topology as it is now; worked out on first use after each edit. */
	public Sweep sweep() {
		if (sweep == null) {
			sweep = analysis().sweep();
		}
		return sweep;
	}

	/** What the single failure that costs most ({@link Sweep#worst()}) leaves, or null when no single failure changes anything. */
	public FailureResult worstSingleFailure() {
		return sweep().worst().map(worst -> analysis().simulate(worst.failed())).orElse(null);
	}

	/** How the analysis routes PSTN calls, which every view of it states. */
	public String assumption() {
		return ResiliencyAnalysis.assumption(topology);
	}

	/** One line for the status bar: what failed and what it leaves. */
	public String summary() {
		if (result == null) {
			return "";
		}
		List<String> names = failed().stream().map(TopologyLabels::name).toList();
		String what = names.isEmpty() ? "nothing (the failed elements were deleted)" : names.size() <= 3 ? String.join(", ", names)
				: String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more";
		return "Simulated failure of " + what + ": " + result.summary();
	}

	/** Lays the simulation over {@code diagram}, or takes it off when nothing is simulated. */
	public void paint(Diagram diagram) {
		if (result == null && diagram == clean) {
			return; // nothing simulated, and no overlay left to take off: no walk over every element after each edit
		}
		paint(diagram, result);
		clean = result == null ? diagram : null;
	}

	/**
	 * Lays {@code shown} over {@code diagram}: failed elements crossed out, sites tinted by their
	 * outcome, other elements only when the failure reaches them (a diagram all in green would hide
	 * what matters).
	 */
	public static void paint(Diagram diagram, FailureResult shown) {
		diagram.batch(() -> {
			List<DiagramElement> elements = new ArrayList<>(diagram.nodes());
			elements.addAll(diagram.edges());
			for (DiagramElement element : elements) {
				Outcome outcome = shown != null && element.semantic() instanceof Element model ? shown.elements().get(model.getId()) : null;
				boolean site = element instanceof DiagramContainer && element.semantic() instanceof Site;
				element.setOverlay(outcome == null || outcome == Outcome.SURVIVES && !site ? null : OutcomeOverlays.of(outcome));
			}
		});
	}

	/** The Resiliency view's rows of sites: name, outcome, reasons. */
	public List<Row> siteRows() {
		List<Row> rows = new ArrayList<>();
		if (result != null) {
			for (SiteResult site : result.sites()) {
				rows.add(new Row(site.site(), List.of(TopologyLabels.name(site.site()), site.overall().words(), String.join("; ", site.reasons()))));
			}
		}
		return rows;
	}

	/** The Resiliency view's rows of the sweep: single points of failure, then losses that leave too few ports. */
	public List<Row> singlePointRows() {
		List<Row> rows = new ArrayList<>();
		List<ElementImpact> shown = new ArrayList<>(sweep().singlePointsOfFailure());
		shown.addAll(sweep().shortOfPorts());
		for (ElementImpact impact : shown) {
			rows.add(new Row(impact.element(), List.of(TopologyLabels.name(impact.element()), Long.toString(impact.usersWithoutPstn()),
					Long.toString(impact.usersWithoutRegistration()), impact.cost())));
		}
		return rows;
	}

	/** A row of the Resiliency view: the element a double-click reveals, and the cells shown. */
	public record Row(Element element, List<String> cells) {
	}

	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	private void fireChanged() {
		for (Runnable listener : listeners) {
			listener.run();
		}
	}

	public void dispose() {
		listeners.clear();
	}
}
