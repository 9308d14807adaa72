/**
 */
package io.trunkline.model.provider;


import io.trunkline.model.TopologyPackage;
import io.trunkline.model.VoiceRoute;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link io.trunkline.model.VoiceRoute} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class VoiceRouteItemProvider extends ElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VoiceRouteItemProvider(AdapterFactory adapterFactory) {
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

			addNumberPatternPropertyDescriptor(object);
			addPstnUsagesPropertyDescriptor(object);
			addTrunksPropertyDescriptor(object);
			addFailoverForPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Number Pattern feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNumberPatternPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_VoiceRoute_numberPattern_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_VoiceRoute_numberPattern_feature", "_UI_VoiceRoute_type"),
				 TopologyPackage.Literals.VOICE_ROUTE__NUMBER_PATTERN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
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
				 getString("_UI_VoiceRoute_pstnUsages_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_VoiceRoute_pstnUsages_feature", "_UI_VoiceRoute_type"),
				 TopologyPackage.Literals.VOICE_ROUTE__PSTN_USAGES,
				 true,
				 false,
				 false,
				 null,
				 getString("_UI_RoutingPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Trunks feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTrunksPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_VoiceRoute_trunks_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_VoiceRoute_trunks_feature", "_UI_VoiceRoute_type"),
				 TopologyPackage.Literals.VOICE_ROUTE__TRUNKS,
				 true,
				 false,
				 false,
				 null,
				 getString("_UI_RoutingPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Failover For feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFailoverForPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_VoiceRoute_failoverFor_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_VoiceRoute_failoverFor_feature", "_UI_VoiceRoute_type"),
				 TopologyPackage.Literals.VOICE_ROUTE__FAILOVER_FOR,
				 true,
				 false,
				 false,
				 null,
				 getString("_UI_RoutingPropertyCategory"),
				 null));
	}

	/**
	 * This returns VoiceRoute.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/VoiceRoute"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((VoiceRoute)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_VoiceRoute_type") :
			getString("_UI_VoiceRoute_type") + " " + label;
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

		switch (notification.getFeatureID(VoiceRoute.class)) {
			case TopologyPackage.VOICE_ROUTE__NUMBER_PATTERN:
			case TopologyPackage.VOICE_ROUTE__PSTN_USAGES:
			case TopologyPackage.VOICE_ROUTE__TRUNKS:
			case TopologyPackage.VOICE_ROUTE__FAILOVER_FOR:
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
