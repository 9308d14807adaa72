package io.trunkline.editor.outline;

import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;

/**
 * Hands the Outline's virtual tree one row at a time, when GTK is about to show it: expanding the
 * trunks of a 5,000-site topology (11,000 and more) then costs the rows on screen, not a label and an
 * icon for every trunk. Which rows there are comes from {@code rows}.
 */
final class LazyOutlineContent implements ILazyTreeContentProvider {

	private final ITreeContentProvider rows;
	private TreeViewer viewer;

	LazyOutlineContent(ITreeContentProvider rows) {
		this.rows = rows;
	}

	@Override
	public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
		viewer = (TreeViewer) changed;
	}

	@Override
	public void updateElement(Object parent, int index) {
		Object[] children = rows.getChildren(parent);
		if (index < children.length) { // a row asked for just after its list shrank: the refresh that follows drops it
			Object child = children[index];
			viewer.replace(parent, index, child);
			viewer.setHasChildren(child, rows.hasChildren(child));
		}
	}

	@Override
	public void updateChildCount(Object element, int currentChildCount) {
		int count = rows.getChildren(element).length;
		if (count != currentChildCount) {
			viewer.setChildCount(element, count);
		}
	}

	@Override
	public Object getParent(Object element) {
		return rows.getParent(element);
	}
}
