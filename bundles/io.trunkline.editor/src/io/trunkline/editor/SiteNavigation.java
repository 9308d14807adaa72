package io.trunkline.editor;

import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Link;

import io.trunkline.diagram.model.DiagramElement;
import io.trunkline.diagram.viewer.DiagramViewer;
import io.trunkline.model.Site;
import io.trunkline.model.Trunk;
import io.trunkline.model.edit.labels.TopologyLabels;
import io.trunkline.validation.Finding;

/**
 * Which diagram the editor shows (the overview, or one site's plan), the breadcrumb above it
 * that leads back, and finding an element on whichever diagram shows it.
 */
final class SiteNavigation {

	private final TopologyEditor editor;
	private Site scope;
	private Link breadcrumb;

	SiteNavigation(TopologyEditor editor) {
		this.editor = editor;
	}

	void createBreadcrumb(Composite parent) {
		breadcrumb = new Link(parent, SWT.NONE);
		breadcrumb.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		breadcrumb.addListener(SWT.Selection, e -> open(e.text.equals("overview") ? null : scope));
	}

	/** The site whose plan is on show, or null for the overview. */
	Site scope() {
		if (scope != null && scope.eContainer() == null) {
			scope = null; // the site on show was deleted
		}
		return scope;
	}

	/** Shows the plan of {@code site}, or the overview for null, fitted into the window (never enlarged). */
	void open(Site site) {
		scope = site;
		editor.showScope();
		DiagramViewer viewer = editor.viewer();
		viewer.scrollTo(0, 0);
		viewer.fitToWindow();
		if (viewer.zoom() > 1) {
			viewer.setZoom(1, new Point(0, 0));
			viewer.scrollTo(0, 0);
		}
	}

	void updateBreadcrumb() {
		breadcrumb.setText(scope() == null ? "Topology overview — double-click a site to open its plan"
				: "<a href=\"overview\">Topology overview</a>  ›  " + TopologyLabels.name(scope) + siteFindings(scope));
	}

	/** The site is the canvas of its own plan, so its findings are named beside its name instead of on a badge. */
	private String siteFindings(Site site) {
		List<Finding> own = editor.findings(site.getId());
		if (own.isEmpty()) {
			return "";
		}
		Finding first = own.stream().min(Comparator.comparing(Finding::severity)).orElseThrow();
		String text = "   —   " + first.rule().id() + " " + first.message() + (own.size() > 1 ? " (+" + (own.size() - 1) + " more in Problems)" : "");
		return text.replace("&", "&&").replace("<", "‹");
	}

	/** Selects {@code element} on the diagram, switching to the diagram that shows it. */
	void reveal(EObject element) {
		DiagramViewer viewer = editor.viewer();
		DiagramElement shown = viewer.elementFor(element);
		if (shown == null) {
			open(element instanceof Site ? null : enclosingSite(element));
			shown = viewer.elementFor(element);
		}
		if (shown != null) {
			viewer.select(List.of(shown));
			viewer.reveal(shown);
		}
	}

	private static Site enclosingSite(EObject element) {
		if (element instanceof Trunk trunk) {
			return enclosingSite(trunk.getPeer());
		}
		for (EObject up = element; up != null; up = up.eContainer()) {
			if (up instanceof Site site) {
				return site;
			}
		}
		return null;
	}
}
