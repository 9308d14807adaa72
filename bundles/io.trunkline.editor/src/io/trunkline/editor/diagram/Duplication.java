package io.trunkline.editor.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.graphics.Rectangle;

import io.trunkline.model.Element;
import io.trunkline.model.Site;
import io.trunkline.model.Trunk;
import io.trunkline.model.PbxLink;
import io.trunkline.model.PstnLink;
import io.trunkline.model.WanLink;
import io.trunkline.model.edit.labels.TopologyLabels;
import io.trunkline.model.persistence.ElementIds;

/**
 * Copies of elements as one command: every copy (and everything inside it) gets fresh ids and
 * "(copy)" in its name, lands in the target site when the element may live there (else beside its
 * original), and is drawn 30 px below and right of the original. Connections (trunks, links) are
 * not copied: a copied gateway has no trunk until the planner draws one, which validation flags.
 */
public final class Duplication {

	private static final int OFFSET = 30;

	private Duplication() {
	}

	/** The elements of a selection that can be copied: sites, servers, peers and PBXs. */
	public static List<Element> copyable(Collection<?> selection) {
		List<Element> elements = new ArrayList<>();
		for (Object object : selection) {
			if (object instanceof Element element && !(element instanceof Trunk || element instanceof PbxLink || element instanceof PstnLink
					|| element instanceof WanLink) && element.eContainer() != null) {
				elements.add(element);
			}
		}
		return elements;
	}

	/** Adds copies of {@code originals} into {@code target} (null: beside each original). */
	public static Command paste(DiagramHost host, Collection<Element> originals, Site target) {
		if (originals.isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		CompoundCommand command = new CompoundCommand(originals.size() == 1 ? "Duplicate" : "Duplicate " + originals.size() + " Elements");
		Map<String, Rectangle> placed = new HashMap<>();
		String scope = TopologyDiagrams.scopeKey(host.scope());
		for (Element original : originals) {
			EReference feature = original.eContainmentFeature();
			EObject owner = target != null && feature.getEReferenceType().isSuperTypeOf(original.eClass())
					&& feature.getEContainingClass().isSuperTypeOf(target.eClass()) ? target : original.eContainer();
			Element copy = EcoreUtil.copy(original);
			renew(copy);
			copy.setName(TopologyLabels.name(original) + " (copy)");
			command.append(AddCommand.create(host.domain(), owner, feature, copy));
			Rectangle box = host.shownBounds(original.getId());
			if (box != null) {
				placed.put(copy.getId(), new Rectangle(box.x + OFFSET, box.y + OFFSET, box.width, box.height));
			}
		}
		if (!placed.isEmpty()) {
			command.append(new LayoutCommand("Place", host.layout(), scope, placed, Map.of()));
		}
		return command;
	}

	private static void renew(Element copy) {
		copy.setId(ElementIds.newId(copy.eClass()));
		copy.eAllContents().forEachRemaining(inner -> {
			if (inner instanceof Element element) {
				element.setId(ElementIds.newId(element.eClass()));
			}
		});
	}
}
