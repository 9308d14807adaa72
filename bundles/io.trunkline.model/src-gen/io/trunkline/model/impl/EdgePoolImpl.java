/**
 */
package io.trunkline.model.impl;

import io.trunkline.model.EdgePool;
import io.trunkline.model.TopologyPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Edge Pool</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.trunkline.model.impl.EdgePoolImpl#getConcurrentRemoteUsers <em>Concurrent Remote Users</em>}</li>
 *   <li>{@link io.trunkline.model.impl.EdgePoolImpl#isDnsLoadBalancing <em>Dns Load Balancing</em>}</li>
 *   <li>{@link io.trunkline.model.impl.EdgePoolImpl#isHardwareLoadBalancing <em>Hardware Load Balancing</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EdgePoolImpl extends PoolImpl implements EdgePool {
	/**
	 * The default value of the '{@link #getConcurrentRemoteUsers() <em>Concurrent Remote Users</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConcurrentRemoteUsers()
	 * @generated
	 * @ordered
	 */
	protected static final int CONCURRENT_REMOTE_USERS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getConcurrentRemoteUsers() <em>Concurrent Remote Users</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConcurrentRemoteUsers()
	 * @generated
	 * @ordered
	 */
	protected int concurrentRemoteUsers = CONCURRENT_REMOTE_USERS_EDEFAULT;

	/**
	 * The default value of the '{@link #isDnsLoadBalancing() <em>Dns Load Balancing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDnsLoadBalancing()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DNS_LOAD_BALANCING_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isDnsLoadBalancing() <em>Dns Load Balancing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDnsLoadBalancing()
	 * @generated
	 * @ordered
	 */
	protected boolean dnsLoadBalancing = DNS_LOAD_BALANCING_EDEFAULT;

	/**
	 * The default value of the '{@link #isHardwareLoadBalancing() <em>Hardware Load Balancing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHardwareLoadBalancing()
	 * @generated
	 * @ordered
	 */
	protected static final boolean HARDWARE_LOAD_BALANCING_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isHardwareLoadBalancing() <em>Hardware Load Balancing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHardwareLoadBalancing()
	 * @generated
	 * @ordered
	 */
	protected boolean hardwareLoadBalancing = HARDWARE_LOAD_BALANCING_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EdgePoolImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.EDGE_POOL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getConcurrentRemoteUsers() {
		return concurrentRemoteUsers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConcurrentRemoteUsers(int newConcurrentRemoteUsers) {
		int oldConcurrentRemoteUsers = concurrentRemoteUsers;
		concurrentRemoteUsers = newConcurrentRemoteUsers;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.EDGE_POOL__CONCURRENT_REMOTE_USERS, oldConcurrentRemoteUsers, concurrentRemoteUsers));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDnsLoadBalancing() {
		return dnsLoadBalancing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDnsLoadBalancing(boolean newDnsLoadBalancing) {
		boolean oldDnsLoadBalancing = dnsLoadBalancing;
		dnsLoadBalancing = newDnsLoadBalancing;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.EDGE_POOL__DNS_LOAD_BALANCING, oldDnsLoadBalancing, dnsLoadBalancing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isHardwareLoadBalancing() {
		return hardwareLoadBalancing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHardwareLoadBalancing(boolean newHardwareLoadBalancing) {
		boolean oldHardwareLoadBalancing = hardwareLoadBalancing;
		hardwareLoadBalancing = newHardwareLoadBalancing;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.EDGE_POOL__HARDWARE_LOAD_BALANCING, oldHardwareLoadBalancing, hardwareLoadBalancing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.EDGE_POOL__CONCURRENT_REMOTE_USERS:
				return getConcurrentRemoteUsers();
			case TopologyPackage.EDGE_POOL__DNS_LOAD_BALANCING:
				return isDnsLoadBalancing();
			case TopologyPackage.EDGE_POOL__HARDWARE_LOAD_BALANCING:
				return isHardwareLoadBalancing();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TopologyPackage.EDGE_POOL__CONCURRENT_REMOTE_USERS:
				setConcurrentRemoteUsers((Integer)newValue);
				return;
			case TopologyPackage.EDGE_POOL__DNS_LOAD_BALANCING:
				setDnsLoadBalancing((Boolean)newValue);
				return;
			case TopologyPackage.EDGE_POOL__HARDWARE_LOAD_BALANCING:
				setHardwareLoadBalancing((Boolean)newValue);
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
			case TopologyPackage.EDGE_POOL__CONCURRENT_REMOTE_USERS:
				setConcurrentRemoteUsers(CONCURRENT_REMOTE_USERS_EDEFAULT);
				return;
			case TopologyPackage.EDGE_POOL__DNS_LOAD_BALANCING:
				setDnsLoadBalancing(DNS_LOAD_BALANCING_EDEFAULT);
				return;
			case TopologyPackage.EDGE_POOL__HARDWARE_LOAD_BALANCING:
				setHardwareLoadBalancing(HARDWARE_LOAD_BALANCING_EDEFAULT);
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
			case TopologyPackage.EDGE_POOL__CONCURRENT_REMOTE_USERS:
				return concurrentRemoteUsers != CONCURRENT_REMOTE_USERS_EDEFAULT;
			case TopologyPackage.EDGE_POOL__DNS_LOAD_BALANCING:
				return dnsLoadBalancing != DNS_LOAD_BALANCING_EDEFAULT;
			case TopologyPackage.EDGE_POOL__HARDWARE_LOAD_BALANCING:
				return hardwareLoadBalancing != HARDWARE_LOAD_BALANCING_EDEFAULT;
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
		result.append(" (concurrentRemoteUsers: ");
		result.append(concurrentRemoteUsers);
		result.append(", dnsLoadBalancing: ");
		result.append(dnsLoadBalancing);
		result.append(", hardwareLoadBalancing: ");
		result.append(hardwareLoadBalancing);
		result.append(')');
		return result.toString();
	}

} //EdgePoolImpl
