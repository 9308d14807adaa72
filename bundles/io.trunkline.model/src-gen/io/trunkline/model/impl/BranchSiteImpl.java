/**
 */
package io.trunkline.model.impl;

import io.trunkline.model.BranchSite;
import io.trunkline.model.SurvivableBranch;
import io.trunkline.model.TopologyPackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Branch Site</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.trunkline.model.impl.BranchSiteImpl#getSurvivableBranches <em>Survivable Branches</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BranchSiteImpl extends SiteImpl implements BranchSite {
	/**
	 * The cached value of the '{@link #getSurvivableBranches() <em>Survivable Branches</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSurvivableBranches()
	 * @generated
	 * @ordered
	 */
	protected EList<SurvivableBranch> survivableBranches;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BranchSiteImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.BRANCH_SITE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SurvivableBranch> getSurvivableBranches() {
		if (survivableBranches == null) {
			survivableBranches = new EObjectContainmentEList<SurvivableBranch>(SurvivableBranch.class, this, TopologyPackage.BRANCH_SITE__SURVIVABLE_BRANCHES);
		}
		return survivableBranches;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TopologyPackage.BRANCH_SITE__SURVIVABLE_BRANCHES:
				return ((InternalEList<?>)getSurvivableBranches()).basicRemove(otherEnd, msgs);
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
			case TopologyPackage.BRANCH_SITE__SURVIVABLE_BRANCHES:
				return getSurvivableBranches();
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
			case TopologyPackage.BRANCH_SITE__SURVIVABLE_BRANCHES:
				getSurvivableBranches().clear();
				getSurvivableBranches().addAll((Collection<? extends SurvivableBranch>)newValue);
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
			case TopologyPackage.BRANCH_SITE__SURVIVABLE_BRANCHES:
				getSurvivableBranches().clear();
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
			case TopologyPackage.BRANCH_SITE__SURVIVABLE_BRANCHES:
				return survivableBranches != null && !survivableBranches.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //BranchSiteImpl
