package io.trunkline.rcp.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Saves what a planner would see into {@code target/screenshots/} so a person can look at it. */
final class Screenshots {

    private Screenshots() {
    }

    static Path save(Shell shell, String name) throws IOException {
        Display display = shell.getDisplay();
        settle(display);
        Rectangle area = shell.getBounds();
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        Path file = folder.resolve(name + ".png");
        Image image = new Image(display, area.width, area.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, area.x, area.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
        return file;
    }

    static void settle(Display display) {
        for (int round = 0; round < 20; round++) {
            while (display.readAndDispatch()) {
                // drain pending paints and layouts
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
