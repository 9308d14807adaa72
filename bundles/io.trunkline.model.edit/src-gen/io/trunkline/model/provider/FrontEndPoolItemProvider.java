/**
 */
package io.trunkline.model.provider;


import io.trunkline.model.FrontEndPool;
import io.trunkline.model.TopologyPackage;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link io.trunkline.model.FrontEndPool} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class FrontEndPoolItemProvider extends PoolItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FrontEndPoolItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addEditionPropertyDescriptor(object);
			addCollocatedMediationPropertyDescriptor(object);
			addDnsLoadBalancingPropertyDescriptor(object);
			addBackupRegistrarPropertyDescriptor(object);
			addHardwareLoadBalancingPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Edition feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEditionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_FrontEndPool_edition_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_FrontEndPool_edition_feature", "_UI_FrontEndPool_type"),
				 TopologyPackage.Literals.FRONT_END_POOL__EDITION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_IdentityPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Collocated Mediation feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCollocatedMediationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_FrontEndPool_collocatedMediation_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_FrontEndPool_collocatedMediation_feature", "_UI_FrontEndPool_type"),
				 TopologyPackage.Literals.FRONT_END_POOL__COLLOCATED_MEDIATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 getString("_UI_ConnectionsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Dns Load Balancing feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDnsLoadBalancingPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_FrontEndPool_dnsLoadBalancing_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_FrontEndPool_dnsLoadBalancing_feature", "_UI_FrontEndPool_type"),
				 TopologyPackage.Literals.FRONT_END_POOL__DNS_LOAD_BALANCING,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 getString("_UI_ResiliencyPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Backup Registrar feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBackupRegistrarPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_FrontEndPool_backupRegistrar_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_FrontEndPool_backupRegistrar_feature", "_UI_FrontEndPool_type"),
				 TopologyPackage.Literals.FRONT_END_POOL__BACKUP_REGISTRAR,
				 true,
				 false,
				 false,
				 null,
				 getString("_UI_ResiliencyPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Hardware Load Balancing feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHardwareLoadBalancingPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_FrontEndPool_hardwareLoadBalancing_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_FrontEndPool_hardwareLoadBalancing_feature", "_UI_FrontEndPool_type"),
				 TopologyPackage.Literals.FRONT_END_POOL__HARDWARE_LOAD_BALANCING,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 getString("_UI_ResiliencyPropertyCategory"),
				 null));
	}

	/**
	 * This returns FrontEndPool.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/FrontEndPool"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((FrontEndPool)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_FrontEndPool_type") :
			getString("_UI_FrontEndPool_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(FrontEndPool.class)) {
			case TopologyPackage.FRONT_END_POOL__EDITION:
			case TopologyPackage.FRONT_END_POOL__COLLOCATED_MEDIATION:
			case TopologyPackage.FRONT_END_POOL__DNS_LOAD_BALANCING:
			case TopologyPackage.FRONT_END_POOL__BACKUP_REGISTRAR:
			case TopologyPackage.FRONT_END_POOL__HARDWARE_LOAD_BALANCING:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);
	}

}
