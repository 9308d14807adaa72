package io.trunkline.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.ui.IMarkerResolution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.trunkline.editor.validation.QuickFixes;
import io.trunkline.editor.validation.TopologyMarkerResolutions;
import io.trunkline.editor.validation.ValidationMarkers;
import io.trunkline.editor.wizards.TopologyTemplates;
import io.trunkline.model.Element;
import io.trunkline.model.examples.Examples;

/** Issue 13, defect 16: quick fixes only for markers that have one, found without opening anything. */
class MarkerResolutionsDefectTest {

	private EditorFixture f;
	private IFile file;
	private io.trunkline.editor.TopologyEditor editor;

	@BeforeEach
	void open() throws Exception {
		f = new EditorFixture();
		EditorFixture.project(TopologyTemplates.EXAMPLES_PROJECT);
		file = TopologyTemplates.exampleInWorkspace(Examples.FLAWED);
		editor = f.open(file);
	}

	/** Every finding can be accepted as a risk, so a marker no fix repairs offers exactly that and nothing more. */
	@Test
	void aMarkerWithoutAQuickFixOffersOnlyTheSuppression() throws Exception {
		IMarker without = null;
		for (IMarker marker : file.findMarkers(ValidationMarkers.MARKER_TYPE, true, IResource.DEPTH_ZERO)) {
			Element element = editor.element(marker.getAttribute(ValidationMarkers.ELEMENT_ID, ""));
			if (element != null && QuickFixes.forFinding(marker.getAttribute(ValidationMarkers.RULE_ID, ""), element, editor.domain()).isEmpty()) {
				without = marker;
				break;
			}
		}
		assertTrue(without != null, "the flawed example has findings no quick fix repairs");
		TopologyMarkerResolutions resolutions = new TopologyMarkerResolutions();
		assertTrue(resolutions.hasResolutions(without), without.getAttribute(IMarker.MESSAGE, ""));
		assertEquals(List.of("Suppress this finding…"),
				Arrays.stream(resolutions.getResolutions(without)).map(IMarkerResolution::getLabel).toList());
	}

	@Test
	void askingForQuickFixesOfAClosedFileOpensNoEditor() throws Exception {
		IMarker noTrunk = null;
		for (IMarker marker : file.findMarkers(ValidationMarkers.MARKER_TYPE, true, IResource.DEPTH_ZERO)) {
			if ("TL-GW-01".equals(marker.getAttribute(ValidationMarkers.RULE_ID, ""))) {
				noTrunk = marker;
			}
		}
		f.page.closeAllEditors(false);
		Bench.settle();
		assertTrue(noTrunk.exists(), "the marker outlives the editor");
		TopologyMarkerResolutions resolutions = new TopologyMarkerResolutions();
		assertTrue(resolutions.hasResolutions(noTrunk));
		assertTrue(resolutions.getResolutions(noTrunk).length > 0, "the fixes are worked out on the saved file");
		assertEquals(0, f.page.getEditorReferences().length, "no editor was opened by asking");
	}

	/** Its files would leave markers in the Problems view that later tests read. */
	@AfterEach
	void removeProjects() throws Exception {
		EditorFixture.removeProject(TopologyTemplates.EXAMPLES_PROJECT);
	}
}
