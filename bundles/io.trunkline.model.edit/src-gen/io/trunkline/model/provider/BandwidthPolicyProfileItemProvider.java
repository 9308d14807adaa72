/**
 */
package io.trunkline.model.provider;


import io.trunkline.model.BandwidthPolicyProfile;
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
 * This is the item provider adapter for a {@link io.trunkline.model.BandwidthPolicyProfile} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class BandwidthPolicyProfileItemProvider extends ElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BandwidthPolicyProfileItemProvider(AdapterFactory adapterFactory) {
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

			addAudioLimitKbpsPropertyDescriptor(object);
			addAudioSessionLimitKbpsPropertyDescriptor(object);
			addVideoLimitKbpsPropertyDescriptor(object);
			addVideoSessionLimitKbpsPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Audio Limit Kbps feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAudioLimitKbpsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_BandwidthPolicyProfile_audioLimitKbps_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_BandwidthPolicyProfile_audioLimitKbps_feature", "_UI_BandwidthPolicyProfile_type"),
				 TopologyPackage.Literals.BANDWIDTH_POLICY_PROFILE__AUDIO_LIMIT_KBPS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_CapacityPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Audio Session Limit Kbps feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAudioSessionLimitKbpsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_BandwidthPolicyProfile_audioSessionLimitKbps_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_BandwidthPolicyProfile_audioSessionLimitKbps_feature", "_UI_BandwidthPolicyProfile_type"),
				 TopologyPackage.Literals.BANDWIDTH_POLICY_PROFILE__AUDIO_SESSION_LIMIT_KBPS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_CapacityPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Video Limit Kbps feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVideoLimitKbpsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_BandwidthPolicyProfile_videoLimitKbps_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_BandwidthPolicyProfile_videoLimitKbps_feature", "_UI_BandwidthPolicyProfile_type"),
				 TopologyPackage.Literals.BANDWIDTH_POLICY_PROFILE__VIDEO_LIMIT_KBPS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_CapacityPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Video Session Limit Kbps feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVideoSessionLimitKbpsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_BandwidthPolicyProfile_videoSessionLimitKbps_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_BandwidthPolicyProfile_videoSessionLimitKbps_feature", "_UI_BandwidthPolicyProfile_type"),
				 TopologyPackage.Literals.BANDWIDTH_POLICY_PROFILE__VIDEO_SESSION_LIMIT_KBPS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_CapacityPropertyCategory"),
				 null));
	}

	/**
	 * This returns BandwidthPolicyProfile.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/BandwidthPolicyProfile"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((BandwidthPolicyProfile)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_BandwidthPolicyProfile_type") :
			getString("_UI_BandwidthPolicyProfile_type") + " " + label;
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

		switch (notification.getFeatureID(BandwidthPolicyProfile.class)) {
			case TopologyPackage.BANDWIDTH_POLICY_PROFILE__AUDIO_LIMIT_KBPS:
			case TopologyPackage.BANDWIDTH_POLICY_PROFILE__AUDIO_SESSION_LIMIT_KBPS:
			case TopologyPackage.BANDWIDTH_POLICY_PROFILE__VIDEO_LIMIT_KBPS:
			case TopologyPackage.BANDWIDTH_POLICY_PROFILE__VIDEO_SESSION_LIMIT_KBPS:
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
