package io.trunkline.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.domain.EditingDomain;

import io.trunkline.editor.diagram.Duplication;
import io.trunkline.model.Element;
import io.trunkline.model.Site;

/**
 * Copy, Paste and Duplicate of the selected elements. The editing domain's clipboard holds the
 * originals; each paste or duplicate is one command that adds fresh copies (see {@link Duplication}).
 */
public final class CopyPaste {

	private final TopologyEditor editor;

	CopyPaste(TopologyEditor editor) {
		this.editor = editor;
	}

	/** Keeps the selected elements for {@link #paste()}. */
	public void copy() {
		domain().setClipboard(new ArrayList<>(Duplication.copyable(editor.selectedElements())));
	}

	/** Adds copies of the clipboard into the selected site, the site on show, or beside the originals. */
	public void paste() {
		List<Element> originals = new ArrayList<>();
		if (domain().getClipboard() != null) {
			for (Object object : domain().getClipboard()) {
				if (object instanceof Element element && element.eResource() != null) {
					originals.add(element);
				}
			}
		}
		Site target = editor.scope();
		for (Element selected : editor.selectedElements()) {
			if (selected instanceof Site site) {
				target = site;
			}
		}
		domain().getCommandStack().execute(Duplication.paste(editor, originals, target));
	}

	/** Copies of the selected elements beside their originals, in one step. */
	public void duplicate() {
		domain().getCommandStack().execute(Duplication.paste(editor, Duplication.copyable(editor.selectedElements()), null));
	}

	private EditingDomain domain() {
		return editor.domain();
	}
}
