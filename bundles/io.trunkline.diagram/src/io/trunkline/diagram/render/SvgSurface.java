package io.trunkline.diagram.render;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;

/**
 * A {@link Surface} that writes SVG 1.1. Text stays text (searchable, selectable in a
 * browser), icons are embedded as data URIs so the file stands alone. Text widths are
 * estimated from the font size because there may be no display to measure with; they only
 * decide where a long label is shortened.
 */
public final class SvgSurface implements Surface {

	private final StringBuilder body = new StringBuilder();
	private final Map<URL, String> dataUris = new HashMap<>();
	private String stroke = "#000000";
	private String fill = "#ffffff";
	private float lineWidth = 1;
	private boolean dashed;
	private int alpha = 255;

	@Override
	public void setForeground(RGB color) {
		stroke = hex(color);
	}

	@Override
	public void setBackground(RGB color) {
		fill = hex(color);
	}

	@Override
	public void setLineWidth(float width) {
		lineWidth = width;
	}

	@Override
	public void setLineDash(boolean dashed) {
		this.dashed = dashed;
	}

	@Override
	public void setAlpha(int alpha) {
		this.alpha = alpha;
	}

	@Override
	public void fillRectangle(Rectangle r, int arc) {
		body.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"%s fill=\"%s\"%s/>\n",
				r.x, r.y, r.width, r.height, arc(arc), fill, opacity("fill-opacity")));
	}

	@Override
	public void drawRectangle(Rectangle r, int arc) {
		body.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"%s fill=\"none\"%s/>\n",
				r.x, r.y, r.width, r.height, arc(arc), strokeAttributes()));
	}

	@Override
	public void fillOval(Rectangle r) {
		body.append(String.format(Locale.ROOT, "<ellipse cx=\"%s\" cy=\"%s\" rx=\"%s\" ry=\"%s\" fill=\"%s\"%s/>\n",
				num(r.x + r.width / 2.0), num(r.y + r.height / 2.0), num(r.width / 2.0), num(r.height / 2.0), fill, opacity("fill-opacity")));
	}

	@Override
	public void drawOval(Rectangle r) {
		body.append(String.format(Locale.ROOT, "<ellipse cx=\"%s\" cy=\"%s\" rx=\"%s\" ry=\"%s\" fill=\"none\"%s/>\n",
				num(r.x + r.width / 2.0), num(r.y + r.height / 2.0), num(r.width / 2.0), num(r.height / 2.0), strokeAttributes()));
	}

	@Override
	public void drawPolyline(int[] points) {
		body.append("<polyline points=\"").append(pointList(points)).append("\" fill=\"none\"").append(strokeAttributes()).append("/>\n");
	}

	@Override
	public void fillPolygon(int[] points) {
		body.append("<polygon points=\"").append(pointList(points)).append("\" fill=\"").append(fill).append('"')
				.append(opacity("fill-opacity")).append("/>\n");
	}

	@Override
	public void drawText(String text, int x, int y, int size, boolean bold) {
		double pixels = size * 96 / 72.0;
		body.append(String.format(Locale.ROOT,
				"<text x=\"%d\" y=\"%s\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"%s\"%s fill=\"%s\">%s</text>\n",
				x, num(y + pixels * 0.95), num(pixels), bold ? " font-weight=\"bold\"" : "", stroke, escape(text)));
	}

	@Override
	public Point textExtent(String text, int size, boolean bold) {
		double pixels = size * 96 / 72.0;
		return new Point((int) Math.ceil(text.length() * pixels * (bold ? 0.62 : 0.56)), (int) Math.ceil(pixels * 1.25));
	}

	@Override
	public void drawIcon(URL url, Rectangle area) {
		String uri = dataUris.computeIfAbsent(url, SvgSurface::dataUri);
		if (uri != null) {
			body.append(String.format(Locale.ROOT, "<image x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" xlink:href=\"%s\"/>\n",
					area.x, area.y, area.width, area.height, uri));
		}
	}

	/** The finished document showing {@code area} of the diagram. */
	public String document(Rectangle area) {
		return document(area, 1);
	}

	/** The finished document showing {@code area} of the diagram, {@code scale} times its size in diagram units. */
	public String document(Rectangle area, double scale) {
		return String.format(Locale.ROOT, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\" "
				+ "width=\"%d\" height=\"%d\" viewBox=\"%d %d %d %d\">\n"
				+ "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>\n%s</svg>\n",
				(int) Math.ceil(area.width * scale), (int) Math.ceil(area.height * scale), area.x, area.y, area.width, area.height, area.x, area.y,
				area.width, area.height, body);
	}

	private String strokeAttributes() {
		return " stroke=\"" + stroke + "\" stroke-width=\"" + num(lineWidth) + "\"" + (dashed ? " stroke-dasharray=\"6,4\"" : "")
				+ opacity("stroke-opacity");
	}

	private String opacity(String attribute) {
		return alpha == 255 ? "" : " " + attribute + "=\"" + num(alpha / 255.0) + "\"";
	}

	private static String arc(int arc) {
		return arc == 0 ? "" : " rx=\"" + num(arc / 2.0) + "\"";
	}

	private static String pointList(int[] points) {
		StringBuilder list = new StringBuilder();
		for (int i = 0; i < points.length; i += 2) {
			list.append(i == 0 ? "" : " ").append(points[i]).append(',').append(points[i + 1]);
		}
		return list.toString();
	}

	private static String dataUri(URL url) {
		try (InputStream in = url.openStream()) {
			String type = url.getPath().endsWith(".svg") ? "image/svg+xml" : url.getPath().endsWith(".gif") ? "image/gif" : "image/png";
			return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(in.readAllBytes());
		} catch (IOException unreadable) {
			return null;
		}
	}

	static String hex(RGB c) {
		return String.format(Locale.ROOT, "#%02x%02x%02x", c.red, c.green, c.blue);
	}

	private static String num(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
