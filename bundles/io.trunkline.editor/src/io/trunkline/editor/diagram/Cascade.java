package io.trunkline.editor.diagram;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.trunkline.model.Element;
import io.trunkline.model.Topology;
import io.trunkline.model.edit.labels.TopologyLabels;

/**
 * What a delete takes along: everything contained in the chosen elements, and every element
 * that must reference one of them (a trunk needs both its ends, a link its gateway, a WAN link
 * both sites), repeated until nothing more depends on what goes.
 */
public final class Cascade {

	private Cascade() {
	}

	public static Set<EObject> of(Collection<EObject> chosen, Topology topology) {
		Set<EObject> doomed = new LinkedHashSet<>();
		for (EObject element : chosen) {
			doomed.add(element);
			element.eAllContents().forEachRemaining(doomed::add);
		}
		boolean grew = true;
		while (grew) {
			grew = false;
			for (var references : EcoreUtil.UsageCrossReferencer.findAll(new LinkedHashSet<>(doomed), topology).entrySet()) {
				for (org.eclipse.emf.ecore.EStructuralFeature.Setting setting : references.getValue()) {
					EObject referrer = setting.getEObject();
					if (setting.getEStructuralFeature() instanceof EReference reference && reference.getLowerBound() > 0
							&& !reference.isContainment() && !doomed.contains(referrer) && !isAncestorDoomed(referrer, doomed)) {
						doomed.add(referrer);
						grew = true;
					}
				}
			}
		}
		return doomed;
	}

	private static boolean isAncestorDoomed(EObject element, Set<EObject> doomed) {
		for (EObject up = element.eContainer(); up != null; up = up.eContainer()) {
			if (doomed.contains(up)) {
				return true;
			}
		}
		return false;
	}

	static String describe(Set<EObject> doomed, Collection<EObject> chosen) {
		return doomed.stream().filter(e -> !chosen.contains(e) && e instanceof Element).limit(12)
				.map(e -> "• " + TopologyLabels.kind(e) + " '" + TopologyLabels.name((Element) e) + "'").collect(Collectors.joining("\n"));
	}
}
