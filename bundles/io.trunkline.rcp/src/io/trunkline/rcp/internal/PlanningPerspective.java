package io.trunkline.rcp.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Trunkline perspective: topology files on the left, the diagram editor in the middle, Outline and
 * Properties on the right, and Problems below so validation findings stay in sight while drawing.
 */
public final class PlanningPerspective implements IPerspectiveFactory {

    /** Identifier used by the product's default-perspective preference and by tests. */
    public static final String ID = "io.trunkline.rcp.perspective";

    static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";
    static final String WELCOME = "io.trunkline.editor.welcome";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        IFolderLayout left = layout.createFolder("io.trunkline.rcp.left", IPageLayout.LEFT, 0.2f, editorArea);
        left.addView(WELCOME);
        left.addView(PROJECT_EXPLORER);

        IFolderLayout right = layout.createFolder("io.trunkline.rcp.right", IPageLayout.RIGHT, 0.75f, editorArea);
        right.addView(IPageLayout.ID_OUTLINE);
        IFolderLayout rightBottom = layout.createFolder("io.trunkline.rcp.rightBottom", IPageLayout.BOTTOM, 0.45f,
                "io.trunkline.rcp.right");
        rightBottom.addView(IPageLayout.ID_PROP_SHEET);

        IFolderLayout bottom = layout.createFolder("io.trunkline.rcp.bottom", IPageLayout.BOTTOM, 0.72f, editorArea);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW);

        layout.addShowViewShortcut(PROJECT_EXPLORER);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(WELCOME);
        layout.addNewWizardShortcut("io.trunkline.editor.newTopology");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
    }
}
