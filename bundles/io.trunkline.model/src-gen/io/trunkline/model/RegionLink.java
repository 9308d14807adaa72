/**
 */
package io.trunkline.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Region Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A network link between two network regions [CAC].
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.trunkline.model.RegionLink#getRegionA <em>Region A</em>}</li>
 *   <li>{@link io.trunkline.model.RegionLink#getRegionB <em>Region B</em>}</li>
 *   <li>{@link io.trunkline.model.RegionLink#getBandwidthPolicy <em>Bandwidth Policy</em>}</li>
 * </ul>
 *
 * @see io.trunkline.model.TopologyPackage#getRegionLink()
 * @model
 * @generated
 */
public interface RegionLink extends Element {
	/**
	 * Returns the value of the '<em><b>Region A</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One end.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Region A</em>' reference.
	 * @see #setRegionA(NetworkRegion)
	 * @see io.trunkline.model.TopologyPackage#getRegionLink_RegionA()
	 * @model required="true"
	 * @generated
	 */
	NetworkRegion getRegionA();

	/**
	 * Sets the value of the '{@link io.trunkline.model.RegionLink#getRegionA <em>Region A</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region A</em>' reference.
	 * @see #getRegionA()
	 * @generated
	 */
	void setRegionA(NetworkRegion value);

	/**
	 * Returns the value of the '<em><b>Region B</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The other end.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Region B</em>' reference.
	 * @see #setRegionB(NetworkRegion)
	 * @see io.trunkline.model.TopologyPackage#getRegionLink_RegionB()
	 * @model required="true"
	 * @generated
	 */
	NetworkRegion getRegionB();

	/**
	 * Sets the value of the '{@link io.trunkline.model.RegionLink#getRegionB <em>Region B</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region B</em>' reference.
	 * @see #getRegionB()
	 * @generated
	 */
	void setRegionB(NetworkRegion value);

	/**
	 * Returns the value of the '<em><b>Bandwidth Policy</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The bandwidth policy that limits the link [CAC].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bandwidth Policy</em>' reference.
	 * @see #setBandwidthPolicy(BandwidthPolicyProfile)
	 * @see io.trunkline.model.TopologyPackage#getRegionLink_BandwidthPolicy()
	 * @model
	 * @generated
	 */
	BandwidthPolicyProfile getBandwidthPolicy();

	/**
	 * Sets the value of the '{@link io.trunkline.model.RegionLink#getBandwidthPolicy <em>Bandwidth Policy</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bandwidth Policy</em>' reference.
	 * @see #getBandwidthPolicy()
	 * @generated
	 */
	void setBandwidthPolicy(BandwidthPolicyProfile value);

} // RegionLink
