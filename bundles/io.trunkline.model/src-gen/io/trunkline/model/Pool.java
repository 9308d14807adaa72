/**
 */
package io.trunkline.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A pool of servers identified by its FQDN.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.trunkline.model.Pool#getFqdn <em>Fqdn</em>}</li>
 *   <li>{@link io.trunkline.model.Pool#getServers <em>Servers</em>}</li>
 *   <li>{@link io.trunkline.model.Pool#getIpAddresses <em>Ip Addresses</em>}</li>
 * </ul>
 *
 * @see io.trunkline.model.TopologyPackage#getPool()
 * @model abstract="true"
 * @generated
 */
public interface Pool extends Element {
	/**
	 * Returns the value of the '<em><b>Fqdn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fully qualified domain name of the pool (XML Cluster/@Fqdn).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fqdn</em>' attribute.
	 * @see #setFqdn(String)
	 * @see io.trunkline.model.TopologyPackage#getPool_Fqdn()
	 * @model
	 * @generated
	 */
	String getFqdn();

	/**
	 * Sets the value of the '{@link io.trunkline.model.Pool#getFqdn <em>Fqdn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fqdn</em>' attribute.
	 * @see #getFqdn()
	 * @generated
	 */
	void setFqdn(String value);

	/**
	 * Returns the value of the '<em><b>Servers</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of servers in the pool.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Servers</em>' attribute.
	 * @see #setServers(int)
	 * @see io.trunkline.model.TopologyPackage#getPool_Servers()
	 * @model default="1"
	 * @generated
	 */
	int getServers();

	/**
	 * Sets the value of the '{@link io.trunkline.model.Pool#getServers <em>Servers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Servers</em>' attribute.
	 * @see #getServers()
	 * @generated
	 */
	void setServers(int value);

	/**
	 * Returns the value of the '<em><b>Ip Addresses</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IP addresses of the pool's servers (XML NetInterface, domain-catalogue.md §1.2 Machine and §5); no two elements may use the same one (ID-02, inferred).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ip Addresses</em>' attribute list.
	 * @see io.trunkline.model.TopologyPackage#getPool_IpAddresses()
	 * @model
	 * @generated
	 */
	EList<String> getIpAddresses();

} // Pool
