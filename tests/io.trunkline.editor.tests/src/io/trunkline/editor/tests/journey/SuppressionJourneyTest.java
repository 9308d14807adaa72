package io.trunkline.editor.tests.journey;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.editor.TopologyEditor;
import io.trunkline.editor.validation.ValidationMarkers;
import io.trunkline.model.Suppression;
import io.trunkline.model.Topology;
import io.trunkline.model.TrunkPeer;

/**
 * Issue 15, rules users configure, journey (b): "Suppress TL-GW-01…" on the gateway's context menu asks for a reason;
 * with it, the finding leaves the errors and shows as a suppressed info, the saved file holds the suppression, and
 * Ctrl+Z brings the error back.
 */
class SuppressionJourneyTest {

	private static final String NO_TRUNK = "TL-GW-01";
	private static final String REASON = "Trunk arrives with the carrier cut-over in week 12";

	@Test
	void aFindingSuppressedWithAReasonIsSavedShownAsSuppressedAndUndone() throws Exception {
		Journey.run("b-suppression", 1600, 1000, j -> {
			IFile file = Topologies.write(j.project, "suppress.topology", t -> Topologies.gateway(Topologies.siteWithMediation(t)));
			User user = new User(j);
			TopologyEditor editor = LiveValidationJourneyTest.openSitePlan(j, user, file);
			Topology topology = editor.topology();
			String id = j.ui(() -> topology.getCentralSites().get(0).getTrunkPeers().get(0).getId());
			j.waitUntil("the gateway is flagged", () -> severity(file, id) == IMarker.SEVERITY_ERROR);

			j.step("right-click the gateway, Suppress " + NO_TRUNK + "…, try OK without a reason, then write one");
			DiagramNode gateway = user.node(TrunkPeer.class, Topologies.GATEWAY);
			user.select(gateway);
			user.contextMenu(user.grip(gateway), "Suppress " + NO_TRUNK);
			Shell dialog = user.dialog("Suppress " + NO_TRUNK);
			j.expect("OK is disabled while no reason is written", j.ui(() -> !Dialogs.button(dialog, "OK").isEnabled()));
			user.typeInto(dialog, text -> true, REASON);
			j.screenshot("01-reason");
			user.press(dialog, "OK");
			j.waitUntil("the suppression is in the model", () -> topology.getSuppressions().size() == 1);
			Suppression suppression = j.ui(() -> topology.getSuppressions().get(0));
			j.expect("it names the rule, the gateway and the reason", j.ui(() -> NO_TRUNK.equals(suppression.getRuleId())
					&& suppression.getElement() != null && id.equals(suppression.getElement().getId()) && REASON.equals(suppression.getReason())));
			j.expectWithin("the marker is now an info", () -> severity(file, id) == IMarker.SEVERITY_INFO);
			j.expectWithin("that reads suppressed, with the reason", () -> message(file, id).startsWith(NO_TRUNK + " suppressed (" + REASON + "): "));
			LiveValidationJourneyTest.openErrors(j, user);
			j.expectWithin("the Problems view's errors no longer list it",
					() -> LiveValidationJourneyTest.problemRows(j).stream().noneMatch(r -> r.startsWith(NO_TRUNK) && !r.contains("suppressed")));
			j.step("open the Problems view's Infos");
			j.waitUntil("the Problems view has an Infos group", () -> user.treeRow("Infos (1 item)") != null);
			j.input.click(user.treeRow("Infos (1 item)"));
			user.key("shift+Right");
			j.expectWithin("the Infos list the finding as suppressed, with the reason", () -> LiveValidationJourneyTest.problemRows(j).stream()
					.anyMatch(r -> r.startsWith(NO_TRUNK + " suppressed (" + REASON + "): ")));
			user.focusCanvas(); // the status bar is the active part's
			j.expectWithin("the status bar counts it as suppressed", () -> statusTexts(j.shell).contains(", 1 suppressed"));
			j.screenshot("02-suppressed");

			j.step("save");
			user.save();
			String saved = Files.readString(file.getLocation().toFile().toPath(), StandardCharsets.UTF_8);
			j.expect("the saved file holds the suppression with rule, element and reason",
					saved.contains("ruleId=\"" + NO_TRUNK + "\"") && saved.contains(REASON) && saved.contains(id));

			j.step("Ctrl+Z");
			user.focusCanvas();
			user.key("ctrl+z");
			j.waitUntil("the suppression is undone", () -> topology.getSuppressions().isEmpty());
			j.expectWithin("the marker is an error again", () -> severity(file, id) == IMarker.SEVERITY_ERROR);
			j.expectWithin("with the rule's own message", () -> message(file, id).startsWith(NO_TRUNK + " PSTN gateway"));
			j.expectWithin("and the Problems view lists it again", () -> LiveValidationJourneyTest.problemRows(j).stream()
					.anyMatch(r -> r.startsWith(NO_TRUNK + " PSTN gateway")));
			j.screenshot("03-undone");
		});
	}

	/** The severity of the TL-GW-01 marker on the element, or -1 when there is none. */
	private static int severity(IFile file, String id) throws Exception {
		IMarker marker = marker(file, id);
		return marker == null ? -1 : marker.getAttribute(IMarker.SEVERITY, -1);
	}

	private static String message(IFile file, String id) throws Exception {
		IMarker marker = marker(file, id);
		return marker == null ? "" : marker.getAttribute(IMarker.MESSAGE, "");
	}

	private static IMarker marker(IFile file, String id) throws Exception {
		for (IMarker marker : file.findMarkers(ValidationMarkers.MARKER_TYPE, true, IResource.DEPTH_ZERO)) {
			if (NO_TRUNK.equals(marker.getAttribute(ValidationMarkers.RULE_ID, "")) && id.equals(marker.getAttribute(ValidationMarkers.ELEMENT_ID, ""))) {
				return marker;
			}
		}
		return null;
	}

	/** The texts of the window's status labels (the status bar shows the active part's). UI thread. */
	private static String statusTexts(Control control) {
		StringBuilder text = new StringBuilder();
		if (control instanceof CLabel label && label.isVisible() && label.getText() != null) {
			text.append(label.getText()).append(" | ");
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				text.append(statusTexts(child));
			}
		}
		return text.toString();
	}
}
