/**
 */
package io.trunkline.model.provider;


import io.trunkline.model.TopologyPackage;
import io.trunkline.model.Trunk;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link io.trunkline.model.Trunk} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class TrunkItemProvider extends ElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TrunkItemProvider(AdapterFactory adapterFactory) {
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

			addRootPropertyDescriptor(object);
			addMediationPoolPropertyDescriptor(object);
			addPeerPropertyDescriptor(object);
			addTransportPropertyDescriptor(object);
			addPeerPortPropertyDescriptor(object);
			addMediationPortPropertyDescriptor(object);
			addMediaBypassPropertyDescriptor(object);
			addCentralizedMediaProcessingPropertyDescriptor(object);
			addReferSupportPropertyDescriptor(object);
			addRtcpActiveCallsPropertyDescriptor(object);
			addRtcpCallsOnHoldPropertyDescriptor(object);
			addMaxSimultaneousCallsPropertyDescriptor(object);
			addAccessBandwidthKbpsPropertyDescriptor(object);
			addConnectionTypePropertyDescriptor(object);
			addVpnPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Root feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRootPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Trunk_root_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Trunk_root_feature", "_UI_Trunk_type"),
				 TopologyPackage.Literals.TRUNK__ROOT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 getString("_UI_ConnectionsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Mediation Pool feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMediationPoolPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Trunk_mediationPool_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Trunk_mediationPool_feature", "_UI_Trunk_type"),
				 TopologyPackage.Literals.TRUNK__MEDIATION_POOL,
				 true,
				 false,
				 false,
				 null,
				 getString("_UI_ConnectionsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Peer feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPeerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Trunk_peer_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Trunk_peer_feature", "_UI_Trunk_type"),
				 TopologyPackage.Literals.TRUNK__PEER,
				 true,
				 false,
				 false,
				 null,
				 getString("_UI_ConnectionsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Transport feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTransportPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Trunk_transport_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Trunk_transport_feature", "_UI_Trunk_type"),
				 TopologyPackage.Literals.TRUNK__TRANSPORT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_TransportPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Peer Port feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPeerPortPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Trunk_peerPort_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Trunk_peerPort_feature", "_UI_Trunk_type"),
				 TopologyPackage.Literals.TRUNK__PEER_PORT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_PortsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Mediation Port feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMediationPortPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Trunk_mediationPort_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Trunk_mediationPort_feature", "_UI_Trunk_type"),
				 TopologyPackage.Literals.TRUNK__MEDIATION_PORT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_PortsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Media Bypass feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMediaBypassPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Trunk_mediaBypass_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Trunk_mediaBypass_feature", "_UI_Trunk_type"),
				 TopologyPackage.Literals.TRUNK__MEDIA_BYPASS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 getString("_UI_MediaPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Centralized Media Processing feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCentralizedMediaProcessingPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Trunk_centralizedMediaProcessing_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Trunk_centralizedMediaProcessing_feature", "_UI_Trunk_type"),
				 TopologyPackage.Literals.TRUNK__CENTRALIZED_MEDIA_PROCESSING,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 getString("_UI_MediaPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Refer Support feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReferSupportPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Trunk_referSupport_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Trunk_referSupport_feature", "_UI_Trunk_type"),
				 TopologyPackage.Literals.TRUNK__REFER_SUPPORT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 getString("_UI_MediaPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Rtcp Active Calls feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRtcpActiveCallsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Trunk_rtcpActiveCalls_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Trunk_rtcpActiveCalls_feature", "_UI_Trunk_type"),
				 TopologyPackage.Literals.TRUNK__RTCP_ACTIVE_CALLS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 getString("_UI_MediaPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Rtcp Calls On Hold feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRtcpCallsOnHoldPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Trunk_rtcpCallsOnHold_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Trunk_rtcpCallsOnHold_feature", "_UI_Trunk_type"),
				 TopologyPackage.Literals.TRUNK__RTCP_CALLS_ON_HOLD,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 getString("_UI_MediaPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Max Simultaneous Calls feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMaxSimultaneousCallsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Trunk_maxSimultaneousCalls_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Trunk_maxSimultaneousCalls_feature", "_UI_Trunk_type"),
				 TopologyPackage.Literals.TRUNK__MAX_SIMULTANEOUS_CALLS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_CapacityPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Access Bandwidth Kbps feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAccessBandwidthKbpsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Trunk_accessBandwidthKbps_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Trunk_accessBandwidthKbps_feature", "_UI_Trunk_type"),
				 TopologyPackage.Literals.TRUNK__ACCESS_BANDWIDTH_KBPS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_CapacityPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Connection Type feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addConnectionTypePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Trunk_connectionType_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Trunk_connectionType_feature", "_UI_Trunk_type"),
				 TopologyPackage.Literals.TRUNK__CONNECTION_TYPE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_TransportPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Vpn feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVpnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Trunk_vpn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Trunk_vpn_feature", "_UI_Trunk_type"),
				 TopologyPackage.Literals.TRUNK__VPN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 getString("_UI_TransportPropertyCategory"),
				 null));
	}

	/**
	 * This returns Trunk.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Trunk"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Trunk)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Trunk_type") :
			getString("_UI_Trunk_type") + " " + label;
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

		switch (notification.getFeatureID(Trunk.class)) {
			case TopologyPackage.TRUNK__ROOT:
			case TopologyPackage.TRUNK__MEDIATION_POOL:
			case TopologyPackage.TRUNK__PEER:
			case TopologyPackage.TRUNK__TRANSPORT:
			case TopologyPackage.TRUNK__PEER_PORT:
			case TopologyPackage.TRUNK__MEDIATION_PORT:
			case TopologyPackage.TRUNK__MEDIA_BYPASS:
			case TopologyPackage.TRUNK__CENTRALIZED_MEDIA_PROCESSING:
			case TopologyPackage.TRUNK__REFER_SUPPORT:
			case TopologyPackage.TRUNK__RTCP_ACTIVE_CALLS:
			case TopologyPackage.TRUNK__RTCP_CALLS_ON_HOLD:
			case TopologyPackage.TRUNK__MAX_SIMULTANEOUS_CALLS:
			case TopologyPackage.TRUNK__ACCESS_BANDWIDTH_KBPS:
			case TopologyPackage.TRUNK__CONNECTION_TYPE:
			case TopologyPackage.TRUNK__VPN:
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
