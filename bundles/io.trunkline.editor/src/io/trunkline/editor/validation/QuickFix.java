package io.trunkline.editor.validation;

import org.eclipse.emf.common.command.Command;

/** A repair for one finding: what the user reads, and the command that does it. */
public record QuickFix(String label, Command command) {
}
