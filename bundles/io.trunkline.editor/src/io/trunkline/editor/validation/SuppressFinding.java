package io.trunkline.editor.validation;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

import io.trunkline.model.Element;
import io.trunkline.model.Suppression;
import io.trunkline.model.Topology;
import io.trunkline.model.TopologyFactory;
import io.trunkline.model.TopologyPackage;
import io.trunkline.model.edit.labels.TopologyLabels;
import io.trunkline.model.persistence.ElementIds;
import io.trunkline.model.persistence.TopologyLimits;

/**
 * "Suppress…" on a finding: asks why the risk is accepted (a reason is required) and records the suppression in
 * the topology as one command, so Ctrl+Z takes it back and the finding returns.
 */
public final class SuppressFinding {

	/** The label of the action, in the Problems view's quick fixes and the diagram's context menu. */
	public static final String LABEL = "Suppress this finding…";

	private SuppressFinding() {
	}

	/** Asks for the reason and, unless the user cancels, suppresses {@code ruleId} on {@code element}. */
	public static void ask(Shell shell, EditingDomain domain, Topology topology, String ruleId, Element element) {
		InputDialog dialog = new InputDialog(shell, "Suppress " + ruleId,
				"Why is " + ruleId + " on " + TopologyLabels.kind(element) + " '" + TopologyLabels.name(element)
						+ "' an accepted risk? The reason is saved in the topology and listed wherever the finding is.",
				"", SuppressFinding::problem);
		if (dialog.open() == Window.OK) {
			domain.getCommandStack().execute(command(domain, topology, ruleId, element, dialog.getValue().strip()));
		}
	}

	/** The command that adds the suppression. */
	public static Command command(EditingDomain domain, Topology topology, String ruleId, Element element, String reason) {
		Suppression suppression = TopologyFactory.eINSTANCE.createSuppression();
		suppression.setId(ElementIds.newId(TopologyPackage.Literals.SUPPRESSION));
		String name = ruleId + " on " + TopologyLabels.name(element);
		suppression.setName(name.length() > TopologyLimits.MAX_NAME_LENGTH ? name.substring(0, TopologyLimits.MAX_NAME_LENGTH) : name);
		suppression.setRuleId(ruleId);
		suppression.setElement(element);
		suppression.setReason(reason);
		// labelled, so the Edit menu reads "Undo Suppress TL-GW-01"
		return new CompoundCommand("Suppress " + ruleId,
				List.of(AddCommand.create(domain, topology, TopologyPackage.Literals.TOPOLOGY__SUPPRESSIONS, suppression)));
	}

	/** Why the reason cannot be taken, or null when it can. */
	private static String problem(String reason) {
		if (reason.isBlank()) {
			return "Write why the finding is accepted; a suppression without a reason is not kept.";
		}
		if (reason.length() > TopologyLimits.MAX_DESCRIPTION_LENGTH) {
			return "The reason is longer than " + TopologyLimits.MAX_DESCRIPTION_LENGTH + " characters.";
		}
		return null;
	}
}
