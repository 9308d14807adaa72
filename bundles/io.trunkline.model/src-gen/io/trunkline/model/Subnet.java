/**
 */
package io.trunkline.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Subnet</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An IP subnet: "you must associate all routable subnets with the sites in which they are located" [MB] (MB-05).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.trunkline.model.Subnet#getAddress <em>Address</em>}</li>
 *   <li>{@link io.trunkline.model.Subnet#getMaskBits <em>Mask Bits</em>}</li>
 *   <li>{@link io.trunkline.model.Subnet#getNetworkSite <em>Network Site</em>}</li>
 * </ul>
 *
 * @see io.trunkline.model.TopologyPackage#getSubnet()
 * @model
 * @generated
 */
public interface Subnet extends Element {
	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Subnet address, e.g. 10.1.0.0 (SubnetID) [CAC].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see io.trunkline.model.TopologyPackage#getSubnet_Address()
	 * @model
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link io.trunkline.model.Subnet#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>Mask Bits</b></em>' attribute.
	 * The default value is <code>"24"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Prefix length in bits (MaskBits); /24 is where a new subnet starts [CAC].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mask Bits</em>' attribute.
	 * @see #setMaskBits(int)
	 * @see io.trunkline.model.TopologyPackage#getSubnet_MaskBits()
	 * @model default="24"
	 * @generated
	 */
	int getMaskBits();

	/**
	 * Sets the value of the '{@link io.trunkline.model.Subnet#getMaskBits <em>Mask Bits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mask Bits</em>' attribute.
	 * @see #getMaskBits()
	 * @generated
	 */
	void setMaskBits(int value);

	/**
	 * Returns the value of the '<em><b>Network Site</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The network site the subnet is in [MB] (MB-05).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Network Site</em>' reference.
	 * @see #setNetworkSite(NetworkSite)
	 * @see io.trunkline.model.TopologyPackage#getSubnet_NetworkSite()
	 * @model
	 * @generated
	 */
	NetworkSite getNetworkSite();

	/**
	 * Sets the value of the '{@link io.trunkline.model.Subnet#getNetworkSite <em>Network Site</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Network Site</em>' reference.
	 * @see #getNetworkSite()
	 * @generated
	 */
	void setNetworkSite(NetworkSite value);

} // Subnet
