/**
 */
package io.trunkline.model.impl;

import io.trunkline.model.BandwidthPolicyProfile;
import io.trunkline.model.NetworkRegion;
import io.trunkline.model.NetworkSite;
import io.trunkline.model.Site;
import io.trunkline.model.TopologyPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Network Site</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.trunkline.model.impl.NetworkSiteImpl#getRegion <em>Region</em>}</li>
 *   <li>{@link io.trunkline.model.impl.NetworkSiteImpl#getSite <em>Site</em>}</li>
 *   <li>{@link io.trunkline.model.impl.NetworkSiteImpl#getBandwidthPolicy <em>Bandwidth Policy</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NetworkSiteImpl extends ElementImpl implements NetworkSite {
	/**
	 * The cached value of the '{@link #getRegion() <em>Region</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected NetworkRegion region;

	/**
	 * The cached value of the '{@link #getSite() <em>Site</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSite()
	 * @generated
	 * @ordered
	 */
	protected Site site;

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
	protected NetworkSiteImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.NETWORK_SITE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkRegion getRegion() {
		if (region != null && region.eIsProxy()) {
			InternalEObject oldRegion = (InternalEObject)region;
			region = (NetworkRegion)eResolveProxy(oldRegion);
			if (region != oldRegion) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.NETWORK_SITE__REGION, oldRegion, region));
			}
		}
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NetworkRegion basicGetRegion() {
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegion(NetworkRegion newRegion) {
		NetworkRegion oldRegion = region;
		region = newRegion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.NETWORK_SITE__REGION, oldRegion, region));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Site getSite() {
		if (site != null && site.eIsProxy()) {
			InternalEObject oldSite = (InternalEObject)site;
			site = (Site)eResolveProxy(oldSite);
			if (site != oldSite) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.NETWORK_SITE__SITE, oldSite, site));
			}
		}
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Site basicGetSite() {
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSite(Site newSite) {
		Site oldSite = site;
		site = newSite;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.NETWORK_SITE__SITE, oldSite, site));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.NETWORK_SITE__BANDWIDTH_POLICY, oldBandwidthPolicy, bandwidthPolicy));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.NETWORK_SITE__BANDWIDTH_POLICY, oldBandwidthPolicy, bandwidthPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.NETWORK_SITE__REGION:
				if (resolve) return getRegion();
				return basicGetRegion();
			case TopologyPackage.NETWORK_SITE__SITE:
				if (resolve) return getSite();
				return basicGetSite();
			case TopologyPackage.NETWORK_SITE__BANDWIDTH_POLICY:
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
			case TopologyPackage.NETWORK_SITE__REGION:
				setRegion((NetworkRegion)newValue);
				return;
			case TopologyPackage.NETWORK_SITE__SITE:
				setSite((Site)newValue);
				return;
			case TopologyPackage.NETWORK_SITE__BANDWIDTH_POLICY:
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
			case TopologyPackage.NETWORK_SITE__REGION:
				setRegion((NetworkRegion)null);
				return;
			case TopologyPackage.NETWORK_SITE__SITE:
				setSite((Site)null);
				return;
			case TopologyPackage.NETWORK_SITE__BANDWIDTH_POLICY:
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
			case TopologyPackage.NETWORK_SITE__REGION:
				return region != null;
			case TopologyPackage.NETWORK_SITE__SITE:
				return site != null;
			case TopologyPackage.NETWORK_SITE__BANDWIDTH_POLICY:
				return bandwidthPolicy != null;
		}
		return super.eIsSet(featureID);
	}

} //NetworkSiteImpl
