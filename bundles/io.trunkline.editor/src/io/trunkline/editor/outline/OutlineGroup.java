package io.trunkline.editor.outline;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import io.trunkline.model.Topology;
import io.trunkline.model.TopologyPackage;

/**
 * One collapsed Outline row for all of a topology's WAN links, one for all its trunks. They are the
 * connections between the sites and about three times as many (14,999 at 5,000 sites): listed at the
 * top level they buried the sites a planner looks for, and building their rows made opening a large
 * topology take seconds. Topology Builder, where these architects work otherwise, also files trunks
 * under a node of their own, and an Eclipse outline folds a long run of like entries the same way
 * (the Java outline's import declarations).
 */
record OutlineGroup(Topology topology, EReference list) {

	private static final TopologyPackage P = TopologyPackage.eINSTANCE;
	private static final Map<EReference, String> NAMES = Map.of(P.getTopology_WanLinks(), "WAN links", P.getTopology_Trunks(), "Trunks");

	/** The group that lists {@code element}, or null when its row stands under its container. */
	static OutlineGroup of(EObject element) {
		// a removed element (undone, deleted) has no container and no containment feature
		return element.eContainer() instanceof Topology topology && NAMES.containsKey(element.eContainmentFeature())
				? new OutlineGroup(topology, element.eContainmentFeature())
				: null;
	}

	List<?> members() {
		return (List<?>) topology.eGet(list);
	}

	/** Its name and how many rows it holds, e.g. "WAN links (14,999)": the size shows without expanding. */
	String label() {
		return String.format(Locale.ROOT, "%s (%,d)", NAMES.get(list), members().size());
	}
}
