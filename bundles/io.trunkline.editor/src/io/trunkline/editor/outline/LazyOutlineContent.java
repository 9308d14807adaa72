package io.trunkline.editor.outline;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;

/**
 * Hands the Outline's virtual tree one row at a time, when GTK is about to show it: expanding the
 * trunks of a 5,000-site topology (11,000 and more) then costs the rows on screen, not a label and an
 * icon for every trunk. Which rows there are comes from {@code rows}, asked once per parent within
 * one round of the tree asking (a paint, a refresh): the tree asks for each row shown on its own,
 * and building a topology's row list for each of them cost a pass over all its WAN links and
 * trunks per row. The lists are forgotten when the round ends and when the model changed
 * ({@link #forget()}), so a row never comes from a list older than the last command.
 */
final class LazyOutlineContent implements ILazyTreeContentProvider {

	private final ITreeContentProvider rows;
	private TreeViewer viewer;
	private final Map<Object, Object[]> children = new HashMap<>();

	LazyOutlineContent(ITreeContentProvider rows) {
		this.rows = rows;
	}

	@Override
	public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
		viewer = (TreeViewer) changed;
		forget();
	}

	/** The model changed: the row lists asked for so far may be out of date. */
	void forget() {
		children.clear();
	}

	private Object[] children(Object parent) {
		if (children.isEmpty()) {
			viewer.getControl().getDisplay().asyncExec(this::forget);
		}
		return children.computeIfAbsent(parent, rows::getChildren);
	}

	@Override
	public void updateElement(Object parent, int index) {
		Object[] siblings = children(parent);
		if (index < siblings.length) { // a row asked for just after its list shrank: the refresh that follows drops it
			Object child = siblings[index];
			viewer.replace(parent, index, child);
			viewer.setHasChildren(child, rows.hasChildren(child));
		}
	}

	@Override
	public void updateChildCount(Object element, int currentChildCount) {
		int count = children(element).length;
		if (count != currentChildCount) {
			viewer.setChildCount(element, count);
		}
	}

	@Override
	public Object getParent(Object element) {
		return rows.getParent(element);
	}
}
