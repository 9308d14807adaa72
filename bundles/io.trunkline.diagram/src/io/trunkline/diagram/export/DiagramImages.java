package io.trunkline.diagram.export;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.printing.Printer;

import io.trunkline.diagram.model.Diagram;
import io.trunkline.diagram.model.DiagramContainer;
import io.trunkline.diagram.model.DiagramEdge;
import io.trunkline.diagram.model.DiagramElement;
import io.trunkline.diagram.model.DiagramNode;
import io.trunkline.diagram.render.DiagramPainter;
import io.trunkline.diagram.render.EdgeRoute;
import io.trunkline.diagram.render.GcSurface;
import io.trunkline.diagram.render.PaintResources;
import io.trunkline.diagram.render.Surface;
import io.trunkline.diagram.render.SvgSurface;

/**
 * PNG, SVG and printed pictures of a diagram or of a selection, painted by the same
 * {@link DiagramPainter} as the screen (with decorations, without selection handles).
 */
public final class DiagramImages {

	private static final int BORDER = 20;
	/** Larger exports would need more than ~400 MB of pixels; beyond that the scale is reduced. */
	private static final long MAX_PIXELS = 100_000_000L;

	private DiagramImages() {
	}

	/**
	 * PNG bytes of the whole diagram, whatever is selected in a viewer, at {@code scale}: 1 is one
	 * pixel per diagram unit, 2 doubles the pixels in each direction (sharper text and icons).
	 */
	public static byte[] png(Device device, Diagram diagram, double scale) {
		return png(device, diagram, List.of(), scale);
	}

	/** PNG bytes of {@code subset} (everything when empty) at {@code scale} (1 = 100 %). */
	public static byte[] png(Device device, Diagram diagram, Collection<? extends DiagramElement> subset, double scale) {
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { imageData(device, diagram, subset, scale) };
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		loader.save(out, SWT.IMAGE_PNG);
		return out.toByteArray();
	}

	public static ImageData imageData(Device device, Diagram diagram, Collection<? extends DiagramElement> subset, double scale) {
		Scene scene = scene(diagram, subset);
		Rectangle area = scene.area();
		double effective = Math.min(scale, Math.sqrt((double) MAX_PIXELS / Math.max(1L, (long) area.width * area.height)));
		int width = Math.max(1, (int) Math.ceil(area.width * effective)), height = Math.max(1, (int) Math.ceil(area.height * effective));
		Image image = new Image(device, width, height);
		PaintResources resources = new PaintResources(device);
		GC gc = new GC(image);
		Transform transform = new Transform(device);
		try {
			gc.setBackground(device.getSystemColor(SWT.COLOR_WHITE));
			gc.fillRectangle(0, 0, width, height);
			gc.setAdvanced(true);
			gc.setAntialias(SWT.ON);
			gc.setTextAntialias(SWT.ON);
			transform.scale((float) effective, (float) effective);
			transform.translate(-area.x, -area.y);
			gc.setTransform(transform);
			paint(new GcSurface(gc, resources, effective), scene, effective);
			return image.getImageData();
		} finally {
			transform.dispose();
			gc.dispose();
			image.dispose();
			resources.dispose();
		}
	}

	/** A standalone SVG document of {@code subset} (everything when empty), at 100 %. */
	public static String svg(Diagram diagram, Collection<? extends DiagramElement> subset) {
		return svg(diagram, subset, 1);
	}

	/**
	 * A standalone SVG document of the whole diagram, whatever is selected, drawn like the PNG of
	 * the same scale: the same picture, with its width and height multiplied by {@code scale}.
	 */
	public static String svg(Diagram diagram, double scale) {
		return svg(diagram, List.of(), scale);
	}

	/** A standalone SVG document of {@code subset} (everything when empty) at {@code scale}. */
	public static String svg(Diagram diagram, Collection<? extends DiagramElement> subset, double scale) {
		Scene scene = scene(diagram, subset);
		SvgSurface surface = new SvgSurface();
		paint(surface, scene, scale);
		return surface.document(scene.area(), scale);
	}

	/** Prints the whole diagram on one page, scaled to fit the printable area. */
	public static void print(Printer printer, Diagram diagram, String jobName) {
		Scene scene = scene(diagram, List.of());
		Rectangle page = printer.getClientArea();
		Rectangle area = scene.area();
		double scale = Math.min((double) page.width / area.width, (double) page.height / area.height);
		if (!printer.startJob(jobName)) {
			return;
		}
		PaintResources resources = new PaintResources(printer);
		GC gc = new GC(printer);
		Transform transform = new Transform(printer);
		try {
			printer.startPage();
			gc.setAdvanced(true);
			transform.scale((float) scale, (float) scale);
			transform.translate(-area.x, -area.y);
			gc.setTransform(transform);
			paint(new GcSurface(gc, resources, scale), scene, scale);
			printer.endPage();
		} finally {
			transform.dispose();
			gc.dispose();
			resources.dispose();
			printer.endJob();
		}
	}

	private record Scene(List<DiagramNode> nodes, List<DiagramEdge> edges, Rectangle area) {
	}

	private static void paint(Surface surface, Scene scene, double scale) {
		new DiagramPainter().paint(surface, scene.nodes(), scene.edges(), Set.of(), null, Math.max(scale, DiagramPainter.DETAIL_ZOOM));
	}

	/** The selected nodes with their contents, the edges among them, and the selected edges. */
	private static Scene scene(Diagram diagram, Collection<? extends DiagramElement> subset) {
		Set<DiagramNode> nodes = new LinkedHashSet<>();
		Set<DiagramEdge> edges = new LinkedHashSet<>();
		if (subset.isEmpty()) {
			nodes.addAll(diagram.nodes());
		} else {
			for (DiagramElement element : subset) {
				if (element instanceof DiagramNode node) {
					nodes.add(node);
					if (node instanceof DiagramContainer container) {
						nodes.addAll(container.descendants());
					}
				} else if (element instanceof DiagramEdge edge) {
					edges.add(edge);
				}
			}
		}
		nodes.removeIf(DiagramNode::isHidden);
		for (DiagramEdge edge : diagram.edges()) {
			if ((nodes.contains(edge.source().visibleRepresentative()) && nodes.contains(edge.target().visibleRepresentative())
					&& edge.source().visibleRepresentative() != edge.target().visibleRepresentative())) {
				edges.add(edge);
			}
		}
		Rectangle area = null;
		for (DiagramNode node : nodes) {
			Rectangle box = node instanceof DiagramContainer c ? c.visibleBounds() : node.bounds();
			area = area == null ? box : area.union(box);
		}
		for (DiagramEdge edge : edges) {
			Rectangle box = EdgeRoute.bounds(EdgeRoute.points(edge));
			area = area == null ? box : area.union(box);
		}
		if (area == null) {
			area = new Rectangle(0, 0, 1, 1);
		}
		area = new Rectangle(area.x - BORDER, area.y - BORDER, area.width + 2 * BORDER, area.height + 2 * BORDER);
		return new Scene(new ArrayList<>(nodes), new ArrayList<>(edges), area);
	}
}
