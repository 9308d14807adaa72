/**
 */
package io.trunkline.model.impl;

import io.trunkline.model.NetworkSite;
import io.trunkline.model.Subnet;
import io.trunkline.model.TopologyPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Subnet</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.trunkline.model.impl.SubnetImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link io.trunkline.model.impl.SubnetImpl#getMaskBits <em>Mask Bits</em>}</li>
 *   <li>{@link io.trunkline.model.impl.SubnetImpl#getNetworkSite <em>Network Site</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SubnetImpl extends ElementImpl implements Subnet {
	/**
	 * The default value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected String address = ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaskBits() <em>Mask Bits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaskBits()
	 * @generated
	 * @ordered
	 */
	protected static final int MASK_BITS_EDEFAULT = 24;

	/**
	 * The cached value of the '{@link #getMaskBits() <em>Mask Bits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaskBits()
	 * @generated
	 * @ordered
	 */
	protected int maskBits = MASK_BITS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNetworkSite() <em>Network Site</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetworkSite()
	 * @generated
	 * @ordered
	 */
	protected NetworkSite networkSite;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SubnetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.SUBNET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddress() {
		return address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(String newAddress) {
		String oldAddress = address;
		address = newAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.SUBNET__ADDRESS, oldAddress, address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaskBits() {
		return maskBits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaskBits(int newMaskBits) {
		int oldMaskBits = maskBits;
		maskBits = newMaskBits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.SUBNET__MASK_BITS, oldMaskBits, maskBits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkSite getNetworkSite() {
		if (networkSite != null && networkSite.eIsProxy()) {
			InternalEObject oldNetworkSite = (InternalEObject)networkSite;
			networkSite = (NetworkSite)eResolveProxy(oldNetworkSite);
			if (networkSite != oldNetworkSite) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.SUBNET__NETWORK_SITE, oldNetworkSite, networkSite));
			}
		}
		return networkSite;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NetworkSite basicGetNetworkSite() {
		return networkSite;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNetworkSite(NetworkSite newNetworkSite) {
		NetworkSite oldNetworkSite = networkSite;
		networkSite = newNetworkSite;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.SUBNET__NETWORK_SITE, oldNetworkSite, networkSite));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.SUBNET__ADDRESS:
				return getAddress();
			case TopologyPackage.SUBNET__MASK_BITS:
				return getMaskBits();
			case TopologyPackage.SUBNET__NETWORK_SITE:
				if (resolve) return getNetworkSite();
				return basicGetNetworkSite();
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
			case TopologyPackage.SUBNET__ADDRESS:
				setAddress((String)newValue);
				return;
			case TopologyPackage.SUBNET__MASK_BITS:
				setMaskBits((Integer)newValue);
				return;
			case TopologyPackage.SUBNET__NETWORK_SITE:
				setNetworkSite((NetworkSite)newValue);
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
			case TopologyPackage.SUBNET__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case TopologyPackage.SUBNET__MASK_BITS:
				setMaskBits(MASK_BITS_EDEFAULT);
				return;
			case TopologyPackage.SUBNET__NETWORK_SITE:
				setNetworkSite((NetworkSite)null);
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
			case TopologyPackage.SUBNET__ADDRESS:
				return ADDRESS_EDEFAULT == null ? address != null : !ADDRESS_EDEFAULT.equals(address);
			case TopologyPackage.SUBNET__MASK_BITS:
				return maskBits != MASK_BITS_EDEFAULT;
			case TopologyPackage.SUBNET__NETWORK_SITE:
				return networkSite != null;
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
		result.append(" (address: ");
		result.append(address);
		result.append(", maskBits: ");
		result.append(maskBits);
		result.append(')');
		return result.toString();
	}

} //SubnetImpl
