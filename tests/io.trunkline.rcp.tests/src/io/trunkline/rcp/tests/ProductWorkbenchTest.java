package io.trunkline.rcp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.trunkline.rcp.internal.PlanningPerspective;

/** Starts the real Trunkline product under Xvfb and checks what a planner sees on first start. */
class ProductWorkbenchTest {

    private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";

    private IWorkbenchWindow window;

    @BeforeEach
    void openTrunklinePerspective() throws Exception {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "the product opens a workbench window");
        IWorkbenchPage page = window.getActivePage();
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(PlanningPerspective.ID));
        page.resetPerspective();
        window.getShell().setSize(1400, 900);
        Screenshots.settle(window.getShell().getDisplay());
    }

    @Test
    void productIsTrunkline() {
        IProduct product = Platform.getProduct();
        assertNotNull(product, "a product is running");
        assertEquals("io.trunkline.rcp.product", product.getId());
        assertEquals("Trunkline", product.getName());
        assertTrue(product.getProperty("aboutText").contains("Enterprise Voice"), product.getProperty("aboutText"));
    }

    @Test
    void trunklinePerspectiveIsTheDefault() {
        assertEquals(PlanningPerspective.ID,
                PlatformUI.getWorkbench().getPerspectiveRegistry().getDefaultPerspective());
    }

    @Test
    void perspectiveShowsExplorerOutlinePropertiesAndProblems() {
        IWorkbenchPage page = window.getActivePage();
        assertEquals(PlanningPerspective.ID, page.getPerspective().getId());
        for (String view : new String[] { PROJECT_EXPLORER, IPageLayout.ID_OUTLINE, IPageLayout.ID_PROP_SHEET,
                IPageLayout.ID_PROBLEM_VIEW }) {
            assertNotNull(page.findViewReference(view), view + " is part of the perspective");
        }
        assertTrue(page.isEditorAreaVisible(), "the editor area is visible");
    }

    @Test
    void windowCarriesTheTrunklineIcon() {
        Shell shell = window.getShell();
        Image[] icons = shell.getImages();
        assertTrue(icons.length >= 1, "window icons are set from the product's windowImages");
        assertEquals(16, icons[0].getBounds().width);
    }

    @Test
    void screenshotOfTheFirstStartIsWritten() throws Exception {
        Path file = Screenshots.save(window.getShell(), "workbench");
        assertTrue(Files.size(file) > 10_000, "a real picture of the workbench, not an empty file");
    }
}
