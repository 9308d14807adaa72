/**
 */
package io.trunkline.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Branch Site</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A branch site that depends on its central site for most functionality [TB].
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.trunkline.model.BranchSite#getSurvivableBranches <em>Survivable Branches</em>}</li>
 * </ul>
 *
 * @see io.trunkline.model.TopologyPackage#getBranchSite()
 * @model
 * @generated
 */
public interface BranchSite extends Site {
	/**
	 * Returns the value of the '<em><b>Survivable Branches</b></em>' containment reference list.
	 * The list contents are of type {@link io.trunkline.model.SurvivableBranch}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Survivable Branch Appliances or Servers; at most two SBAs per branch [EVR].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Survivable Branches</em>' containment reference list.
	 * @see io.trunkline.model.TopologyPackage#getBranchSite_SurvivableBranches()
	 * @model containment="true"
	 * @generated
	 */
	EList<SurvivableBranch> getSurvivableBranches();

} // BranchSite
