package io.trunkline.editor.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

import io.trunkline.model.TopologyPackage;
import io.trunkline.model.Transport;
import io.trunkline.model.Trunk;
import io.trunkline.planning.TrunkPorts;

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
		if (id instanceof ComputedProperty.Value || same(getPropertyValue(id), value)) {
			return;
		}
		IItemPropertyDescriptor descriptor = (IItemPropertyDescriptor) id;
		if (object instanceof Trunk trunk && value instanceof Transport transport
				&& descriptor.getFeature(object) == TopologyPackage.Literals.TRUNK__TRANSPORT) {
			setTransport(trunk, transport);
		} else {
			descriptor.setPropertyValue(object, value);
		}
	}

	/**
	 * A trunk switched to TCP (or back to TLS) moves its Mediation port into the pool's range for
	 * that transport in the same command, so one Undo takes back both and the switch does not
	 * itself raise TL-GW-15.
	 */
	private static void setTransport(Trunk trunk, Transport transport) {
		EditingDomain domain = AdapterFactoryEditingDomain.getEditingDomainFor(trunk);
		CompoundCommand command = new CompoundCommand("Set Transport");
		command.append(SetCommand.create(domain, trunk, TopologyPackage.Literals.TRUNK__TRANSPORT, transport));
		int port = TrunkPorts.mediationPort(trunk, transport);
		if (port != trunk.getMediationPort()) {
			command.append(SetCommand.create(domain, trunk, TopologyPackage.Literals.TRUNK__MEDIATION_PORT, port));
		}
		domain.getCommandStack().execute(command);
	}

	private static boolean same(Object current, Object value) {
		return Objects.equals(current, value) || isEmptyText(current) && isEmptyText(value);
	}

	private static boolean isEmptyText(Object value) {
		return value == null || value instanceof String text && text.isEmpty();
	}
}
