/**
 */
package io.trunkline.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Central Site</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A central site: at least one Standard Edition server or Front End pool [TB].
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.trunkline.model.CentralSite#getSiteId <em>Site Id</em>}</li>
 *   <li>{@link io.trunkline.model.CentralSite#getFrontEndPools <em>Front End Pools</em>}</li>
 *   <li>{@link io.trunkline.model.CentralSite#getDirectorPools <em>Director Pools</em>}</li>
 *   <li>{@link io.trunkline.model.CentralSite#getEdgePools <em>Edge Pools</em>}</li>
 *   <li>{@link io.trunkline.model.CentralSite#getBranchSites <em>Branch Sites</em>}</li>
 * </ul>
 *
 * @see io.trunkline.model.TopologyPackage#getCentralSite()
 * @model
 * @generated
 */
public interface CentralSite extends Site {
	/**
	 * Returns the value of the '<em><b>Site Id</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Topology Builder site number (XML CentralSite/@SiteId, domain-catalogue.md §5).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Site Id</em>' attribute.
	 * @see #setSiteId(int)
	 * @see io.trunkline.model.TopologyPackage#getCentralSite_SiteId()
	 * @model default="0"
	 * @generated
	 */
	int getSiteId();

	/**
	 * Sets the value of the '{@link io.trunkline.model.CentralSite#getSiteId <em>Site Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Site Id</em>' attribute.
	 * @see #getSiteId()
	 * @generated
	 */
	void setSiteId(int value);

	/**
	 * Returns the value of the '<em><b>Front End Pools</b></em>' containment reference list.
	 * The list contents are of type {@link io.trunkline.model.FrontEndPool}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Front End pools and Standard Edition servers; each central site needs one [TB, EVR].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Front End Pools</em>' containment reference list.
	 * @see io.trunkline.model.TopologyPackage#getCentralSite_FrontEndPools()
	 * @model containment="true"
	 * @generated
	 */
	EList<FrontEndPool> getFrontEndPools();

	/**
	 * Returns the value of the '<em><b>Director Pools</b></em>' containment reference list.
	 * The list contents are of type {@link io.trunkline.model.DirectorPool}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Director pools [TB].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Director Pools</em>' containment reference list.
	 * @see io.trunkline.model.TopologyPackage#getCentralSite_DirectorPools()
	 * @model containment="true"
	 * @generated
	 */
	EList<DirectorPool> getDirectorPools();

	/**
	 * Returns the value of the '<em><b>Edge Pools</b></em>' containment reference list.
	 * The list contents are of type {@link io.trunkline.model.EdgePool}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Edge pools [UMU].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Edge Pools</em>' containment reference list.
	 * @see io.trunkline.model.TopologyPackage#getCentralSite_EdgePools()
	 * @model containment="true"
	 * @generated
	 */
	EList<EdgePool> getEdgePools();

	/**
	 * Returns the value of the '<em><b>Branch Sites</b></em>' containment reference list.
	 * The list contents are of type {@link io.trunkline.model.BranchSite}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Branch sites; each belongs to exactly one central site [TB, L13-SBA].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Branch Sites</em>' containment reference list.
	 * @see io.trunkline.model.TopologyPackage#getCentralSite_BranchSites()
	 * @model containment="true"
	 * @generated
	 */
	EList<BranchSite> getBranchSites();

} // CentralSite
