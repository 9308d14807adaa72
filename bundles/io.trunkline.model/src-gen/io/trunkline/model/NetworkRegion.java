/**
 */
package io.trunkline.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Network Region</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A network region of call admission control: "CAC requires that a Skype for Business Server central site is defined for each network region" [CAC] (MB-09).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.trunkline.model.NetworkRegion#getCentralSite <em>Central Site</em>}</li>
 * </ul>
 *
 * @see io.trunkline.model.TopologyPackage#getNetworkRegion()
 * @model
 * @generated
 */
public interface NetworkRegion extends Element {
	/**
	 * Returns the value of the '<em><b>Central Site</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The central site that manages the region's call admission control [CAC] (MB-09).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Central Site</em>' reference.
	 * @see #setCentralSite(CentralSite)
	 * @see io.trunkline.model.TopologyPackage#getNetworkRegion_CentralSite()
	 * @model
	 * @generated
	 */
	CentralSite getCentralSite();

	/**
	 * Sets the value of the '{@link io.trunkline.model.NetworkRegion#getCentralSite <em>Central Site</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Central Site</em>' reference.
	 * @see #getCentralSite()
	 * @generated
	 */
	void setCentralSite(CentralSite value);

} // NetworkRegion
