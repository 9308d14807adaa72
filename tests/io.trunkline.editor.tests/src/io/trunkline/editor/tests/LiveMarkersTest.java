package io.trunkline.editor.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.trunkline.editor.TopologyEditor;
import io.trunkline.editor.validation.TopologyMarkerResolutions;
import io.trunkline.editor.validation.ValidationMarkers;
import io.trunkline.editor.wizards.TopologyTemplates;
import io.trunkline.model.PeerKind;
import io.trunkline.model.TopologyPackage;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.examples.Examples;

/** Markers follow edits live, before any save; double click reveals; quick fixes repair. */
class LiveMarkersTest {

	private EditorFixture f;

	@BeforeEach
	void open() throws Exception {
		f = new EditorFixture();
		f.page.showView(IPageLayout.ID_PROBLEM_VIEW);
		EditorFixture.project(TopologyTemplates.EXAMPLES_PROJECT);
	}

	@Test
	void invalidEditShowsAMarkerBeforeSavingAndUndoRemovesIt() throws Exception {
		IFile file = TopologyTemplates.exampleInWorkspace(Examples.EV_IN_FRONT_OF_PBX);
		byte[] onDisk = Files.readAllBytes(file.getLocation().toFile().toPath());
		TopologyEditor editor = f.open(file);
		assertFalse(Bench.anyStartsWith(Bench.markerMessages(file), "TL-GW-24"), "the example starts clean of this error");
		TrunkPeer gateway = firstGateway(editor);
		editor.domain().getCommandStack().execute(SetCommand.create(editor.domain(), gateway, TopologyPackage.Literals.TRUNK_PEER__PSTN_PORTS, 0));
		Bench.waitUntil("the marker appears", () -> rows().stream().anyMatch(r -> r.startsWith("TL-GW-24") && r.contains("ev-in-front-of-pbx")));
		Bench.screenshot(f.shell, "live-marker-before-save");
		assertArrayEquals(onDisk, Files.readAllBytes(file.getLocation().toFile().toPath()), "nothing was saved");
		editor.domain().getCommandStack().undo();
		Bench.waitUntil("undo removes it", () -> rows().stream().noneMatch(r -> r.startsWith("TL-GW-24") && r.contains("ev-in-front-of-pbx")));
		assertFalse(editor.isDirty());
	}

	@Test
	void goingToAMarkerSelectsItsElementAndQuickFixesRepair() throws Exception {
		IFile file = TopologyTemplates.exampleInWorkspace(Examples.FLAWED);
		TopologyEditor editor = f.open(file);
		assertTrue(Bench.markerMessages(file).size() >= 20, "the flawed example trips at least 20 findings");
		for (int i = 0; i < 5; i++) {
			Bench.settle(); // the Problems view refreshes on a delayed job
		}
		Bench.screenshot(f.shell, "flawed-opened");
		IMarker noTrunk = marker(file, "TL-GW-01");
		IDE.gotoMarker(editor, noTrunk);
		Bench.settle();
		String id = noTrunk.getAttribute(ValidationMarkers.ELEMENT_ID, "");
		assertEquals(List.of(editor.element(id)), ((org.eclipse.jface.viewers.IStructuredSelection) editor.viewer().getSelection()).toList());
		for (String rule : new String[] { "TL-GW-01", "TL-BR-09", "TL-GW-06" }) {
			IMarker marker = marker(file, rule);
			String element = marker.getAttribute(ValidationMarkers.ELEMENT_ID, "");
			IMarkerResolution[] fixes = new TopologyMarkerResolutions().getResolutions(marker);
			assertTrue(fixes.length > 0, "a quick fix for " + rule);
			fixes[0].run(marker);
			Bench.waitUntil(rule + " fixed by '" + fixes[0].getLabel() + "'", () -> !hasMarker(file, rule, element));
		}
		Bench.screenshot(f.shell, "quick-fixes-applied");
	}

	private static TrunkPeer firstGateway(TopologyEditor editor) {
		for (var it = editor.topology().eAllContents(); it.hasNext();) {
			if (it.next() instanceof TrunkPeer peer && peer.getKind() == PeerKind.PSTN_GATEWAY) {
				return peer;
			}
		}
		throw new AssertionError("the example has a PSTN gateway");
	}

	private List<String> rows() {
		return Bench.problemsViewRows(f.page);
	}

	private static IMarker marker(IFile file, String rule) throws Exception {
		for (IMarker marker : file.findMarkers(ValidationMarkers.MARKER_TYPE, true, IResource.DEPTH_ZERO)) {
			if (rule.equals(marker.getAttribute(ValidationMarkers.RULE_ID, ""))) {
				return marker;
			}
		}
		throw new AssertionError("no " + rule + " marker on " + file.getName());
	}

	private static boolean hasMarker(IFile file, String rule, String element) {
		try {
			for (IMarker marker : file.findMarkers(ValidationMarkers.MARKER_TYPE, true, IResource.DEPTH_ZERO)) {
				if (rule.equals(marker.getAttribute(ValidationMarkers.RULE_ID, "")) && element.equals(marker.getAttribute(ValidationMarkers.ELEMENT_ID, ""))) {
					return true;
				}
			}
			return false;
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}
}
