/**
 */
package io.trunkline.model.provider;


import io.trunkline.model.TopologyPackage;
import io.trunkline.model.WanLink;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link io.trunkline.model.WanLink} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class WanLinkItemProvider extends ElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WanLinkItemProvider(AdapterFactory adapterFactory) {
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

			addSiteAPropertyDescriptor(object);
			addSiteBPropertyDescriptor(object);
			addResilientPropertyDescriptor(object);
			addBandwidthConstrainedPropertyDescriptor(object);
			addAudioBandwidthKbpsPropertyDescriptor(object);
			addCodecPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Site A feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSiteAPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WanLink_siteA_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WanLink_siteA_feature", "_UI_WanLink_type"),
				 TopologyPackage.Literals.WAN_LINK__SITE_A,
				 true,
				 false,
				 false,
				 null,
				 getString("_UI_ConnectionsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Site B feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSiteBPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WanLink_siteB_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WanLink_siteB_feature", "_UI_WanLink_type"),
				 TopologyPackage.Literals.WAN_LINK__SITE_B,
				 true,
				 false,
				 false,
				 null,
				 getString("_UI_ConnectionsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Resilient feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addResilientPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WanLink_resilient_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WanLink_resilient_feature", "_UI_WanLink_type"),
				 TopologyPackage.Literals.WAN_LINK__RESILIENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 getString("_UI_ResiliencyPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Bandwidth Constrained feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBandwidthConstrainedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WanLink_bandwidthConstrained_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WanLink_bandwidthConstrained_feature", "_UI_WanLink_type"),
				 TopologyPackage.Literals.WAN_LINK__BANDWIDTH_CONSTRAINED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 getString("_UI_ResiliencyPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Audio Bandwidth Kbps feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAudioBandwidthKbpsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WanLink_audioBandwidthKbps_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WanLink_audioBandwidthKbps_feature", "_UI_WanLink_type"),
				 TopologyPackage.Literals.WAN_LINK__AUDIO_BANDWIDTH_KBPS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_ResiliencyPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Codec feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCodecPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_WanLink_codec_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_WanLink_codec_feature", "_UI_WanLink_type"),
				 TopologyPackage.Literals.WAN_LINK__CODEC,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_ResiliencyPropertyCategory"),
				 null));
	}

	/**
	 * This returns WanLink.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/WanLink"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((WanLink)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_WanLink_type") :
			getString("_UI_WanLink_type") + " " + label;
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

		switch (notification.getFeatureID(WanLink.class)) {
			case TopologyPackage.WAN_LINK__SITE_A:
			case TopologyPackage.WAN_LINK__SITE_B:
			case TopologyPackage.WAN_LINK__RESILIENT:
			case TopologyPackage.WAN_LINK__BANDWIDTH_CONSTRAINED:
			case TopologyPackage.WAN_LINK__AUDIO_BANDWIDTH_KBPS:
			case TopologyPackage.WAN_LINK__CODEC:
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
