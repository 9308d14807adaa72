/**
 */
package io.trunkline.model.provider;


import io.trunkline.model.Site;
import io.trunkline.model.TopologyFactory;
import io.trunkline.model.TopologyPackage;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link io.trunkline.model.Site} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class SiteItemProvider extends ElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SiteItemProvider(AdapterFactory adapterFactory) {
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

			addCityPropertyDescriptor(object);
			addStatePropertyDescriptor(object);
			addCountryRegionPropertyDescriptor(object);
			addUsersPropertyDescriptor(object);
			addUsageProfilePropertyDescriptor(object);
			addCustomCallsPerUserBusyHourPropertyDescriptor(object);
			addNeedsPstnPropertyDescriptor(object);
			addDeploymentOptionPropertyDescriptor(object);
			addDrawnPstnPortsPropertyDescriptor(object);
			addPstnServedByPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the City feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCityPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Site_city_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Site_city_feature", "_UI_Site_type"),
				 TopologyPackage.Literals.SITE__CITY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_LocationPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the State feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Site_state_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Site_state_feature", "_UI_Site_type"),
				 TopologyPackage.Literals.SITE__STATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_LocationPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Country Region feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCountryRegionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Site_countryRegion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Site_countryRegion_feature", "_UI_Site_type"),
				 TopologyPackage.Literals.SITE__COUNTRY_REGION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_LocationPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Users feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUsersPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Site_users_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Site_users_feature", "_UI_Site_type"),
				 TopologyPackage.Literals.SITE__USERS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_UsersPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Usage Profile feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUsageProfilePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Site_usageProfile_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Site_usageProfile_feature", "_UI_Site_type"),
				 TopologyPackage.Literals.SITE__USAGE_PROFILE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_UsersPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Custom Calls Per User Busy Hour feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCustomCallsPerUserBusyHourPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Site_customCallsPerUserBusyHour_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Site_customCallsPerUserBusyHour_feature", "_UI_Site_type"),
				 TopologyPackage.Literals.SITE__CUSTOM_CALLS_PER_USER_BUSY_HOUR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 getString("_UI_UsersPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Needs Pstn feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNeedsPstnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Site_needsPstn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Site_needsPstn_feature", "_UI_Site_type"),
				 TopologyPackage.Literals.SITE__NEEDS_PSTN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 getString("_UI_PlanningPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Deployment Option feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDeploymentOptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Site_deploymentOption_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Site_deploymentOption_feature", "_UI_Site_type"),
				 TopologyPackage.Literals.SITE__DEPLOYMENT_OPTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_PlanningPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Drawn Pstn Ports feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDrawnPstnPortsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Site_drawnPstnPorts_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Site_drawnPstnPorts_feature", "_UI_Site_type"),
				 TopologyPackage.Literals.SITE__DRAWN_PSTN_PORTS,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_PortsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Pstn Served By feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPstnServedByPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Site_pstnServedBy_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Site_pstnServedBy_feature", "_UI_Site_type"),
				 TopologyPackage.Literals.SITE__PSTN_SERVED_BY,
				 true,
				 false,
				 false,
				 null,
				 getString("_UI_PlanningPropertyCategory"),
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(TopologyPackage.Literals.SITE__TRUNK_PEERS);
			childrenFeatures.add(TopologyPackage.Literals.SITE__MEDIATION_POOLS);
			childrenFeatures.add(TopologyPackage.Literals.SITE__PBXS);
			childrenFeatures.add(TopologyPackage.Literals.SITE__PBX_LINKS);
			childrenFeatures.add(TopologyPackage.Literals.SITE__PSTN_LINKS);
			childrenFeatures.add(TopologyPackage.Literals.SITE__EMERGENCY_LOCATIONS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Site)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Site_type") :
			getString("_UI_Site_type") + " " + label;
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

		switch (notification.getFeatureID(Site.class)) {
			case TopologyPackage.SITE__CITY:
			case TopologyPackage.SITE__STATE:
			case TopologyPackage.SITE__COUNTRY_REGION:
			case TopologyPackage.SITE__USERS:
			case TopologyPackage.SITE__USAGE_PROFILE:
			case TopologyPackage.SITE__CUSTOM_CALLS_PER_USER_BUSY_HOUR:
			case TopologyPackage.SITE__NEEDS_PSTN:
			case TopologyPackage.SITE__DEPLOYMENT_OPTION:
			case TopologyPackage.SITE__DRAWN_PSTN_PORTS:
			case TopologyPackage.SITE__PSTN_SERVED_BY:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case TopologyPackage.SITE__TRUNK_PEERS:
			case TopologyPackage.SITE__MEDIATION_POOLS:
			case TopologyPackage.SITE__PBXS:
			case TopologyPackage.SITE__PBX_LINKS:
			case TopologyPackage.SITE__PSTN_LINKS:
			case TopologyPackage.SITE__EMERGENCY_LOCATIONS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
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

		newChildDescriptors.add
			(createChildParameter
				(TopologyPackage.Literals.SITE__TRUNK_PEERS,
				 TopologyFactory.eINSTANCE.createTrunkPeer()));

		newChildDescriptors.add
			(createChildParameter
				(TopologyPackage.Literals.SITE__MEDIATION_POOLS,
				 TopologyFactory.eINSTANCE.createMediationPool()));

		newChildDescriptors.add
			(createChildParameter
				(TopologyPackage.Literals.SITE__PBXS,
				 TopologyFactory.eINSTANCE.createPbx()));

		newChildDescriptors.add
			(createChildParameter
				(TopologyPackage.Literals.SITE__PBX_LINKS,
				 TopologyFactory.eINSTANCE.createPbxLink()));

		newChildDescriptors.add
			(createChildParameter
				(TopologyPackage.Literals.SITE__PSTN_LINKS,
				 TopologyFactory.eINSTANCE.createPstnLink()));

		newChildDescriptors.add
			(createChildParameter
				(TopologyPackage.Literals.SITE__EMERGENCY_LOCATIONS,
				 TopologyFactory.eINSTANCE.createEmergencyLocation()));
	}

}
