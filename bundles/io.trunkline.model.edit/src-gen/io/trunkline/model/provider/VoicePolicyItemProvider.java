/**
 */
package io.trunkline.model.provider;


import io.trunkline.model.TopologyPackage;
import io.trunkline.model.VoicePolicy;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link io.trunkline.model.VoicePolicy} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class VoicePolicyItemProvider extends ElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VoicePolicyItemProvider(AdapterFactory adapterFactory) {
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

			addScopePropertyDescriptor(object);
			addSitePropertyDescriptor(object);
			addGrantedToPropertyDescriptor(object);
			addPstnUsagesPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Scope feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addScopePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_VoicePolicy_scope_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_VoicePolicy_scope_feature", "_UI_VoicePolicy_type"),
				 TopologyPackage.Literals.VOICE_POLICY__SCOPE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_RoutingPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Site feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSitePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_VoicePolicy_site_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_VoicePolicy_site_feature", "_UI_VoicePolicy_type"),
				 TopologyPackage.Literals.VOICE_POLICY__SITE,
				 true,
				 false,
				 false,
				 null,
				 getString("_UI_RoutingPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Granted To feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGrantedToPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_VoicePolicy_grantedTo_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_VoicePolicy_grantedTo_feature", "_UI_VoicePolicy_type"),
				 TopologyPackage.Literals.VOICE_POLICY__GRANTED_TO,
				 true,
				 false,
				 false,
				 null,
				 getString("_UI_RoutingPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Pstn Usages feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPstnUsagesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_VoicePolicy_pstnUsages_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_VoicePolicy_pstnUsages_feature", "_UI_VoicePolicy_type"),
				 TopologyPackage.Literals.VOICE_POLICY__PSTN_USAGES,
				 true,
				 false,
				 false,
				 null,
				 getString("_UI_RoutingPropertyCategory"),
				 null));
	}

	/**
	 * This returns VoicePolicy.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/VoicePolicy"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((VoicePolicy)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_VoicePolicy_type") :
			getString("_UI_VoicePolicy_type") + " " + label;
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

		switch (notification.getFeatureID(VoicePolicy.class)) {
			case TopologyPackage.VOICE_POLICY__SCOPE:
			case TopologyPackage.VOICE_POLICY__SITE:
			case TopologyPackage.VOICE_POLICY__GRANTED_TO:
			case TopologyPackage.VOICE_POLICY__PSTN_USAGES:
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
