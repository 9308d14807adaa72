package io.trunkline.editor.diagram;

import java.util.List;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Shell;

import io.trunkline.model.Site;
import io.trunkline.model.Topology;
import io.trunkline.validation.Finding;

/** What the diagram's editing policy needs from the editor that hosts it. */
public interface DiagramHost {

	EditingDomain domain();

	Topology topology();

	LayoutStore layout();

	/** The site whose plan is shown, or null for the overview. */
	Site scope();

	/** Shows the plan of {@code site}, or the overview for null. */
	void openScope(Site site);

	Shell shell();

	/** Where the element with this id is drawn on the diagram on show, or null. */
	org.eclipse.swt.graphics.Rectangle shownBounds(String elementId);

	/** Tells the user why a gesture is refused (null: clears the message). */
	void explain(String refusal);

	/** Current findings whose target is the element with this id. */
	List<Finding> findings(String elementId);
}
