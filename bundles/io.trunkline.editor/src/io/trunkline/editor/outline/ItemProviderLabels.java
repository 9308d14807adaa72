package io.trunkline.editor.outline;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import io.trunkline.diagram.render.PaintResources;
import io.trunkline.model.Topology;
import io.trunkline.model.edit.icons.TopologyIcons;

/**
 * Tree content and labels from EMF.Edit item providers, with the SVG icons: the small part of
 * EMF's edit.ui bundle (not obtainable here) the outline needs; a topology's WAN links and trunks
 * stand under one {@link OutlineGroup} row each.
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
		if (parent instanceof OutlineGroup group) {
			return group.members().toArray();
		}
		Object provider = adapterFactory.adapt(parent, ITreeItemContentProvider.class);
		if (!(provider instanceof ITreeItemContentProvider tree)) {
			return new Object[0];
		}
		if (!(parent instanceof Topology)) {
			return tree.getChildren(parent).toArray();
		}
		Set<Object> rows = new LinkedHashSet<>(); // a group row stands where its first member stood
		for (Object child : tree.getChildren(parent)) {
			OutlineGroup group = child instanceof EObject object ? OutlineGroup.of(object) : null;
			rows.add(group == null ? child : group);
		}
		return rows.toArray();
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof OutlineGroup group) {
			return group.topology();
		}
		OutlineGroup group = element instanceof EObject object ? OutlineGroup.of(object) : null;
		if (group != null) {
			return group;
		}
		Object provider = adapterFactory.adapt(element, ITreeItemContentProvider.class);
		return provider instanceof ITreeItemContentProvider tree ? tree.getParent(element) : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		if (element instanceof OutlineGroup group) {
			return !group.members().isEmpty();
		}
		return getChildren(element).length > 0;
	}

	@Override
	public String getText(Object element) {
		if (element instanceof OutlineGroup group) {
			return group.label();
		}
		Object provider = adapterFactory.adapt(element, IItemLabelProvider.class);
		return provider instanceof IItemLabelProvider labels ? labels.getText(element) : String.valueOf(element);
	}

	@Override
	public Image getImage(Object element) {
		if (element instanceof OutlineGroup) {
			return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER);
		}
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
