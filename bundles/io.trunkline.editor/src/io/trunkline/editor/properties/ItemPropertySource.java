package io.trunkline.editor.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * An EMF.Edit item's property descriptors as a workbench property source: what EMF's edit.ui
 * bundle would provide, which is not obtainable here. Values are set through the descriptors,
 * which run a SetCommand on the editing domain's stack, so property edits are undoable.
 */
final class ItemPropertySource implements IPropertySource {

	private final Object object;
	private final IItemPropertySource source;
	private final List<IPropertyDescriptor> extra;

	ItemPropertySource(Object object, IItemPropertySource source, List<IPropertyDescriptor> extra) {
		this.object = object;
		this.source = source;
		this.extra = extra;
	}

	@Override
	public Object getEditableValue() {
		return source.getEditableValue(object);
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IPropertyDescriptor> descriptors = new ArrayList<>();
		for (IItemPropertyDescriptor item : source.getPropertyDescriptors(object)) {
			descriptors.add(new ItemPropertyDescriptor(object, item));
		}
		descriptors.addAll(extra);
		return descriptors.toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		if (id instanceof ComputedProperty.Value computed) {
			return computed.value();
		}
		Object value = ((IItemPropertyDescriptor) id).getPropertyValue(object);
		return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value;
	}

	@Override
	public boolean isPropertySet(Object id) {
		return !(id instanceof ComputedProperty.Value) && ((IItemPropertyDescriptor) id).isPropertySet(object);
	}

	@Override
	public void resetPropertyValue(Object id) {
		if (!(id instanceof ComputedProperty.Value)) {
			((IItemPropertyDescriptor) id).resetPropertyValue(object);
		}
	}

	/**
	 * Runs the descriptor's command only for a real change: the Properties view applies the
	 * open cell editor again whenever it refreshes, and a command for an unchanged value would
	 * make the editor refresh it once more.
	 */
	@Override
	public void setPropertyValue(Object id, Object value) {
		if (!(id instanceof ComputedProperty.Value) && !same(getPropertyValue(id), value)) {
			((IItemPropertyDescriptor) id).setPropertyValue(object, value);
		}
	}

	private static boolean same(Object current, Object value) {
		return Objects.equals(current, value) || isEmptyText(current) && isEmptyText(value);
	}

	private static boolean isEmptyText(Object value) {
		return value == null || value instanceof String text && text.isEmpty();
	}
}
