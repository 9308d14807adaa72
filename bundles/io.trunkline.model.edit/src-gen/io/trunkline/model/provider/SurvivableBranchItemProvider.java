/**
 */
package io.trunkline.model.provider;


import io.trunkline.model.SurvivableBranch;
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
 * This is the item provider adapter for a {@link io.trunkline.model.SurvivableBranch} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class SurvivableBranchItemProvider extends PoolItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SurvivableBranchItemProvider(AdapterFactory adapterFactory) {
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

			addKindPropertyDescriptor(object);
			addFrontEndPoolPropertyDescriptor(object);
			addGatewayPropertyDescriptor(object);
			addBackupRegistrarPropertyDescriptor(object);
			addFailoverSecondsPropertyDescriptor(object);
			addFallbackSecondsPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Kind feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKindPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SurvivableBranch_kind_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SurvivableBranch_kind_feature", "_UI_SurvivableBranch_type"),
				 TopologyPackage.Literals.SURVIVABLE_BRANCH__KIND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_IdentityPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Front End Pool feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFrontEndPoolPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SurvivableBranch_frontEndPool_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SurvivableBranch_frontEndPool_feature", "_UI_SurvivableBranch_type"),
				 TopologyPackage.Literals.SURVIVABLE_BRANCH__FRONT_END_POOL,
				 true,
				 false,
				 false,
				 null,
				 getString("_UI_ConnectionsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Gateway feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGatewayPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SurvivableBranch_gateway_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SurvivableBranch_gateway_feature", "_UI_SurvivableBranch_type"),
				 TopologyPackage.Literals.SURVIVABLE_BRANCH__GATEWAY,
				 true,
				 false,
				 false,
				 null,
				 getString("_UI_ConnectionsPropertyCategory"),
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
				 getString("_UI_SurvivableBranch_backupRegistrar_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SurvivableBranch_backupRegistrar_feature", "_UI_SurvivableBranch_type"),
				 TopologyPackage.Literals.SURVIVABLE_BRANCH__BACKUP_REGISTRAR,
				 true,
				 false,
				 false,
				 null,
				 getString("_UI_ResiliencyPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Failover Seconds feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFailoverSecondsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SurvivableBranch_failoverSeconds_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SurvivableBranch_failoverSeconds_feature", "_UI_SurvivableBranch_type"),
				 TopologyPackage.Literals.SURVIVABLE_BRANCH__FAILOVER_SECONDS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_ResiliencyPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Fallback Seconds feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFallbackSecondsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SurvivableBranch_fallbackSeconds_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SurvivableBranch_fallbackSeconds_feature", "_UI_SurvivableBranch_type"),
				 TopologyPackage.Literals.SURVIVABLE_BRANCH__FALLBACK_SECONDS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_ResiliencyPropertyCategory"),
				 null));
	}

	/**
	 * This returns SurvivableBranch.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/SurvivableBranch"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((SurvivableBranch)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_SurvivableBranch_type") :
			getString("_UI_SurvivableBranch_type") + " " + label;
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

		switch (notification.getFeatureID(SurvivableBranch.class)) {
			case TopologyPackage.SURVIVABLE_BRANCH__KIND:
			case TopologyPackage.SURVIVABLE_BRANCH__FRONT_END_POOL:
			case TopologyPackage.SURVIVABLE_BRANCH__GATEWAY:
			case TopologyPackage.SURVIVABLE_BRANCH__BACKUP_REGISTRAR:
			case TopologyPackage.SURVIVABLE_BRANCH__FAILOVER_SECONDS:
			case TopologyPackage.SURVIVABLE_BRANCH__FALLBACK_SECONDS:
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
