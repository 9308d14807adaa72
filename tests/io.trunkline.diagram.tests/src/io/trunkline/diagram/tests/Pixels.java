package io.trunkline.diagram.tests;

import java.io.InputStream;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;

/** Pixel probes and the tolerant comparison of a rendering against its reviewed reference image. */
final class Pixels {

	private Pixels() {
	}

	static RGB at(ImageData data, int x, int y) {
		return data.palette.getRGB(data.getPixel(x, y));
	}

	static boolean close(RGB a, RGB b, int tolerance) {
		return Math.abs(a.red - b.red) <= tolerance && Math.abs(a.green - b.green) <= tolerance && Math.abs(a.blue - b.blue) <= tolerance;
	}

	/**
	 * Share of pixels that differ noticeably (any channel by more than 48) from the reference;
	 * small font-hinting differences between machines stay well below the limits used.
	 */
	static double differingShare(ImageData actual, String referenceName) throws Exception {
		ImageData expected;
		try (InputStream in = Pixels.class.getResourceAsStream("/reference/" + referenceName)) {
			if (in == null) {
				throw new AssertionError("No reference image " + referenceName + "; review target/screenshots/" + referenceName
						+ " and copy it to reference/ if it is right");
			}
			expected = new ImageLoader().load(in)[0];
		}
		if (expected.width != actual.width || expected.height != actual.height) {
			return 1;
		}
		long differing = 0;
		for (int y = 0; y < actual.height; y++) {
			for (int x = 0; x < actual.width; x++) {
				if (!close(at(actual, x, y), at(expected, x, y), 48)) {
					differing++;
				}
			}
		}
		return (double) differing / ((long) actual.width * actual.height);
	}
}
