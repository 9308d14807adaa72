package io.trunkline.editor.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.trunkline.diagram.layout.LayoutJob;
import io.trunkline.editor.TopologyEditor;
import io.trunkline.editor.wizards.TopologyTemplates;
import io.trunkline.model.Site;
import io.trunkline.model.examples.Examples;

/** Issue 13, defect 14: Arrange All belongs to the plan it started on; switching plans cancels it. */
class ArrangeDefectTest {

	@Test
	void switchingPlansWhileArrangingStoresNothingUnderTheNewPlan() throws Exception {
		EditorFixture f = new EditorFixture();
		EditorFixture.project(TopologyTemplates.EXAMPLES_PROJECT);
		IFile file = TopologyTemplates.exampleInWorkspace(Examples.MULTI_SITE_ENTERPRISE);
		TopologyEditor editor = f.open(file);
		Site plan = editor.topology().getCentralSites().get(0);
		editor.arrange(); // the overview
		editor.openScope(plan); // before the layout's result can arrive on the UI thread
		Bench.waitUntil("the layout job ends", () -> Job.getJobManager().find(null).length == 0
				|| java.util.Arrays.stream(Job.getJobManager().find(null)).noneMatch(LayoutJob.class::isInstance));
		Bench.settle();
		assertFalse(editor.domain().getCommandStack().canUndo(), "no arrangement was stored");
		for (var it = editor.topology().eAllContents(); it.hasNext();) {
			if (it.next() instanceof io.trunkline.model.Element element) {
				assertNull(editor.layout().bounds(plan.getId(), element.getId()), element.getName() + " placed by the overview's layout");
			}
		}
	}

	/** Its files would leave markers in the Problems view that later tests read. */
	@AfterEach
	void removeProjects() throws Exception {
		EditorFixture.removeProject(TopologyTemplates.EXAMPLES_PROJECT);
	}
}
