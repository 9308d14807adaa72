/**
 */
package io.trunkline.model.impl;

import io.trunkline.model.NetworkRegion;
import io.trunkline.model.RegionLink;
import io.trunkline.model.RegionRoute;
import io.trunkline.model.TopologyPackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Region Route</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.trunkline.model.impl.RegionRouteImpl#getRegionA <em>Region A</em>}</li>
 *   <li>{@link io.trunkline.model.impl.RegionRouteImpl#getRegionB <em>Region B</em>}</li>
 *   <li>{@link io.trunkline.model.impl.RegionRouteImpl#getLinks <em>Links</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RegionRouteImpl extends ElementImpl implements RegionRoute {
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
	 * The cached value of the '{@link #getLinks() <em>Links</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinks()
	 * @generated
	 * @ordered
	 */
	protected EList<RegionLink> links;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RegionRouteImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.REGION_ROUTE;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.REGION_ROUTE__REGION_A, oldRegionA, regionA));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.REGION_ROUTE__REGION_A, oldRegionA, regionA));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.REGION_ROUTE__REGION_B, oldRegionB, regionB));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.REGION_ROUTE__REGION_B, oldRegionB, regionB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RegionLink> getLinks() {
		if (links == null) {
			links = new EObjectResolvingEList<RegionLink>(RegionLink.class, this, TopologyPackage.REGION_ROUTE__LINKS);
		}
		return links;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.REGION_ROUTE__REGION_A:
				if (resolve) return getRegionA();
				return basicGetRegionA();
			case TopologyPackage.REGION_ROUTE__REGION_B:
				if (resolve) return getRegionB();
				return basicGetRegionB();
			case TopologyPackage.REGION_ROUTE__LINKS:
				return getLinks();
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
			case TopologyPackage.REGION_ROUTE__REGION_A:
				setRegionA((NetworkRegion)newValue);
				return;
			case TopologyPackage.REGION_ROUTE__REGION_B:
				setRegionB((NetworkRegion)newValue);
				return;
			case TopologyPackage.REGION_ROUTE__LINKS:
				getLinks().clear();
				getLinks().addAll((Collection<? extends RegionLink>)newValue);
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
			case TopologyPackage.REGION_ROUTE__REGION_A:
				setRegionA((NetworkRegion)null);
				return;
			case TopologyPackage.REGION_ROUTE__REGION_B:
				setRegionB((NetworkRegion)null);
				return;
			case TopologyPackage.REGION_ROUTE__LINKS:
				getLinks().clear();
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
			case TopologyPackage.REGION_ROUTE__REGION_A:
				return regionA != null;
			case TopologyPackage.REGION_ROUTE__REGION_B:
				return regionB != null;
			case TopologyPackage.REGION_ROUTE__LINKS:
				return links != null && !links.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //RegionRouteImpl
