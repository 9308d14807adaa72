/**
 */
package io.trunkline.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Edge Pool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An Edge pool giving remote users PSTN access [DMS, UMU].
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.trunkline.model.EdgePool#getConcurrentRemoteUsers <em>Concurrent Remote Users</em>}</li>
 *   <li>{@link io.trunkline.model.EdgePool#isDnsLoadBalancing <em>Dns Load Balancing</em>}</li>
 *   <li>{@link io.trunkline.model.EdgePool#isHardwareLoadBalancing <em>Hardware Load Balancing</em>}</li>
 * </ul>
 *
 * @see io.trunkline.model.TopologyPackage#getEdgePool()
 * @model
 * @generated
 */
public interface EdgePool extends Pool {
	/**
	 * Returns the value of the '<em><b>Concurrent Remote Users</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Remote users who access the site through this Edge pool at the same time; "one Edge Server for every 12,000 remote users who will access a site concurrently" [UMU] (CS-10).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Concurrent Remote Users</em>' attribute.
	 * @see #setConcurrentRemoteUsers(int)
	 * @see io.trunkline.model.TopologyPackage#getEdgePool_ConcurrentRemoteUsers()
	 * @model default="0"
	 * @generated
	 */
	int getConcurrentRemoteUsers();

	/**
	 * Sets the value of the '{@link io.trunkline.model.EdgePool#getConcurrentRemoteUsers <em>Concurrent Remote Users</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Concurrent Remote Users</em>' attribute.
	 * @see #getConcurrentRemoteUsers()
	 * @generated
	 */
	void setConcurrentRemoteUsers(int value);

	/**
	 * Returns the value of the '<em><b>Dns Load Balancing</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the pool uses DNS load balancing; on by default as for Front End pools, since a pool of several Edge Servers needs load balancing [LB] (CS-09).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dns Load Balancing</em>' attribute.
	 * @see #setDnsLoadBalancing(boolean)
	 * @see io.trunkline.model.TopologyPackage#getEdgePool_DnsLoadBalancing()
	 * @model default="true"
	 * @generated
	 */
	boolean isDnsLoadBalancing();

	/**
	 * Sets the value of the '{@link io.trunkline.model.EdgePool#isDnsLoadBalancing <em>Dns Load Balancing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dns Load Balancing</em>' attribute.
	 * @see #isDnsLoadBalancing()
	 * @generated
	 */
	void setDnsLoadBalancing(boolean value);

	/**
	 * Returns the value of the '<em><b>Hardware Load Balancing</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether a hardware load balancer fronts the pool [LB] (CS-09).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hardware Load Balancing</em>' attribute.
	 * @see #setHardwareLoadBalancing(boolean)
	 * @see io.trunkline.model.TopologyPackage#getEdgePool_HardwareLoadBalancing()
	 * @model default="false"
	 * @generated
	 */
	boolean isHardwareLoadBalancing();

	/**
	 * Sets the value of the '{@link io.trunkline.model.EdgePool#isHardwareLoadBalancing <em>Hardware Load Balancing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hardware Load Balancing</em>' attribute.
	 * @see #isHardwareLoadBalancing()
	 * @generated
	 */
	void setHardwareLoadBalancing(boolean value);

} // EdgePool
