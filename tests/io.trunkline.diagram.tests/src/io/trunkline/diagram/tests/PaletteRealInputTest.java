package io.trunkline.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.trunkline.diagram.description.Tool;
import io.trunkline.diagram.description.ToolGroup;
import io.trunkline.diagram.viewer.DiagramViewer;
import io.trunkline.diagram.viewer.Palette;

/**
 * The palette on a 1024×768 screen, used with the real pointer and wheel: every tool can be
 * scrolled to and armed, drawers close and open, and a narrow palette keeps each label on its
 * icon's line.
 */
class PaletteRealInputTest {

	/** Half the height of a palette icon (16 px, centred in its row). */
	private static final int ICON_HALF = 8;

	private final Display display = Display.getDefault();
	private final RealInput input = new RealInput(display);
	private Shell shell;
	private SashForm editor;
	private DiagramViewer viewer;
	private Palette palette;

	/** As many tools in as many drawers as the topology editor has (two sites, five servers, four peers, four connections). */
	private static List<ToolGroup> topologyLikeGroups() {
		List<ToolGroup> groups = new ArrayList<>();
		groups.add(group("Sites", "Central Site", "Branch Site"));
		groups.add(group("Servers", "Front End Pool", "Director Pool", "Edge Pool", "Mediation Pool", "SBA / SBS"));
		groups.add(group("PSTN side", "PSTN Gateway", "IP-PBX", "ITSP SBC", "TDM PBX"));
		List<Tool> connections = new ArrayList<>();
		for (String label : List.of("Trunk", "PBX Link", "PSTN Line", "WAN Link")) {
			connections.add(new Tool.Connect(id(label), label, null, "Connects two elements"));
		}
		groups.add(new ToolGroup("Connections", connections));
		return groups;
	}

	private static ToolGroup group(String label, String... tools) {
		List<Tool> list = new ArrayList<>();
		for (String tool : tools) {
			list.add(new Tool.CreateNode(id(tool), tool, RecordingEditing.BOX.icon(), "Creates a " + tool));
		}
		return new ToolGroup(label, list);
	}

	private static String id(String label) {
		return label.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-");
	}

	@BeforeEach
	void open() {
		shell = new Shell(display);
		shell.setText("palette-1024x768");
		shell.setLayout(new FillLayout());
		// the workbench gives the editor about 60 % of a 1024×768 screen; the rest holds Properties and Problems
		SashForm window = new SashForm(shell, SWT.VERTICAL);
		editor = new SashForm(window, SWT.HORIZONTAL);
		viewer = new DiagramViewer(editor, () -> topologyLikeGroups());
		palette = new Palette(editor, viewer);
		editor.setWeights(85, 15);
		new Composite(window, SWT.BORDER);
		window.setWeights(60, 40);
		shell.setBounds(0, 0, 1024, 768);
		shell.open();
		input.spinUntil(shell::isVisible, 2000);
		input.spin(300);
	}

	@AfterEach
	void close() {
		shell.dispose();
		input.spin(50);
	}

	private static Rectangle onScreen(Control control) {
		Point topLeft = control.toDisplay(0, 0);
		Point size = control.getSize();
		return new Rectangle(topLeft.x, topLeft.y, size.x, size.y);
	}

	private Rectangle paletteView() {
		Composite scroller = palette.getControl();
		Rectangle client = scroller.getClientArea();
		Point topLeft = scroller.toDisplay(client.x, client.y);
		return new Rectangle(topLeft.x, topLeft.y, client.width, client.height);
	}

	private boolean fullyInView(Control entry) {
		Rectangle box = onScreen(entry), view = paletteView();
		return entry.isVisible() && box.y >= view.y && box.y + box.height <= view.y + view.height;
	}

	private static Point centre(Rectangle box) {
		return new Point(box.x + box.width / 2, box.y + box.height / 2);
	}

	@Test
	void everyToolCanBeScrolledToWithTheWheelAndArmedByAClick() {
		List<Tool> tools = new ArrayList<>(List.of(new Tool.Marquee(), new Tool.Select()));
		topologyLikeGroups().forEach(group -> tools.addAll(group.tools()));
		Tool last = tools.get(tools.size() - 1);
		assertFalse(fullyInView(palette.item(last.id())), "at this size the palette is taller than the editor, else this test proves nothing");
		int scrolls = 0;
		for (Tool tool : tools) {
			Control entry = palette.item(tool.id());
			for (int notch = 0; notch < 40 && !fullyInView(entry); notch++) {
				boolean below = onScreen(entry).y > paletteView().y;
				input.wheel(centre(paletteView()), below ? 1 : -1);
				input.spin(50);
				scrolls++;
			}
			assertTrue(fullyInView(entry), tool.label() + " scrolled into view: " + onScreen(entry) + " in " + paletteView());
			input.click(centre(onScreen(entry)));
			assertTrue(input.spinUntil(() -> viewer.activeTool().id().equals(tool.id()), 3000), "a click arms " + tool.label());
		}
		input.screenshot("palette-1024x768-last-tool.png");
		assertTrue(scrolls > 0, "the wheel was needed to reach the connection tools");
	}

	@Test
	void aClickOnADrawersTitleClosesItAndASecondOpensIt() {
		Control serversTitle = palette.drawerTitle("Servers"), pstnTitle = palette.drawerTitle("PSTN side");
		int pstnTop = onScreen(pstnTitle).y;
		input.click(centre(onScreen(serversTitle)));
		assertTrue(input.spinUntil(() -> !palette.isExpanded("Servers"), 3000), "closed");
		input.spin(100);
		assertFalse(palette.item("edge-pool").isVisible(), "the closed drawer's tools are hidden");
		assertTrue(onScreen(pstnTitle).y < pstnTop, "the drawers below move up into the space");
		input.screenshot("palette-drawer-closed.png");
		input.click(centre(onScreen(serversTitle)));
		assertTrue(input.spinUntil(() -> palette.isExpanded("Servers"), 3000), "open again");
		input.spin(100);
		assertTrue(palette.item("edge-pool").isVisible());
		assertEquals(pstnTop, onScreen(pstnTitle).y);
	}

	@Test
	void aNarrowPaletteKeepsEachLabelOnItsIconsLine() {
		int rowHeight = palette.item("front-end-pool").getSize().y;
		editor.setWeights(93, 7); // about 70 px
		input.spin(200);
		assertTrue(palette.getControl().getSize().x < 80, "narrow: " + palette.getControl().getSize());
		input.screenshot("palette-narrow.png");
		for (String id : List.of("front-end-pool", "mediation-pool", "pstn-gateway", "wan-link")) {
			Control entry = palette.item(id);
			assertEquals(rowHeight, entry.getSize().y, id + " stays one line high");
			assertTrue(entry.getSize().x <= palette.getControl().getClientArea().width, id + " fits the column");
			assertFalse(inkBelow(entry, entry.getSize().y / 2 + ICON_HALF + 2), id + ": nothing drawn below the icon's line");
		}
		assertTrue(palette.item("mediation-pool").getToolTipText().startsWith("Mediation Pool"), "the tooltip names the tool in full");
	}

	/** Whether anything darker than the background is drawn in {@code control} from row {@code y} down. */
	private boolean inkBelow(Control control, int y) {
		Point size = control.getSize();
		Image image = new Image(display, size.x, size.y);
		GC gc = new GC(image);
		try {
			control.print(gc);
			ImageData data = image.getImageData();
			RGB background = data.palette.getRGB(data.getPixel(size.x - 1, size.y - 1));
			for (int row = y; row < size.y; row++) {
				for (int x = 0; x < size.x; x++) {
					RGB rgb = data.palette.getRGB(data.getPixel(x, row));
					if (Math.abs(rgb.red - background.red) + Math.abs(rgb.green - background.green) + Math.abs(rgb.blue - background.blue) > 120) {
						return true;
					}
				}
			}
			return false;
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
