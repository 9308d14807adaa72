package io.trunkline.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.viewers.StructuredSelection;

import io.trunkline.editor.wizards.NewTopologyWizard;
import io.trunkline.editor.wizards.TopologyTemplates;
import io.trunkline.model.examples.Examples;

/** The start page: what Trunkline does, a new topology, and the examples to open. */
public final class WelcomeView extends ViewPart {

	public static final String ID = "io.trunkline.editor.welcome";
	private Composite body;
	private Font heading;

	@Override
	public void createPartControl(Composite parent) {
		body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		Label title = new Label(body, SWT.NONE);
		FontData base = parent.getFont().getFontData()[0];
		heading = new Font(parent.getDisplay(), base.getName(), base.getHeight() + 4, SWT.BOLD);
		title.setFont(heading);
		title.setText("Plan an Enterprise Voice topology");
		Label intro = new Label(body, SWT.WRAP);
		intro.setText("Draw sites, gateways, Mediation pools, PBXs and SBAs; Trunkline checks the topology while you draw "
				+ "and exports the planning worksheets your deployment team works from.");
		intro.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		link("<a>New topology…</a>  — empty or from an example", this::newTopology);
		for (String example : Examples.names()) {
			link("<a>Open " + TopologyTemplates.title(example).replaceFirst("^Example: ", "example: ") + "</a>", () -> open(example));
		}
		body.addListener(SWT.Dispose, e -> heading.dispose());
	}

	private void link(String text, Runnable action) {
		Link link = new Link(body, SWT.NONE);
		link.setText(text);
		link.addListener(SWT.Selection, e -> action.run());
	}

	private void newTopology() {
		NewTopologyWizard wizard = new NewTopologyWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		new WizardDialog(getSite().getShell(), wizard).open();
	}

	/** Copies the example into the workspace (once) and opens it. */
	public void open(String example) {
		try {
			IFile file = TopologyTemplates.exampleInWorkspace(example);
			IDE.openEditor(getSite().getPage(), file, TopologyEditor.ID, true);
		} catch (Exception failed) {
			ErrorDialog.openError(getSite().getShell(), "Open example", "Could not open the example " + example,
					Status.error(failed.getMessage(), failed));
		}
	}

	@Override
	public void setFocus() {
		body.setFocus();
	}
}
