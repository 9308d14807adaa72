package io.trunkline.editor.outline;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

import io.trunkline.diagram.render.PaintResources;
import io.trunkline.model.edit.icons.TopologyIcons;

/**
 * Tree content and labels from EMF.Edit item providers, with the SVG icons: the small part of
 * EMF's edit.ui bundle (not obtainable here) the outline needs.
 */
public final class ItemProviderLabels extends LabelProvider implements ITreeContentProvider {

	private final AdapterFactory adapterFactory;
	private final PaintResources resources = new PaintResources(Display.getCurrent());

	public ItemProviderLabels(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public Object[] getElements(Object input) {
		return getChildren(input);
	}

	@Override
	public Object[] getChildren(Object parent) {
		Object provider = adapterFactory.adapt(parent, ITreeItemContentProvider.class);
		if (provider instanceof ITreeItemContentProvider tree) {
			Collection<?> children = tree.getChildren(parent);
			return children.toArray();
		}
		return new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		Object provider = adapterFactory.adapt(element, ITreeItemContentProvider.class);
		return provider instanceof ITreeItemContentProvider tree ? tree.getParent(element) : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return getChildren(element).length > 0;
	}

	@Override
	public String getText(Object element) {
		Object provider = adapterFactory.adapt(element, IItemLabelProvider.class);
		return provider instanceof IItemLabelProvider labels ? labels.getText(element) : String.valueOf(element);
	}

	@Override
	public Image getImage(Object element) {
		if (element instanceof EObject object) {
			try {
				return resources.icon(TopologyIcons.iconFor(object), 16);
			} catch (IllegalArgumentException noIcon) {
				return null;
			}
		}
		return null;
	}

	@Override
	public void dispose() {
		resources.dispose();
		super.dispose();
	}
}
