/**
 */
package io.trunkline.model.provider;


import io.trunkline.model.Topology;
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
 * This is the item provider adapter for a {@link io.trunkline.model.Topology} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class TopologyItemProvider extends ElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TopologyItemProvider(AdapterFactory adapterFactory) {
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

			addOrganisationPropertyDescriptor(object);
			addSipDomainsPropertyDescriptor(object);
			addMeanHoldingTimeSecondsPropertyDescriptor(object);
			addGradeOfServicePropertyDescriptor(object);
			addMediaBypassModePropertyDescriptor(object);
			addCallAdmissionControlPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Organisation feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOrganisationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Topology_organisation_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Topology_organisation_feature", "_UI_Topology_type"),
				 TopologyPackage.Literals.TOPOLOGY__ORGANISATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_IdentityPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Sip Domains feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSipDomainsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Topology_sipDomains_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Topology_sipDomains_feature", "_UI_Topology_type"),
				 TopologyPackage.Literals.TOPOLOGY__SIP_DOMAINS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_IdentityPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Mean Holding Time Seconds feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMeanHoldingTimeSecondsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Topology_meanHoldingTimeSeconds_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Topology_meanHoldingTimeSeconds_feature", "_UI_Topology_type"),
				 TopologyPackage.Literals.TOPOLOGY__MEAN_HOLDING_TIME_SECONDS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_PlanningPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Grade Of Service feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGradeOfServicePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Topology_gradeOfService_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Topology_gradeOfService_feature", "_UI_Topology_type"),
				 TopologyPackage.Literals.TOPOLOGY__GRADE_OF_SERVICE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 getString("_UI_PlanningPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Media Bypass Mode feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMediaBypassModePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Topology_mediaBypassMode_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Topology_mediaBypassMode_feature", "_UI_Topology_type"),
				 TopologyPackage.Literals.TOPOLOGY__MEDIA_BYPASS_MODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_MediaPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Call Admission Control feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCallAdmissionControlPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Topology_callAdmissionControl_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Topology_callAdmissionControl_feature", "_UI_Topology_type"),
				 TopologyPackage.Literals.TOPOLOGY__CALL_ADMISSION_CONTROL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 getString("_UI_MediaPropertyCategory"),
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
			childrenFeatures.add(TopologyPackage.Literals.TOPOLOGY__CENTRAL_SITES);
			childrenFeatures.add(TopologyPackage.Literals.TOPOLOGY__TRUNKS);
			childrenFeatures.add(TopologyPackage.Literals.TOPOLOGY__WAN_LINKS);
			childrenFeatures.add(TopologyPackage.Literals.TOPOLOGY__VOICE_ROUTES);
			childrenFeatures.add(TopologyPackage.Literals.TOPOLOGY__PSTN_USAGES);
			childrenFeatures.add(TopologyPackage.Literals.TOPOLOGY__VOICE_POLICIES);
			childrenFeatures.add(TopologyPackage.Literals.TOPOLOGY__NETWORK_REGIONS);
			childrenFeatures.add(TopologyPackage.Literals.TOPOLOGY__NETWORK_SITES);
			childrenFeatures.add(TopologyPackage.Literals.TOPOLOGY__SUBNETS);
			childrenFeatures.add(TopologyPackage.Literals.TOPOLOGY__BANDWIDTH_POLICY_PROFILES);
			childrenFeatures.add(TopologyPackage.Literals.TOPOLOGY__REGION_LINKS);
			childrenFeatures.add(TopologyPackage.Literals.TOPOLOGY__REGION_ROUTES);
			childrenFeatures.add(TopologyPackage.Literals.TOPOLOGY__SUPPRESSIONS);
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
	 * This returns Topology.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Topology"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Topology)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Topology_type") :
			getString("_UI_Topology_type") + " " + label;
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

		switch (notification.getFeatureID(Topology.class)) {
			case TopologyPackage.TOPOLOGY__ORGANISATION:
			case TopologyPackage.TOPOLOGY__SIP_DOMAINS:
			case TopologyPackage.TOPOLOGY__MEAN_HOLDING_TIME_SECONDS:
			case TopologyPackage.TOPOLOGY__GRADE_OF_SERVICE:
			case TopologyPackage.TOPOLOGY__MEDIA_BYPASS_MODE:
			case TopologyPackage.TOPOLOGY__CALL_ADMISSION_CONTROL:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case TopologyPackage.TOPOLOGY__CENTRAL_SITES:
			case TopologyPackage.TOPOLOGY__TRUNKS:
			case TopologyPackage.TOPOLOGY__WAN_LINKS:
			case TopologyPackage.TOPOLOGY__VOICE_ROUTES:
			case TopologyPackage.TOPOLOGY__PSTN_USAGES:
			case TopologyPackage.TOPOLOGY__VOICE_POLICIES:
			case TopologyPackage.TOPOLOGY__NETWORK_REGIONS:
			case TopologyPackage.TOPOLOGY__NETWORK_SITES:
			case TopologyPackage.TOPOLOGY__SUBNETS:
			case TopologyPackage.TOPOLOGY__BANDWIDTH_POLICY_PROFILES:
			case TopologyPackage.TOPOLOGY__REGION_LINKS:
			case TopologyPackage.TOPOLOGY__REGION_ROUTES:
			case TopologyPackage.TOPOLOGY__SUPPRESSIONS:
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
				(TopologyPackage.Literals.TOPOLOGY__CENTRAL_SITES,
				 TopologyFactory.eINSTANCE.createCentralSite()));

		newChildDescriptors.add
			(createChildParameter
				(TopologyPackage.Literals.TOPOLOGY__TRUNKS,
				 TopologyFactory.eINSTANCE.createTrunk()));

		newChildDescriptors.add
			(createChildParameter
				(TopologyPackage.Literals.TOPOLOGY__WAN_LINKS,
				 TopologyFactory.eINSTANCE.createWanLink()));

		newChildDescriptors.add
			(createChildParameter
				(TopologyPackage.Literals.TOPOLOGY__VOICE_ROUTES,
				 TopologyFactory.eINSTANCE.createVoiceRoute()));

		newChildDescriptors.add
			(createChildParameter
				(TopologyPackage.Literals.TOPOLOGY__PSTN_USAGES,
				 TopologyFactory.eINSTANCE.createPstnUsage()));

		newChildDescriptors.add
			(createChildParameter
				(TopologyPackage.Literals.TOPOLOGY__VOICE_POLICIES,
				 TopologyFactory.eINSTANCE.createVoicePolicy()));

		newChildDescriptors.add
			(createChildParameter
				(TopologyPackage.Literals.TOPOLOGY__NETWORK_REGIONS,
				 TopologyFactory.eINSTANCE.createNetworkRegion()));

		newChildDescriptors.add
			(createChildParameter
				(TopologyPackage.Literals.TOPOLOGY__NETWORK_SITES,
				 TopologyFactory.eINSTANCE.createNetworkSite()));

		newChildDescriptors.add
			(createChildParameter
				(TopologyPackage.Literals.TOPOLOGY__SUBNETS,
				 TopologyFactory.eINSTANCE.createSubnet()));

		newChildDescriptors.add
			(createChildParameter
				(TopologyPackage.Literals.TOPOLOGY__BANDWIDTH_POLICY_PROFILES,
				 TopologyFactory.eINSTANCE.createBandwidthPolicyProfile()));

		newChildDescriptors.add
			(createChildParameter
				(TopologyPackage.Literals.TOPOLOGY__REGION_LINKS,
				 TopologyFactory.eINSTANCE.createRegionLink()));

		newChildDescriptors.add
			(createChildParameter
				(TopologyPackage.Literals.TOPOLOGY__REGION_ROUTES,
				 TopologyFactory.eINSTANCE.createRegionRoute()));

		newChildDescriptors.add
			(createChildParameter
				(TopologyPackage.Literals.TOPOLOGY__SUPPRESSIONS,
				 TopologyFactory.eINSTANCE.createSuppression()));
	}

}
