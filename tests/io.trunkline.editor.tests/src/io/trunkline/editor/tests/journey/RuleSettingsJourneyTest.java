package io.trunkline.editor.tests.journey;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;

import io.trunkline.editor.TopologyEditor;
import io.trunkline.editor.preferences.ValidationPreferences;
import io.trunkline.validation.RuleSettings;

/**
 * Issue 15, rules users configure, journey (a): Window ▸ Preferences ▸ Trunkline ▸ Validation, a rule switched off
 * with its check box and OK: its marker leaves the Problems view and its badge the diagram; switched on again, both
 * come back. Nothing in the topology changes either way.
 */
class RuleSettingsJourneyTest {

	private static final String NO_TRUNK = "TL-GW-01";

	@Test
	void aRuleSwitchedOffInThePreferencesLeavesTheProblemsViewAndComesBackWhenSwitchedOn() throws Exception {
		Journey.run("a-rule-settings", 1600, 1000, j -> {
			try {
				IFile file = Topologies.write(j.project, "settings.topology", t -> Topologies.gateway(Topologies.siteWithMediation(t)));
				User user = new User(j);
				TopologyEditor editor = user.open(file);
				String id = j.ui(() -> editor.topology().getCentralSites().get(0).getTrunkPeers().get(0).getId());
				j.waitUntil("the gateway without a trunk is flagged", () -> Topologies.hasMarker(file, NO_TRUNK, id));
				LiveValidationJourneyTest.openErrors(j, user);
				j.expectWithin("the Problems view lists it", () -> rowStarts(j, NO_TRUNK));

				j.step("Preferences, Trunkline ▸ Validation, uncheck " + NO_TRUNK + ", Apply and Close");
				Shell preferences = openValidationPage(j, user);
				toggle(j, user, preferences, NO_TRUNK);
				j.waitUntil("the row is unchecked", () -> !row(preferences, NO_TRUNK).getChecked());
				j.screenshot("01-switched-off");
				user.press(preferences, "Apply and Close");
				j.waitUntil("the preferences close", () -> preferences.isDisposed());
				j.expectWithin("the marker goes", () -> !Topologies.hasMarker(file, NO_TRUNK, id));
				j.expectWithin("and the Problems view row", () -> !rowStarts(j, NO_TRUNK));
				j.expectWithin("and the badge on the diagram", () -> !LiveValidationJourneyTest.badgeMentions(editor.viewer(), id, NO_TRUNK));
				j.expect("the topology is untouched", j.ui(() -> !editor.isDirty()));
				j.screenshot("02-marker-gone");

				j.step("Preferences again, check " + NO_TRUNK + ", Apply and Close");
				Shell again = openValidationPage(j, user);
				j.expect("the page shows the rule off", j.ui(() -> !row(again, NO_TRUNK).getChecked()));
				toggle(j, user, again, NO_TRUNK);
				j.waitUntil("the row is checked", () -> row(again, NO_TRUNK).getChecked());
				user.press(again, "Apply and Close");
				j.waitUntil("the preferences close", () -> again.isDisposed());
				j.expectWithin("the marker is back", () -> Topologies.hasMarker(file, NO_TRUNK, id));
				j.expectWithin("and the badge", () -> LiveValidationJourneyTest.badgeMentions(editor.viewer(), id, NO_TRUNK));
				LiveValidationJourneyTest.openErrors(j, user);
				j.expectWithin("and the Problems view row", () -> rowStarts(j, NO_TRUNK));
				j.screenshot("03-marker-back");
			} finally {
				// the preferences outlive the journey: later journeys expect the catalogue's rules
				ValidationPreferences.store(RuleSettings.defaults());
			}
		});
	}

	/** Window ▸ Preferences, the filter typed, the Validation page clicked: the dialog on that page. */
	static Shell openValidationPage(Journey j, User user) throws Exception {
		j.input.key("Escape");
		user.menu("Window", "Preferences");
		Shell dialog = user.dialog("Preferences");
		user.typeInto(dialog, text -> true, "Validation");
		j.waitUntil("the filtered tree shows Trunkline ▸ Validation", () -> validationRow(dialog) != null);
		j.input.click(j.ui(() -> Screen.cell(validationRow(dialog), 0)));
		j.waitUntil("the Validation page shows its rule table", () -> ruleTable(dialog) != null);
		return dialog;
	}

	private static TreeItem validationRow(Shell dialog) {
		for (Control control : descendants(dialog, new ArrayList<>())) {
			if (control instanceof Tree tree && tree.isVisible()) {
				for (TreeItem top : tree.getItems()) {
					if (top.getText().equals("Trunkline") && top.getExpanded()) {
						for (TreeItem child : top.getItems()) {
							if (child.getText().equals("Validation")) {
								return child;
							}
						}
					}
				}
			}
		}
		return null;
	}

	private static Table ruleTable(Shell dialog) {
		for (Control control : descendants(dialog, new ArrayList<>())) {
			if (control instanceof Table table && table.isVisible() && table.getColumnCount() > 0
					&& table.getColumn(0).getText().equals("Rule")) {
				return table;
			}
		}
		return null;
	}

	static TableItem row(Shell dialog, String rule) {
		for (TableItem item : ruleTable(dialog).getItems()) {
			if (item.getText(0).equals(rule)) {
				return item;
			}
		}
		throw new AssertionError("no row " + rule + " on the Validation page");
	}

	/**
	 * Toggles the rule's check box from the keyboard, as GTK offers it: a click into the table (on a title, which
	 * edits nothing), Home, Down to the rule's row, Space. (Clicking the box itself needs its place on screen, which
	 * GTK reports only after scrolling has settled.)
	 */
	static void toggle(Journey j, User user, Shell dialog, String rule) throws Exception {
		Point inside = j.ui(() -> {
			Table table = ruleTable(dialog);
			return Screen.visibleCentre(table, new Rectangle(0, 0, table.getSize().x, table.getSize().y));
		});
		j.input.click(inside);
		j.waitUntil("the rule table has the keyboard", () -> ruleTable(dialog).isFocusControl());
		int index = j.ui(() -> ruleTable(dialog).indexOf(row(dialog, rule)));
		user.key("Home");
		for (int i = 0; i < index; i++) {
			user.key("Down");
		}
		j.waitUntil("the row of " + rule + " is selected", () -> ruleTable(dialog).getSelectionIndex() == index);
		user.key("space");
	}

	private static boolean rowStarts(Journey j, String rule) throws Exception {
		return LiveValidationJourneyTest.problemRows(j).stream().anyMatch(r -> r.startsWith(rule));
	}

	private static List<Control> descendants(Composite parent, List<Control> found) {
		for (Control child : parent.getChildren()) {
			found.add(child);
			if (child instanceof Composite composite) {
				descendants(composite, found);
			}
		}
		return found;
	}
}
