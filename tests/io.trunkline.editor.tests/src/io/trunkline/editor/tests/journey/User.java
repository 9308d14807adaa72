package io.trunkline.editor.tests.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.ide.IDE;

import io.trunkline.diagram.description.Tool;
import io.trunkline.diagram.model.DiagramContainer;
import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.diagram.viewer.DiagramViewer;
import io.trunkline.editor.TopologyEditor;
import io.trunkline.model.Element;

/**
 * What a user does in the workbench, step by step, each through {@link XInput} at a place found
 * on the screen: arm a palette tool, click and drag on the diagram, walk a menu with the keyboard,
 * type into a Properties cell. Each action waits for its visible effect before it returns where
 * the effect is certain; checks of what the product did are left to the journeys.
 */
final class User {

	private final Journey j;
	private final XInput in;

	User(Journey journey) {
		this.j = journey;
		this.in = journey.input;
	}

	// ---- the editor ------------------------------------------------------------------------------

	TopologyEditor editor() throws Exception {
		return j.ui(() -> j.page.getActiveEditor() instanceof TopologyEditor editor ? editor : null);
	}

	/** Opens {@code file} in the topology editor (what a double-click in the Project Explorer does). */
	TopologyEditor open(IFile file) throws Exception {
		j.ui(() -> IDE.openEditor(j.page, file, TopologyEditor.ID, true));
		j.waitUntil("the editor shows " + file.getName(), () -> j.page.getActiveEditor() instanceof TopologyEditor editor && editor.viewer() != null
				&& editor.getEditorInput().getName().equals(file.getName()) && editor.viewer().getControl().isVisible());
		return editor();
	}

	DiagramViewer viewer() throws Exception {
		return editor().viewer();
	}

	/** The node on show for the model element named {@code name} of {@code type}. */
	DiagramNode node(Class<? extends Element> type, String name) throws Exception {
		DiagramViewer viewer = viewer();
		return j.ui(() -> viewer.diagram().nodes().stream().filter(n -> type.isInstance(n.semantic()) && name.equals(((Element) n.semantic()).getName()))
				.findFirst().orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " '" + name + "' on the diagram")));
	}

	/** Where to grab a node: a box's middle, a site's title bar; fails when that spot is not on screen. */
	Point grip(DiagramNode node) throws Exception {
		DiagramViewer viewer = viewer();
		return j.ui(() -> {
			Rectangle box = Screen.nodeOnScreen(viewer, node);
			Point p = node instanceof DiagramContainer ? new Point(box.x + Math.min(box.width / 3, 120), box.y + Math.max(4, (int) (10 * viewer.zoom())))
					: new Point(box.x + box.width / 2, box.y + box.height / 2);
			if (!Screen.canvasOnScreen(viewer).contains(p)) {
				throw new AssertionError(node.label() + " is not visible on the canvas (at " + p + ", canvas " + Screen.canvasOnScreen(viewer) + ")");
			}
			return p;
		});
	}

	/** A spot on the canvas at diagram coordinates. */
	Point at(int diagramX, int diagramY) throws Exception {
		DiagramViewer viewer = viewer();
		return j.ui(() -> Screen.diagramPoint(viewer, diagramX, diagramY));
	}

	/** A spot on the canvas where a new box (with room around it) touches no element, scanning from the lower left. */
	Point freeSpot() throws Exception {
		DiagramViewer viewer = viewer();
		return j.ui(() -> {
			Rectangle area = Screen.canvasOnScreen(viewer);
			Control canvas = viewer.getControl();
			for (int y = area.y + area.height - 150; y > area.y + 20; y -= 30) {
				for (int x = area.x + 40; x < area.x + area.width - 260; x += 30) {
					Point c = canvas.toControl(x, y);
					Point d = viewer.toDiagram(c.x, c.y);
					Point far = viewer.toDiagram(c.x + 240, c.y + 120);
					Rectangle box = new Rectangle(d.x - 20, d.y - 20, far.x - d.x + 20, far.y - d.y + 20);
					if (viewer.diagram().nodes().stream().noneMatch(n -> n.bounds().intersects(box))) {
						return new Point(x, y);
					}
				}
			}
			throw new AssertionError("no free spot on the canvas for a new element");
		});
	}

	void click(Point p) throws Exception {
		if (p == null) {
			throw new AssertionError("nothing visible to click there");
		}
		in.click(p);
	}

	/** Clicks the node so that it is the selection. */
	void select(DiagramNode node) throws Exception {
		DiagramViewer viewer = viewer();
		in.click(grip(node));
		j.waitUntil(node.label() + " is selected", () -> viewer.selectedElements().stream().anyMatch(e -> e.id().equals(node.id())));
	}

	/** Clicks an empty spot of the canvas: the editor becomes the active part, with nothing selected. */
	void focusCanvas() throws Exception {
		DiagramViewer viewer = viewer();
		Point empty = j.ui(() -> Screen.emptyCanvasPoint(viewer));
		if (empty == null) {
			throw new AssertionError("no empty spot on the canvas to click");
		}
		in.click(empty);
		TopologyEditor editor = editor();
		j.waitUntil("the editor is the active part", () -> j.page.getActivePart() == editor && viewer.getControl().isFocusControl());
	}

	// ---- the palette -----------------------------------------------------------------------------

	/** Where the palette entry of {@code toolId} is visible on screen, or null when it is not. */
	Point paletteEntry(String toolId) throws Exception {
		DiagramViewer viewer = viewer();
		return j.ui(() -> {
			String label = toolLabel(viewer, toolId);
			for (Control control : descendants(viewer.getControl().getParent(), new ArrayList<>())) {
				if (control == viewer.getControl() || !control.isVisible()) {
					continue;
				}
				if (control instanceof ToolBar bar) {
					for (ToolItem item : bar.getItems()) {
						if (item.getText().equals(label)) {
							return Screen.visibleCentre(bar, item.getBounds());
						}
					}
				} else if (!(control instanceof Composite) || control instanceof org.eclipse.swt.widgets.Canvas) {
					String tip = control.getToolTipText();
					if (tip != null && (tip.equals(label) || tip.startsWith(label + ":")) && isShowing(control)) {
						return Screen.visibleCentre(control, new Rectangle(0, 0, control.getSize().x, control.getSize().y));
					}
				}
			}
			return null;
		});
	}

	/** Whether the palette entry of {@code toolId} exists but is hidden, as in a closed group. */
	boolean paletteEntryHidden(String toolId) throws Exception {
		DiagramViewer viewer = viewer();
		return j.ui(() -> {
			String label = toolLabel(viewer, toolId);
			for (Control control : descendants(viewer.getControl().getParent(), new ArrayList<>())) {
				String tip = control == viewer.getControl() || control instanceof ToolBar ? null : control.getToolTipText();
				if (tip != null && (tip.equals(label) || tip.startsWith(label + ":"))) {
					return !isShowing(control);
				}
			}
			return false;
		});
	}

	/** The palette's own area on screen (for scrolling it): the sash's part beside the canvas. */
	Rectangle paletteArea() throws Exception {
		DiagramViewer viewer = viewer();
		return j.ui(() -> {
			for (Control child : viewer.getControl().getParent().getChildren()) {
				if (child != viewer.getControl() && child.isVisible() && !(child instanceof org.eclipse.swt.widgets.Sash)) {
					return Screen.visiblePart(child);
				}
			}
			return null;
		});
	}

	/** The labels of every palette tool, by id, in palette order (the viewer's own two first). */
	java.util.LinkedHashMap<String, String> paletteTools() throws Exception {
		DiagramViewer viewer = viewer();
		return j.ui(() -> {
			java.util.LinkedHashMap<String, String> tools = new java.util.LinkedHashMap<>();
			tools.put("select", "Select");
			tools.put("marquee", "Marquee");
			viewer.editing().palette().forEach(group -> group.tools().forEach(tool -> tools.put(tool.id(), tool.label())));
			return tools;
		});
	}

	/** The palette group of a tool, by its label. */
	String paletteGroup(String toolId) throws Exception {
		DiagramViewer viewer = viewer();
		return j.ui(() -> viewer.editing().palette().stream().filter(g -> g.tools().stream().anyMatch(t -> t.id().equals(toolId))).findFirst()
				.map(io.trunkline.diagram.description.ToolGroup::label).orElse("Tools"));
	}

	/** Where the title of the palette group {@code label} is visible, or null (palettes with opening groups only). */
	Point paletteGroupTitle(String label) throws Exception {
		DiagramViewer viewer = viewer();
		return j.ui(() -> {
			for (Control control : descendants(viewer.getControl().getParent(), new ArrayList<>())) {
				if (control != viewer.getControl() && control instanceof org.eclipse.swt.widgets.Canvas && label.equals(control.getToolTipText())
						&& isShowing(control)) {
					return Screen.visibleCentre(control, new Rectangle(0, 0, control.getSize().x, control.getSize().y));
				}
			}
			return null;
		});
	}

	private static String toolLabel(DiagramViewer viewer, String toolId) {
		if (toolId.equals("select") || toolId.equals("marquee")) {
			return toolId.equals("select") ? "Select" : "Marquee";
		}
		return viewer.editing().palette().stream().flatMap(g -> g.tools().stream()).filter(t -> t.id().equals(toolId)).findFirst()
				.map(Tool::label).orElseThrow(() -> new AssertionError("no palette tool " + toolId));
	}

	private static boolean isShowing(Control control) {
		for (Control up = control; up != null; up = up.getParent()) {
			if (!up.isVisible()) {
				return false;
			}
		}
		return true;
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

	/** Clicks the palette entry of {@code toolId} and waits until it is the active tool. */
	void arm(String toolId) throws Exception {
		Point entry = paletteEntry(toolId);
		if (entry == null) {
			throw new AssertionError("the palette entry '" + toolId + "' is not visible on screen");
		}
		in.click(entry);
		DiagramViewer viewer = viewer();
		j.waitUntil(toolId + " is the active tool", () -> viewer.activeTool().id().equals(toolId));
	}

	/** Arms {@code toolId} and clicks at {@code p}. */
	void create(String toolId, Point p) throws Exception {
		arm(toolId);
		in.click(p);
	}

	/** Arms a connection tool and drags from one node to the other. */
	void connect(String toolId, DiagramNode from, DiagramNode to) throws Exception {
		arm(toolId);
		in.drag(grip(from), grip(to));
	}

	// ---- menus -----------------------------------------------------------------------------------

	/** Opens a menu of the menu bar with its mnemonic (Alt+letter) and walks {@code path} with the keyboard. */
	void menu(String top, String... path) throws Exception {
		char mnemonic = j.ui(() -> {
			for (MenuItem item : j.shell.getMenuBar().getItems()) {
				if (XInput.plain(item.getText()).equals(top) && item.getText().contains("&")) {
					return Character.toLowerCase(item.getText().charAt(item.getText().indexOf('&') + 1));
				}
			}
			throw new AssertionError("no menu '" + top + "' in the menu bar");
		});
		in.clearArmed();
		in.key("alt+" + mnemonic);
		walk(path);
	}

	/** Right-clicks at {@code p} and chooses the entry that starts with {@code entry}. */
	void contextMenu(Point p, String... path) throws Exception {
		in.clearArmed();
		in.rightClick(p);
		j.waitUntil("a context menu opens", () -> visibleMenu() != null);
		walk(path);
	}

	/** The entries of the popup menu on screen. */
	List<String> contextMenuEntries() throws Exception {
		return j.ui(() -> {
			List<String> entries = new ArrayList<>();
			Menu menu = visibleMenu();
			if (menu != null) {
				for (MenuItem item : menu.getItems()) {
					entries.add(XInput.plain(item.getText()));
				}
			}
			return entries;
		});
	}

	private Menu visibleMenu() {
		for (Control control : j.display.getFocusControl() != null ? new Control[] { j.display.getFocusControl() } : new Control[0]) {
			Menu menu = control.getMenu();
			if (menu != null && menu.isVisible()) {
				return menu;
			}
		}
		return null;
	}

	/** Down through the open menu until each entry of {@code path} is highlighted; Right into submenus, Return on the last. */
	private void walk(String... path) throws Exception {
		for (int level = 0; level < path.length; level++) {
			String wanted = path[level];
			Predicate<String> matches = text -> text.equals(wanted) || text.startsWith(wanted);
			List<String> seen = new ArrayList<>();
			for (int presses = 0; !matches.test(in.armed()); presses++) {
				if (presses > 40) {
					in.key("Escape", "Escape", "Escape");
					throw new AssertionError("no menu entry '" + wanted + "'; the keyboard passed " + seen);
				}
				in.key("Down");
				j.roundTrip();
				seen.add(in.armed());
			}
			if (level < path.length - 1) {
				in.clearArmed();
				in.key("Right");
				j.roundTrip();
			}
		}
		// not waited for: the entry may open a native dialog, which answers nothing through SWT while it is up
		XInput.xdo("key", "--clearmodifiers", "Return");
	}

	// ---- dialogs ---------------------------------------------------------------------------------

	/** The dialog whose title contains {@code title}, once it is on screen. */
	org.eclipse.swt.widgets.Shell dialog(String title) throws Exception {
		j.waitUntil("a dialog '" + title + "' opens", () -> Dialogs.find(j.shell, title) != null);
		return j.ui(() -> Dialogs.find(j.shell, title));
	}

	/** Clicks the button {@code text} of {@code dialog}; fails if it is missing, hidden or disabled. */
	void press(org.eclipse.swt.widgets.Shell dialog, String text) throws Exception {
		Point p = j.ui(() -> {
			org.eclipse.swt.widgets.Button button = Dialogs.button(dialog, text);
			if (button == null || !button.isEnabled()) {
				throw new AssertionError("no enabled button '" + text + "' in " + Dialogs.describe(dialog));
			}
			return Screen.visibleCentre(button, new Rectangle(0, 0, button.getSize().x, button.getSize().y));
		});
		in.click(p);
	}

	/**
	 * File ▸ Import…, the wizard {@code name} found by typing it into the dialog's filter and
	 * clicking its row, Next: the import dialog, on the wizard's first page.
	 */
	org.eclipse.swt.widgets.Shell importWizard(String name) throws Exception {
		in.key("Escape"); // nothing half-open in the window takes the menu's keys
		menu("File", "Import");
		org.eclipse.swt.widgets.Shell dialog = dialog("Import");
		typeInto(dialog, text -> true, name);
		j.waitUntil("the filtered list shows '" + name + "'", () -> dialogRow(dialog, name) != null);
		Point row = j.ui(() -> Screen.cell(dialogRow(dialog, name), 0));
		in.click(row);
		j.waitUntil("'" + name + "' is selected", () -> {
			org.eclipse.swt.widgets.Button next = Dialogs.button(dialog, "Next >");
			return next != null && next.isEnabled();
		});
		press(dialog, "Next >");
		return dialog;
	}

	/** The row {@code text} of a tree in {@code dialog}, or null. UI thread. */
	private static TreeItem dialogRow(org.eclipse.swt.widgets.Shell dialog, String text) {
		for (Tree tree : trees(dialog, new ArrayList<>())) {
			TreeItem found = shownRow(tree.getItems(), text::equals, false);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	/** Clicks the first visible, editable text field of {@code dialog} that {@code which} accepts, selects all in it and types {@code value}. */
	void typeInto(org.eclipse.swt.widgets.Shell dialog, Predicate<org.eclipse.swt.widgets.Text> which, String value) throws Exception {
		org.eclipse.swt.widgets.Text[] field = { null };
		Point p = j.ui(() -> {
			for (Control control : descendants(dialog, new ArrayList<>())) {
				if (control instanceof org.eclipse.swt.widgets.Text text && isShowing(control) && text.getEditable() && which.test(text)) {
					// what shows of it: a filter field may sit partly under its own frame
					Rectangle shown = Screen.visiblePart(text);
					if (shown.width > 10 && shown.height > 5) {
						field[0] = text;
						return new Point(shown.x + shown.width / 2, shown.y + shown.height / 2);
					}
				}
			}
			throw new AssertionError("no such text field in " + Dialogs.describe(dialog));
		});
		in.click(p);
		j.waitUntil("the field has the keyboard", () -> field[0].isFocusControl());
		in.key("ctrl+a");
		in.type(value);
		j.waitUntil("the field shows what was typed", () -> field[0].getText().equals(value));
	}

	// ---- trees of the workbench ------------------------------------------------------------------

	/** Where the shown row {@code text} of a tree in the window is (scrolled into view), or null. */
	Point treeRow(String text) throws Exception {
		return j.ui(() -> {
			for (Tree tree : trees(j.shell, new ArrayList<>())) {
				TreeItem found = shownRow(tree.getItems(), text::equals, false);
				if (found != null) {
					return Screen.cell(found, 0);
				}
			}
			return null;
		});
	}

	private static List<Tree> trees(Composite parent, List<Tree> found) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Tree tree && tree.isVisible()) {
				found.add(tree);
			} else if (child instanceof Composite composite) {
				trees(composite, found);
			}
		}
		return found;
	}

	// ---- views -----------------------------------------------------------------------------------

	/** Clicks the value of the Properties row {@code name}, replaces it by typing {@code value} and Return. */
	void typeProperty(String name, String value) throws Exception {
		Point cell = propertyCell(name::equalsIgnoreCase, name);
		in.click(cell);
		// a cell editor takes the focus from the tree; if none opens, the keys go wherever a user's would
		j.holdsWithin(() -> j.display.getFocusControl() != null && !(j.display.getFocusControl() instanceof Tree), 2000);
		in.key("ctrl+a");
		in.type(value);
		in.key("Return");
	}

	/** Clicks the value of the Properties row {@code name}, which opens its editor. */
	void clickProperty(String name) throws Exception {
		in.click(propertyCell(name::equalsIgnoreCase, name));
	}

	/** Clicks the value of the Properties row {@code name} (a choice) and moves the choice with {@code keys}, then Return. */
	void chooseProperty(String name, String... keys) throws Exception {
		Point cell = propertyCell(name::equalsIgnoreCase, name);
		in.click(cell);
		j.holdsWithin(() -> j.display.getFocusControl() != null && !(j.display.getFocusControl() instanceof Tree), 2000);
		in.key(keys);
		in.key("Return");
	}

	/**
	 * The value cell of a Properties row, its category opened as a user opens it (select the
	 * category, Shift+Right): the sheet fills a category only when it is opened.
	 */
	private Point propertyCell(Predicate<String> name, String what) throws Exception {
		j.waitUntil("the Properties view shows properties", () -> {
			Tree tree = Screen.propertiesTree(j.page);
			return tree != null && tree.getItemCount() > 0;
		});
		boolean waited = false;
		for (int opened = 0; opened < 20; opened++) {
			boolean[] shown = { false };
			Point cell = j.ui(() -> {
				TreeItem row = shownRow(Screen.propertiesTree(j.page).getItems(), name, true);
				shown[0] = row != null;
				return row == null ? null : Screen.settledCell(row, 1);
			});
			if (cell != null) {
				return cell;
			}
			if (shown[0] && !waited) {
				waited = true; // scrolled to the row: ask again once the tree is drawn there
				j.roundTrip();
				continue;
			}
			waited = false;
			if (shown[0]) {
				// the row is there but out of sight: scroll the view with the wheel, as a user would
				Rectangle tree = j.ui(() -> Screen.visiblePart(Screen.propertiesTree(j.page)));
				in.wheel(new Point(tree.x + tree.width / 2, tree.y + tree.height / 2), 3);
				continue;
			}
			boolean[] closed = { false };
			Point category = j.ui(() -> {
				for (TreeItem item : Screen.propertiesTree(j.page).getItems()) {
					if (item.getItemCount() > 0 && !item.getExpanded()) {
						closed[0] = true;
						return Screen.settledCell(item, 0);
					}
				}
				return null;
			});
			if (!closed[0]) {
				break;
			}
			if (category == null) {
				// the closed category is below the view's edge, where GTK's scroll to it does not always reach:
				// scroll with the wheel, as a user would, and look again
				Rectangle tree = j.ui(() -> Screen.visiblePart(Screen.propertiesTree(j.page)));
				in.wheel(new Point(tree.x + tree.width / 2, tree.y + tree.height / 2), 3);
				continue;
			}
			in.click(category);
			in.key("shift+Right");
		}
		throw new AssertionError("no property '" + what + "' in the Properties view, which shows " + j.ui(() -> {
			List<String> rows = new ArrayList<>();
			for (TreeItem category : Screen.propertiesTree(j.page).getItems()) {
				rows.add(category.getText(0) + (category.getExpanded() ? " " + java.util.Arrays.stream(category.getItems()).map(i -> i.getText(0)).toList() : ""));
			}
			return rows;
		}));
	}

	/** The first shown row named so; in the Properties view ({@code properties}) never a category row. */
	private static TreeItem shownRow(TreeItem[] items, Predicate<String> name, boolean properties) {
		for (TreeItem item : items) {
			boolean category = properties && item.getParentItem() == null && item.getItemCount() > 0 && item.getText(1).isEmpty();
			if (name.test(item.getText(0)) && !category) {
				return item;
			}
			if (item.getExpanded()) {
				TreeItem found = shownRow(item.getItems(), name, properties);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** The text shown in the Properties view for the first row whose name satisfies {@code name}, or null. */
	String propertyShown(Predicate<String> name) throws Exception {
		propertyCell(name, "matching");
		return j.ui(() -> {
			TreeItem row = shownRow(Screen.propertiesTree(j.page).getItems(), name, true);
			return row == null ? null : row.getText(1);
		});
	}

	/** Ctrl+S with the editor active; waits until it is no longer dirty. */
	void save() throws Exception {
		focusCanvas();
		in.key("ctrl+s");
		TopologyEditor editor = editor();
		j.waitUntil("the editor is saved", () -> !editor.isDirty());
	}

	void key(String... keys) throws Exception {
		in.key(keys);
	}

	void type(String text) throws Exception {
		in.type(text);
	}

	void drag(Point from, Point to) throws Exception {
		in.drag(from, to);
	}

	void doubleClick(Point p) throws Exception {
		in.doubleClick(p);
	}

	/** Ctrl+click: adds the element there to the selection. */
	void ctrlClick(Point p) throws Exception {
		in.ctrlClick(p);
	}
}
