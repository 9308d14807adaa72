package io.trunkline.editor.tests.journey;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.junit.jupiter.api.Test;

import io.trunkline.diagram.model.DiagramContainer;
import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.diagram.viewer.DiagramViewer;
import io.trunkline.editor.TopologyEditor;
import io.trunkline.model.CentralSite;
import io.trunkline.model.Element;
import io.trunkline.model.Site;
import io.trunkline.model.examples.Examples;

/**
 * Journey (e) of issue 13: the multi-site example, from its overview into a site plan with a
 * double-click and back through the breadcrumb, every site's and element's name drawn large
 * enough to read at each step (measured on the canvas's pixels, see {@link Legibility}).
 */
class MultiSiteJourneyTest {

	@Test
	void overviewToSitePlanAndBackWithReadableNames() throws Exception {
		Journey.run("e-multi-site", 1600, 1000, j -> {
			IFile file = j.project.getFile(Examples.fileName(Examples.MULTI_SITE_ENTERPRISE));
			file.create(new ByteArrayInputStream(Examples.bytes(Examples.MULTI_SITE_ENTERPRISE)), true, null);
			User user = new User(j);
			TopologyEditor editor = user.open(file);
			DiagramViewer viewer = editor.viewer();

			j.step("the overview as it opens");
			expectReadable(j, viewer, "site names in the overview as opened (defect 8)", true);
			j.screenshot("01-overview");

			j.step("double-click the first central site");
			CentralSite central = j.ui(() -> editor.topology().getCentralSites().get(0));
			user.doubleClick(user.grip(user.node(CentralSite.class, central.getName())));
			j.waitUntil("the site plan is on show", () -> editor.scope() == central);
			expectReadable(j, viewer, "element names in the site plan at its opening zoom (defect 8)", false);
			j.screenshot("02-site-plan");

			j.step("back through the breadcrumb");
			NewTopologyJourneyTest.clickBreadcrumbOverview(j, user, viewer);
			j.waitUntil("the overview is on show", () -> editor.scope() == null);
			expectReadable(j, viewer, "site names in the overview after coming back (defect 8)", true);
		});
	}

	/** Every site (or, in a plan, every element) on the canvas has its name drawn at least {@link Legibility#READABLE_PT} on screen. */
	private static void expectReadable(Journey j, DiagramViewer viewer, String what, boolean sites) throws Exception {
		int[] measured = { 0 };
		List<String> unreadable = j.ui(() -> {
			List<String> small = new ArrayList<>();
			for (DiagramNode node : viewer.diagram().nodes()) {
				boolean site = node instanceof DiagramContainer && node.semantic() instanceof Site;
				if (node.semantic() instanceof Element && site == sites && !node.isHidden()) {
					double points = Legibility.labelPoints(viewer, node);
					if (points >= 0) {
						measured[0]++;
					}
					if (points >= 0 && points < Legibility.READABLE_PT - Legibility.TOLERANCE_PT) {
						small.add(String.format(java.util.Locale.ROOT, "%s %.0f pt", node.label(), points));
					}
				}
			}
			return small;
		});
		j.expect(what + ": at least one is on the canvas", measured[0] > 0);
		j.expect(what + ": drawn under " + Legibility.READABLE_PT + " pt (± " + Legibility.TOLERANCE_PT + ") on screen at zoom " + j.ui(viewer::zoom) + ": " + unreadable,
				unreadable.isEmpty());
	}
}
