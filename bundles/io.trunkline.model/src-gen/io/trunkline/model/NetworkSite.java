/**
 */
package io.trunkline.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Network Site</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A network site of call admission control, made of subnets: "You must associate every network site with a network region" [CAC] (MB-09).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.trunkline.model.NetworkSite#getRegion <em>Region</em>}</li>
 *   <li>{@link io.trunkline.model.NetworkSite#getSite <em>Site</em>}</li>
 *   <li>{@link io.trunkline.model.NetworkSite#getBandwidthPolicy <em>Bandwidth Policy</em>}</li>
 * </ul>
 *
 * @see io.trunkline.model.TopologyPackage#getNetworkSite()
 * @model
 * @generated
 */
public interface NetworkSite extends Element {
	/**
	 * Returns the value of the '<em><b>Region</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The network region it belongs to; exactly one [CAC] (MB-09).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Region</em>' reference.
	 * @see #setRegion(NetworkRegion)
	 * @see io.trunkline.model.TopologyPackage#getNetworkSite_Region()
	 * @model
	 * @generated
	 */
	NetworkRegion getRegion();

	/**
	 * Sets the value of the '{@link io.trunkline.model.NetworkSite#getRegion <em>Region</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' reference.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(NetworkRegion value);

	/**
	 * Returns the value of the '<em><b>Site</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Skype for Business site at this network location, when there is one [CAC].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Site</em>' reference.
	 * @see #setSite(Site)
	 * @see io.trunkline.model.TopologyPackage#getNetworkSite_Site()
	 * @model
	 * @generated
	 */
	Site getSite();

	/**
	 * Sets the value of the '{@link io.trunkline.model.NetworkSite#getSite <em>Site</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Site</em>' reference.
	 * @see #getSite()
	 * @generated
	 */
	void setSite(Site value);

	/**
	 * Returns the value of the '<em><b>Bandwidth Policy</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The bandwidth policy that limits calls in and out of the network site [CAC].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bandwidth Policy</em>' reference.
	 * @see #setBandwidthPolicy(BandwidthPolicyProfile)
	 * @see io.trunkline.model.TopologyPackage#getNetworkSite_BandwidthPolicy()
	 * @model
	 * @generated
	 */
	BandwidthPolicyProfile getBandwidthPolicy();

	/**
	 * Sets the value of the '{@link io.trunkline.model.NetworkSite#getBandwidthPolicy <em>Bandwidth Policy</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bandwidth Policy</em>' reference.
	 * @see #getBandwidthPolicy()
	 * @generated
	 */
	void setBandwidthPolicy(BandwidthPolicyProfile value);

} // NetworkSite
