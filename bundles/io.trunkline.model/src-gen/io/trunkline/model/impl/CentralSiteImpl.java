/**
 */
package io.trunkline.model.impl;

import io.trunkline.model.BranchSite;
import io.trunkline.model.CentralSite;
import io.trunkline.model.DirectorPool;
import io.trunkline.model.EdgePool;
import io.trunkline.model.FrontEndPool;
import io.trunkline.model.TopologyPackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Central Site</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.trunkline.model.impl.CentralSiteImpl#getSiteId <em>Site Id</em>}</li>
 *   <li>{@link io.trunkline.model.impl.CentralSiteImpl#getFrontEndPools <em>Front End Pools</em>}</li>
 *   <li>{@link io.trunkline.model.impl.CentralSiteImpl#getDirectorPools <em>Director Pools</em>}</li>
 *   <li>{@link io.trunkline.model.impl.CentralSiteImpl#getEdgePools <em>Edge Pools</em>}</li>
 *   <li>{@link io.trunkline.model.impl.CentralSiteImpl#getBranchSites <em>Branch Sites</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CentralSiteImpl extends SiteImpl implements CentralSite {
	/**
	 * The default value of the '{@link #getSiteId() <em>Site Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSiteId()
	 * @generated
	 * @ordered
	 */
	protected static final int SITE_ID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSiteId() <em>Site Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSiteId()
	 * @generated
	 * @ordered
	 */
	protected int siteId = SITE_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFrontEndPools() <em>Front End Pools</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrontEndPools()
	 * @generated
	 * @ordered
	 */
	protected EList<FrontEndPool> frontEndPools;

	/**
	 * The cached value of the '{@link #getDirectorPools() <em>Director Pools</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirectorPools()
	 * @generated
	 * @ordered
	 */
	protected EList<DirectorPool> directorPools;

	/**
	 * The cached value of the '{@link #getEdgePools() <em>Edge Pools</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEdgePools()
	 * @generated
	 * @ordered
	 */
	protected EList<EdgePool> edgePools;

	/**
	 * The cached value of the '{@link #getBranchSites() <em>Branch Sites</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBranchSites()
	 * @generated
	 * @ordered
	 */
	protected EList<BranchSite> branchSites;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CentralSiteImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.CENTRAL_SITE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSiteId() {
		return siteId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSiteId(int newSiteId) {
		int oldSiteId = siteId;
		siteId = newSiteId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.CENTRAL_SITE__SITE_ID, oldSiteId, siteId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FrontEndPool> getFrontEndPools() {
		if (frontEndPools == null) {
			frontEndPools = new EObjectContainmentEList<FrontEndPool>(FrontEndPool.class, this, TopologyPackage.CENTRAL_SITE__FRONT_END_POOLS);
		}
		return frontEndPools;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DirectorPool> getDirectorPools() {
		if (directorPools == null) {
			directorPools = new EObjectContainmentEList<DirectorPool>(DirectorPool.class, this, TopologyPackage.CENTRAL_SITE__DIRECTOR_POOLS);
		}
		return directorPools;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EdgePool> getEdgePools() {
		if (edgePools == null) {
			edgePools = new EObjectContainmentEList<EdgePool>(EdgePool.class, this, TopologyPackage.CENTRAL_SITE__EDGE_POOLS);
		}
		return edgePools;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BranchSite> getBranchSites() {
		if (branchSites == null) {
			branchSites = new EObjectContainmentEList<BranchSite>(BranchSite.class, this, TopologyPackage.CENTRAL_SITE__BRANCH_SITES);
		}
		return branchSites;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TopologyPackage.CENTRAL_SITE__FRONT_END_POOLS:
				return ((InternalEList<?>)getFrontEndPools()).basicRemove(otherEnd, msgs);
			case TopologyPackage.CENTRAL_SITE__DIRECTOR_POOLS:
				return ((InternalEList<?>)getDirectorPools()).basicRemove(otherEnd, msgs);
			case TopologyPackage.CENTRAL_SITE__EDGE_POOLS:
				return ((InternalEList<?>)getEdgePools()).basicRemove(otherEnd, msgs);
			case TopologyPackage.CENTRAL_SITE__BRANCH_SITES:
				return ((InternalEList<?>)getBranchSites()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.CENTRAL_SITE__SITE_ID:
				return getSiteId();
			case TopologyPackage.CENTRAL_SITE__FRONT_END_POOLS:
				return getFrontEndPools();
			case TopologyPackage.CENTRAL_SITE__DIRECTOR_POOLS:
				return getDirectorPools();
			case TopologyPackage.CENTRAL_SITE__EDGE_POOLS:
				return getEdgePools();
			case TopologyPackage.CENTRAL_SITE__BRANCH_SITES:
				return getBranchSites();
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
			case TopologyPackage.CENTRAL_SITE__SITE_ID:
				setSiteId((Integer)newValue);
				return;
			case TopologyPackage.CENTRAL_SITE__FRONT_END_POOLS:
				getFrontEndPools().clear();
				getFrontEndPools().addAll((Collection<? extends FrontEndPool>)newValue);
				return;
			case TopologyPackage.CENTRAL_SITE__DIRECTOR_POOLS:
				getDirectorPools().clear();
				getDirectorPools().addAll((Collection<? extends DirectorPool>)newValue);
				return;
			case TopologyPackage.CENTRAL_SITE__EDGE_POOLS:
				getEdgePools().clear();
				getEdgePools().addAll((Collection<? extends EdgePool>)newValue);
				return;
			case TopologyPackage.CENTRAL_SITE__BRANCH_SITES:
				getBranchSites().clear();
				getBranchSites().addAll((Collection<? extends BranchSite>)newValue);
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
			case TopologyPackage.CENTRAL_SITE__SITE_ID:
				setSiteId(SITE_ID_EDEFAULT);
				return;
			case TopologyPackage.CENTRAL_SITE__FRONT_END_POOLS:
				getFrontEndPools().clear();
				return;
			case TopologyPackage.CENTRAL_SITE__DIRECTOR_POOLS:
				getDirectorPools().clear();
				return;
			case TopologyPackage.CENTRAL_SITE__EDGE_POOLS:
				getEdgePools().clear();
				return;
			case TopologyPackage.CENTRAL_SITE__BRANCH_SITES:
				getBranchSites().clear();
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
			case TopologyPackage.CENTRAL_SITE__SITE_ID:
				return siteId != SITE_ID_EDEFAULT;
			case TopologyPackage.CENTRAL_SITE__FRONT_END_POOLS:
				return frontEndPools != null && !frontEndPools.isEmpty();
			case TopologyPackage.CENTRAL_SITE__DIRECTOR_POOLS:
				return directorPools != null && !directorPools.isEmpty();
			case TopologyPackage.CENTRAL_SITE__EDGE_POOLS:
				return edgePools != null && !edgePools.isEmpty();
			case TopologyPackage.CENTRAL_SITE__BRANCH_SITES:
				return branchSites != null && !branchSites.isEmpty();
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
		result.append(" (siteId: ");
		result.append(siteId);
		result.append(')');
		return result.toString();
	}

} //CentralSiteImpl
