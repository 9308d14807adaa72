/**
 */
package io.trunkline.model.impl;

import io.trunkline.model.CentralSite;
import io.trunkline.model.NetworkRegion;
import io.trunkline.model.TopologyPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Network Region</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.trunkline.model.impl.NetworkRegionImpl#getCentralSite <em>Central Site</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NetworkRegionImpl extends ElementImpl implements NetworkRegion {
	/**
	 * The cached value of the '{@link #getCentralSite() <em>Central Site</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCentralSite()
	 * @generated
	 * @ordered
	 */
	protected CentralSite centralSite;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NetworkRegionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.NETWORK_REGION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CentralSite getCentralSite() {
		if (centralSite != null && centralSite.eIsProxy()) {
			InternalEObject oldCentralSite = (InternalEObject)centralSite;
			centralSite = (CentralSite)eResolveProxy(oldCentralSite);
			if (centralSite != oldCentralSite) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.NETWORK_REGION__CENTRAL_SITE, oldCentralSite, centralSite));
			}
		}
		return centralSite;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CentralSite basicGetCentralSite() {
		return centralSite;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCentralSite(CentralSite newCentralSite) {
		CentralSite oldCentralSite = centralSite;
		centralSite = newCentralSite;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.NETWORK_REGION__CENTRAL_SITE, oldCentralSite, centralSite));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.NETWORK_REGION__CENTRAL_SITE:
				if (resolve) return getCentralSite();
				return basicGetCentralSite();
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
			case TopologyPackage.NETWORK_REGION__CENTRAL_SITE:
				setCentralSite((CentralSite)newValue);
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
			case TopologyPackage.NETWORK_REGION__CENTRAL_SITE:
				setCentralSite((CentralSite)null);
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
			case TopologyPackage.NETWORK_REGION__CENTRAL_SITE:
				return centralSite != null;
		}
		return super.eIsSet(featureID);
	}

} //NetworkRegionImpl
