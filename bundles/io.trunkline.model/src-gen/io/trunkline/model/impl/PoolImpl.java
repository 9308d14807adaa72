/**
 */
package io.trunkline.model.impl;

import io.trunkline.model.Pool;
import io.trunkline.model.TopologyPackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pool</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.trunkline.model.impl.PoolImpl#getFqdn <em>Fqdn</em>}</li>
 *   <li>{@link io.trunkline.model.impl.PoolImpl#getServers <em>Servers</em>}</li>
 *   <li>{@link io.trunkline.model.impl.PoolImpl#getIpAddresses <em>Ip Addresses</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class PoolImpl extends ElementImpl implements Pool {
	/**
	 * The default value of the '{@link #getFqdn() <em>Fqdn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFqdn()
	 * @generated
	 * @ordered
	 */
	protected static final String FQDN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFqdn() <em>Fqdn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFqdn()
	 * @generated
	 * @ordered
	 */
	protected String fqdn = FQDN_EDEFAULT;

	/**
	 * The default value of the '{@link #getServers() <em>Servers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServers()
	 * @generated
	 * @ordered
	 */
	protected static final int SERVERS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getServers() <em>Servers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServers()
	 * @generated
	 * @ordered
	 */
	protected int servers = SERVERS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getIpAddresses() <em>Ip Addresses</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpAddresses()
	 * @generated
	 * @ordered
	 */
	protected EList<String> ipAddresses;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PoolImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.POOL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFqdn() {
		return fqdn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFqdn(String newFqdn) {
		String oldFqdn = fqdn;
		fqdn = newFqdn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.POOL__FQDN, oldFqdn, fqdn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getServers() {
		return servers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServers(int newServers) {
		int oldServers = servers;
		servers = newServers;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.POOL__SERVERS, oldServers, servers));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getIpAddresses() {
		if (ipAddresses == null) {
			ipAddresses = new EDataTypeUniqueEList<String>(String.class, this, TopologyPackage.POOL__IP_ADDRESSES);
		}
		return ipAddresses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.POOL__FQDN:
				return getFqdn();
			case TopologyPackage.POOL__SERVERS:
				return getServers();
			case TopologyPackage.POOL__IP_ADDRESSES:
				return getIpAddresses();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TopologyPackage.POOL__FQDN:
				setFqdn((String)newValue);
				return;
			case TopologyPackage.POOL__SERVERS:
				setServers((Integer)newValue);
				return;
			case TopologyPackage.POOL__IP_ADDRESSES:
				getIpAddresses().clear();
				getIpAddresses().addAll((Collection<? extends String>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case TopologyPackage.POOL__FQDN:
				setFqdn(FQDN_EDEFAULT);
				return;
			case TopologyPackage.POOL__SERVERS:
				setServers(SERVERS_EDEFAULT);
				return;
			case TopologyPackage.POOL__IP_ADDRESSES:
				getIpAddresses().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case TopologyPackage.POOL__FQDN:
				return FQDN_EDEFAULT == null ? fqdn != null : !FQDN_EDEFAULT.equals(fqdn);
			case TopologyPackage.POOL__SERVERS:
				return servers != SERVERS_EDEFAULT;
			case TopologyPackage.POOL__IP_ADDRESSES:
				return ipAddresses != null && !ipAddresses.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (fqdn: ");
		result.append(fqdn);
		result.append(", servers: ");
		result.append(servers);
		result.append(", ipAddresses: ");
		result.append(ipAddresses);
		result.append(')');
		return result.toString();
	}

} //PoolImpl
