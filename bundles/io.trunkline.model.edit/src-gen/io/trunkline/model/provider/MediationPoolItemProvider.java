/**
 */
package io.trunkline.model.provider;


import io.trunkline.model.MediationPool;
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
 * This is the item provider adapter for a {@link io.trunkline.model.MediationPool} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class MediationPoolItemProvider extends PoolItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MediationPoolItemProvider(AdapterFactory adapterFactory) {
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
			addCollocatedWithPropertyDescriptor(object);
			addNextHopPropertyDescriptor(object);
			addEdgePoolPropertyDescriptor(object);
			addHyperThreadingPropertyDescriptor(object);
			addTlsPortFirstPropertyDescriptor(object);
			addTlsPortLastPropertyDescriptor(object);
			addTcpEnabledPropertyDescriptor(object);
			addTcpPortFirstPropertyDescriptor(object);
			addTcpPortLastPropertyDescriptor(object);
			addFrontEndPortPropertyDescriptor(object);
			addDnsLoadBalancingPropertyDescriptor(object);
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
				 getString("_UI_MediationPool_kind_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MediationPool_kind_feature", "_UI_MediationPool_type"),
				 TopologyPackage.Literals.MEDIATION_POOL__KIND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_IdentityPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Collocated With feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCollocatedWithPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MediationPool_collocatedWith_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MediationPool_collocatedWith_feature", "_UI_MediationPool_type"),
				 TopologyPackage.Literals.MEDIATION_POOL__COLLOCATED_WITH,
				 true,
				 false,
				 false,
				 null,
				 getString("_UI_ConnectionsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Next Hop feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNextHopPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MediationPool_nextHop_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MediationPool_nextHop_feature", "_UI_MediationPool_type"),
				 TopologyPackage.Literals.MEDIATION_POOL__NEXT_HOP,
				 true,
				 false,
				 false,
				 null,
				 getString("_UI_ConnectionsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Edge Pool feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEdgePoolPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MediationPool_edgePool_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MediationPool_edgePool_feature", "_UI_MediationPool_type"),
				 TopologyPackage.Literals.MEDIATION_POOL__EDGE_POOL,
				 true,
				 false,
				 false,
				 null,
				 getString("_UI_ConnectionsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Hyper Threading feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHyperThreadingPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MediationPool_hyperThreading_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MediationPool_hyperThreading_feature", "_UI_MediationPool_type"),
				 TopologyPackage.Literals.MEDIATION_POOL__HYPER_THREADING,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 getString("_UI_CapacityPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Tls Port First feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTlsPortFirstPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MediationPool_tlsPortFirst_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MediationPool_tlsPortFirst_feature", "_UI_MediationPool_type"),
				 TopologyPackage.Literals.MEDIATION_POOL__TLS_PORT_FIRST,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_PortsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Tls Port Last feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTlsPortLastPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MediationPool_tlsPortLast_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MediationPool_tlsPortLast_feature", "_UI_MediationPool_type"),
				 TopologyPackage.Literals.MEDIATION_POOL__TLS_PORT_LAST,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_PortsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Tcp Enabled feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTcpEnabledPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MediationPool_tcpEnabled_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MediationPool_tcpEnabled_feature", "_UI_MediationPool_type"),
				 TopologyPackage.Literals.MEDIATION_POOL__TCP_ENABLED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 getString("_UI_TransportPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Tcp Port First feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTcpPortFirstPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MediationPool_tcpPortFirst_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MediationPool_tcpPortFirst_feature", "_UI_MediationPool_type"),
				 TopologyPackage.Literals.MEDIATION_POOL__TCP_PORT_FIRST,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_PortsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Tcp Port Last feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTcpPortLastPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MediationPool_tcpPortLast_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MediationPool_tcpPortLast_feature", "_UI_MediationPool_type"),
				 TopologyPackage.Literals.MEDIATION_POOL__TCP_PORT_LAST,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_PortsPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Front End Port feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFrontEndPortPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_MediationPool_frontEndPort_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MediationPool_frontEndPort_feature", "_UI_MediationPool_type"),
				 TopologyPackage.Literals.MEDIATION_POOL__FRONT_END_PORT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_PortsPropertyCategory"),
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
				 getString("_UI_MediationPool_dnsLoadBalancing_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_MediationPool_dnsLoadBalancing_feature", "_UI_MediationPool_type"),
				 TopologyPackage.Literals.MEDIATION_POOL__DNS_LOAD_BALANCING,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 getString("_UI_ResiliencyPropertyCategory"),
				 null));
	}

	/**
	 * This returns MediationPool.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/MediationPool"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((MediationPool)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_MediationPool_type") :
			getString("_UI_MediationPool_type") + " " + label;
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

		switch (notification.getFeatureID(MediationPool.class)) {
			case TopologyPackage.MEDIATION_POOL__KIND:
			case TopologyPackage.MEDIATION_POOL__COLLOCATED_WITH:
			case TopologyPackage.MEDIATION_POOL__NEXT_HOP:
			case TopologyPackage.MEDIATION_POOL__EDGE_POOL:
			case TopologyPackage.MEDIATION_POOL__HYPER_THREADING:
			case TopologyPackage.MEDIATION_POOL__TLS_PORT_FIRST:
			case TopologyPackage.MEDIATION_POOL__TLS_PORT_LAST:
			case TopologyPackage.MEDIATION_POOL__TCP_ENABLED:
			case TopologyPackage.MEDIATION_POOL__TCP_PORT_FIRST:
			case TopologyPackage.MEDIATION_POOL__TCP_PORT_LAST:
			case TopologyPackage.MEDIATION_POOL__FRONT_END_PORT:
			case TopologyPackage.MEDIATION_POOL__DNS_LOAD_BALANCING:
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
