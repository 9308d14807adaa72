/**
 */
package io.trunkline.model.provider;


import io.trunkline.model.TopologyPackage;
import io.trunkline.model.TrunkPeer;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link io.trunkline.model.TrunkPeer} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class TrunkPeerItemProvider extends ElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TrunkPeerItemProvider(AdapterFactory adapterFactory) {
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
			addAddressPropertyDescriptor(object);
			addIpVersionPropertyDescriptor(object);
			addPstnPortsPropertyDescriptor(object);
			addCountryRegionPropertyDescriptor(object);
			addSupportsTlsPropertyDescriptor(object);
			addSupportsDnsLoadBalancingPropertyDescriptor(object);
			addSupportsMediaBypassPropertyDescriptor(object);
			addEliminatesGatewayNeedPropertyDescriptor(object);
			addCertifiedPropertyDescriptor(object);
			addRootTrunkPropertyDescriptor(object);
			addDefaultGatewayPropertyDescriptor(object);
			addRoutablePropertyDescriptor(object);
			addMediaIpAddressPropertyDescriptor(object);
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
				 getString("_UI_TrunkPeer_kind_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrunkPeer_kind_feature", "_UI_TrunkPeer_type"),
				 TopologyPackage.Literals.TRUNK_PEER__KIND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_IdentityPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Address feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAddressPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrunkPeer_address_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrunkPeer_address_feature", "_UI_TrunkPeer_type"),
				 TopologyPackage.Literals.TRUNK_PEER__ADDRESS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_IdentityPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Ip Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIpVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrunkPeer_ipVersion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrunkPeer_ipVersion_feature", "_UI_TrunkPeer_type"),
				 TopologyPackage.Literals.TRUNK_PEER__IP_VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_TransportPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Pstn Ports feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPstnPortsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrunkPeer_pstnPorts_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrunkPeer_pstnPorts_feature", "_UI_TrunkPeer_type"),
				 TopologyPackage.Literals.TRUNK_PEER__PSTN_PORTS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_PortsPropertyCategory"),
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
				 getString("_UI_TrunkPeer_countryRegion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrunkPeer_countryRegion_feature", "_UI_TrunkPeer_type"),
				 TopologyPackage.Literals.TRUNK_PEER__COUNTRY_REGION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_LocationPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Supports Tls feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSupportsTlsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrunkPeer_supportsTls_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrunkPeer_supportsTls_feature", "_UI_TrunkPeer_type"),
				 TopologyPackage.Literals.TRUNK_PEER__SUPPORTS_TLS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 getString("_UI_TransportPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Supports Dns Load Balancing feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSupportsDnsLoadBalancingPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrunkPeer_supportsDnsLoadBalancing_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrunkPeer_supportsDnsLoadBalancing_feature", "_UI_TrunkPeer_type"),
				 TopologyPackage.Literals.TRUNK_PEER__SUPPORTS_DNS_LOAD_BALANCING,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 getString("_UI_ResiliencyPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Supports Media Bypass feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSupportsMediaBypassPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrunkPeer_supportsMediaBypass_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrunkPeer_supportsMediaBypass_feature", "_UI_TrunkPeer_type"),
				 TopologyPackage.Literals.TRUNK_PEER__SUPPORTS_MEDIA_BYPASS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 getString("_UI_MediaPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Eliminates Gateway Need feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEliminatesGatewayNeedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrunkPeer_eliminatesGatewayNeed_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrunkPeer_eliminatesGatewayNeed_feature", "_UI_TrunkPeer_type"),
				 TopologyPackage.Literals.TRUNK_PEER__ELIMINATES_GATEWAY_NEED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 getString("_UI_ConnectionsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Certified feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCertifiedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrunkPeer_certified_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrunkPeer_certified_feature", "_UI_TrunkPeer_type"),
				 TopologyPackage.Literals.TRUNK_PEER__CERTIFIED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 getString("_UI_ConnectionsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Root Trunk feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRootTrunkPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrunkPeer_rootTrunk_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrunkPeer_rootTrunk_feature", "_UI_TrunkPeer_type"),
				 TopologyPackage.Literals.TRUNK_PEER__ROOT_TRUNK,
				 false,
				 false,
				 false,
				 null,
				 getString("_UI_ConnectionsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Default Gateway feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDefaultGatewayPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrunkPeer_defaultGateway_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrunkPeer_defaultGateway_feature", "_UI_TrunkPeer_type"),
				 TopologyPackage.Literals.TRUNK_PEER__DEFAULT_GATEWAY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 getString("_UI_ConnectionsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Routable feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRoutablePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrunkPeer_routable_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrunkPeer_routable_feature", "_UI_TrunkPeer_type"),
				 TopologyPackage.Literals.TRUNK_PEER__ROUTABLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 getString("_UI_ConnectionsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Media Ip Address feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMediaIpAddressPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrunkPeer_mediaIpAddress_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrunkPeer_mediaIpAddress_feature", "_UI_TrunkPeer_type"),
				 TopologyPackage.Literals.TRUNK_PEER__MEDIA_IP_ADDRESS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_IdentityPropertyCategory"),
				 null));
	}

	/**
	 * This returns TrunkPeer.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/TrunkPeer"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((TrunkPeer)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_TrunkPeer_type") :
			getString("_UI_TrunkPeer_type") + " " + label;
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

		switch (notification.getFeatureID(TrunkPeer.class)) {
			case TopologyPackage.TRUNK_PEER__KIND:
			case TopologyPackage.TRUNK_PEER__ADDRESS:
			case TopologyPackage.TRUNK_PEER__IP_VERSION:
			case TopologyPackage.TRUNK_PEER__PSTN_PORTS:
			case TopologyPackage.TRUNK_PEER__COUNTRY_REGION:
			case TopologyPackage.TRUNK_PEER__SUPPORTS_TLS:
			case TopologyPackage.TRUNK_PEER__SUPPORTS_DNS_LOAD_BALANCING:
			case TopologyPackage.TRUNK_PEER__SUPPORTS_MEDIA_BYPASS:
			case TopologyPackage.TRUNK_PEER__ELIMINATES_GATEWAY_NEED:
			case TopologyPackage.TRUNK_PEER__CERTIFIED:
			case TopologyPackage.TRUNK_PEER__ROOT_TRUNK:
			case TopologyPackage.TRUNK_PEER__DEFAULT_GATEWAY:
			case TopologyPackage.TRUNK_PEER__ROUTABLE:
			case TopologyPackage.TRUNK_PEER__MEDIA_IP_ADDRESS:
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
