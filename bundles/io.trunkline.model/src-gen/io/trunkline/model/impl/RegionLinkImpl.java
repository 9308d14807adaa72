/**
 */
package io.trunkline.model.impl;

import io.trunkline.model.BandwidthPolicyProfile;
import io.trunkline.model.NetworkRegion;
import io.trunkline.model.RegionLink;
import io.trunkline.model.TopologyPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Region Link</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.trunkline.model.impl.RegionLinkImpl#getRegionA <em>Region A</em>}</li>
 *   <li>{@link io.trunkline.model.impl.RegionLinkImpl#getRegionB <em>Region B</em>}</li>
 *   <li>{@link io.trunkline.model.impl.RegionLinkImpl#getBandwidthPolicy <em>Bandwidth Policy</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RegionLinkImpl extends ElementImpl implements RegionLink {
	/**
	 * The cached value of the '{@link #getRegionA() <em>Region A</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegionA()
	 * @generated
	 * @ordered
	 */
	protected NetworkRegion regionA;

	/**
	 * The cached value of the '{@link #getRegionB() <em>Region B</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegionB()
	 * @generated
	 * @ordered
	 */
	protected NetworkRegion regionB;

	/**
	 * The cached value of the '{@link #getBandwidthPolicy() <em>Bandwidth Policy</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBandwidthPolicy()
	 * @generated
	 * @ordered
	 */
	protected BandwidthPolicyProfile bandwidthPolicy;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RegionLinkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.REGION_LINK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkRegion getRegionA() {
		if (regionA != null && regionA.eIsProxy()) {
			InternalEObject oldRegionA = (InternalEObject)regionA;
			regionA = (NetworkRegion)eResolveProxy(oldRegionA);
			if (regionA != oldRegionA) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.REGION_LINK__REGION_A, oldRegionA, regionA));
			}
		}
		return regionA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NetworkRegion basicGetRegionA() {
		return regionA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegionA(NetworkRegion newRegionA) {
		NetworkRegion oldRegionA = regionA;
		regionA = newRegionA;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.REGION_LINK__REGION_A, oldRegionA, regionA));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkRegion getRegionB() {
		if (regionB != null && regionB.eIsProxy()) {
			InternalEObject oldRegionB = (InternalEObject)regionB;
			regionB = (NetworkRegion)eResolveProxy(oldRegionB);
			if (regionB != oldRegionB) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.REGION_LINK__REGION_B, oldRegionB, regionB));
			}
		}
		return regionB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NetworkRegion basicGetRegionB() {
		return regionB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegionB(NetworkRegion newRegionB) {
		NetworkRegion oldRegionB = regionB;
		regionB = newRegionB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.REGION_LINK__REGION_B, oldRegionB, regionB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BandwidthPolicyProfile getBandwidthPolicy() {
		if (bandwidthPolicy != null && bandwidthPolicy.eIsProxy()) {
			InternalEObject oldBandwidthPolicy = (InternalEObject)bandwidthPolicy;
			bandwidthPolicy = (BandwidthPolicyProfile)eResolveProxy(oldBandwidthPolicy);
			if (bandwidthPolicy != oldBandwidthPolicy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.REGION_LINK__BANDWIDTH_POLICY, oldBandwidthPolicy, bandwidthPolicy));
			}
		}
		return bandwidthPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BandwidthPolicyProfile basicGetBandwidthPolicy() {
		return bandwidthPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBandwidthPolicy(BandwidthPolicyProfile newBandwidthPolicy) {
		BandwidthPolicyProfile oldBandwidthPolicy = bandwidthPolicy;
		bandwidthPolicy = newBandwidthPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.REGION_LINK__BANDWIDTH_POLICY, oldBandwidthPolicy, bandwidthPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.REGION_LINK__REGION_A:
				if (resolve) return getRegionA();
				return basicGetRegionA();
			case TopologyPackage.REGION_LINK__REGION_B:
				if (resolve) return getRegionB();
				return basicGetRegionB();
			case TopologyPackage.REGION_LINK__BANDWIDTH_POLICY:
				if (resolve) return getBandwidthPolicy();
				return basicGetBandwidthPolicy();
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
			case TopologyPackage.REGION_LINK__REGION_A:
				setRegionA((NetworkRegion)newValue);
				return;
			case TopologyPackage.REGION_LINK__REGION_B:
				setRegionB((NetworkRegion)newValue);
				return;
			case TopologyPackage.REGION_LINK__BANDWIDTH_POLICY:
				setBandwidthPolicy((BandwidthPolicyProfile)newValue);
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
			case TopologyPackage.REGION_LINK__REGION_A:
				setRegionA((NetworkRegion)null);
				return;
			case TopologyPackage.REGION_LINK__REGION_B:
				setRegionB((NetworkRegion)null);
				return;
			case TopologyPackage.REGION_LINK__BANDWIDTH_POLICY:
				setBandwidthPolicy((BandwidthPolicyProfile)null);
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
			case TopologyPackage.REGION_LINK__REGION_A:
				return regionA != null;
			case TopologyPackage.REGION_LINK__REGION_B:
				return regionB != null;
			case TopologyPackage.REGION_LINK__BANDWIDTH_POLICY:
				return bandwidthPolicy != null;
		}
		return super.eIsSet(featureID);
	}

} //RegionLinkImpl
