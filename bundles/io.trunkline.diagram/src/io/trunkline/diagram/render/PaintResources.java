package io.trunkline.diagram.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;

/**
 * Fonts, colours and rasterised icons shared by every paint of one viewer; created on first
 * use and released by {@link #dispose()}. SVG icons are rasterised at the pixel size they
 * are shown at, so they stay sharp at every zoom and on HiDPI screens.
 */
public final class PaintResources {

	private static final Pattern SVG_SIZE = Pattern.compile("(<svg\\b[^>]*?)\\swidth=\"[^\"]*\"\\s+height=\"[^\"]*\"");

	private final Device device;
	private final Map<String, Font> fonts = new HashMap<>();
	private final Map<RGB, Color> colours = new HashMap<>();
	private final Map<String, Image> icons = new HashMap<>();
	private final Map<URL, byte[]> iconBytes = new HashMap<>();
	private final Map<String, org.eclipse.swt.graphics.Point> extents = new HashMap<>();

	public PaintResources(Device device) {
		this.device = device;
	}

	public Device device() {
		return device;
	}

	public Color colour(RGB rgb) {
		return colours.computeIfAbsent(rgb, Color::new);
	}

	public Font font(int size, boolean bold) {
		return fonts.computeIfAbsent(size + (bold ? "b" : ""), key -> {
			FontData base = device.getSystemFont().getFontData()[0];
			return new Font(device, base.getName(), size, bold ? SWT.BOLD : SWT.NORMAL);
		});
	}

	/**
	 * Measured text sizes. Measuring is the dearest part of painting a label (fitting a long one
	 * measures it several times), and the same labels are painted on every scroll step.
	 */
	public org.eclipse.swt.graphics.Point extent(String text, int size, boolean bold, java.util.function.Supplier<org.eclipse.swt.graphics.Point> measure) {
		if (extents.size() > 50_000) {
			extents.clear();
		}
		return extents.computeIfAbsent(size + (bold ? "b" : "n") + text, key -> measure.get());
	}

	/** The icon at {@code url} as an image of {@code pixels} × {@code pixels} points, or null if unreadable. */
	public Image icon(URL url, int pixels) {
		String key = url + "@" + pixels;
		Image cached = icons.get(key);
		if (cached != null || icons.containsKey(key)) {
			return cached;
		}
		Image image = null;
		try {
			byte[] bytes = bytes(url);
			boolean svg = url.getPath().endsWith(".svg");
			ImageData normal = rasterise(bytes, svg, pixels); // an unreadable file fails here, not inside a paint
			// SWT asks for the zoom of the monitor, so a HiDPI screen gets a sharp 2x rendering
			image = new Image(device, (org.eclipse.swt.graphics.ImageDataProvider) zoom -> zoom == 100 ? normal
					: rasterise(bytes, svg, Math.max(1, pixels * zoom / 100)));
		} catch (IOException | RuntimeException unreadable) {
			// a broken icon must not stop the diagram from painting; the node shows without it
		}
		icons.put(key, image);
		return image;
	}

	public byte[] bytes(URL url) throws IOException {
		byte[] cached = iconBytes.get(url);
		if (cached == null) {
			try (InputStream in = url.openStream()) {
				cached = in.readAllBytes();
			}
			iconBytes.put(url, cached);
		}
		return cached;
	}

	/**
	 * SWT's SVG support rasterises at the document's own width and height, so the size is
	 * rewritten in the document; the viewBox keeps the drawing in proportion.
	 */
	static ImageData rasterise(byte[] bytes, boolean svg, int pixels) {
		if (svg) {
			String text = new String(bytes, StandardCharsets.UTF_8);
			Matcher matcher = SVG_SIZE.matcher(text);
			if (matcher.find()) {
				text = matcher.replaceFirst(Matcher.quoteReplacement(matcher.group(1)) + " width=\"" + pixels + "\" height=\"" + pixels + "\"");
			}
			return new ImageLoader().load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))[0];
		}
		ImageData data = new ImageLoader().load(new ByteArrayInputStream(bytes))[0];
		return data.width == pixels ? data : data.scaledTo(pixels, pixels);
	}

	public void dispose() {
		fonts.values().forEach(Font::dispose);
		icons.values().stream().filter(image -> image != null).forEach(Image::dispose);
		fonts.clear();
		icons.clear();
		extents.clear();
		colours.clear();
	}
}
