/**
 */
package io.trunkline.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mediation Pool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A Mediation Server pool, collocated or stand-alone (domain.md §1, [MED], [DMS]).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.trunkline.model.MediationPool#getKind <em>Kind</em>}</li>
 *   <li>{@link io.trunkline.model.MediationPool#getCollocatedWith <em>Collocated With</em>}</li>
 *   <li>{@link io.trunkline.model.MediationPool#getNextHop <em>Next Hop</em>}</li>
 *   <li>{@link io.trunkline.model.MediationPool#getEdgePool <em>Edge Pool</em>}</li>
 *   <li>{@link io.trunkline.model.MediationPool#isHyperThreading <em>Hyper Threading</em>}</li>
 *   <li>{@link io.trunkline.model.MediationPool#getTlsPortFirst <em>Tls Port First</em>}</li>
 *   <li>{@link io.trunkline.model.MediationPool#getTlsPortLast <em>Tls Port Last</em>}</li>
 *   <li>{@link io.trunkline.model.MediationPool#isTcpEnabled <em>Tcp Enabled</em>}</li>
 *   <li>{@link io.trunkline.model.MediationPool#getTcpPortFirst <em>Tcp Port First</em>}</li>
 *   <li>{@link io.trunkline.model.MediationPool#getTcpPortLast <em>Tcp Port Last</em>}</li>
 *   <li>{@link io.trunkline.model.MediationPool#getFrontEndPort <em>Front End Port</em>}</li>
 *   <li>{@link io.trunkline.model.MediationPool#isDnsLoadBalancing <em>Dns Load Balancing</em>}</li>
 *   <li>{@link io.trunkline.model.MediationPool#getTrunks <em>Trunks</em>}</li>
 * </ul>
 *
 * @see io.trunkline.model.TopologyPackage#getMediationPool()
 * @model
 * @generated
 */
public interface MediationPool extends Pool {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"STANDALONE"</code>.
	 * The literals are from the enumeration {@link io.trunkline.model.MediationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Collocated or stand-alone [MED].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.trunkline.model.MediationKind
	 * @see #setKind(MediationKind)
	 * @see io.trunkline.model.TopologyPackage#getMediationPool_Kind()
	 * @model default="STANDALONE"
	 * @generated
	 */
	MediationKind getKind();

	/**
	 * Sets the value of the '{@link io.trunkline.model.MediationPool#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.trunkline.model.MediationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(MediationKind value);

	/**
	 * Returns the value of the '<em><b>Collocated With</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Front End pool, Standard Edition server or SBA hosting a collocated Mediation Server [MED].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Collocated With</em>' reference.
	 * @see #setCollocatedWith(Pool)
	 * @see io.trunkline.model.TopologyPackage#getMediationPool_CollocatedWith()
	 * @model
	 * @generated
	 */
	Pool getCollocatedWith();

	/**
	 * Sets the value of the '{@link io.trunkline.model.MediationPool#getCollocatedWith <em>Collocated With</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Collocated With</em>' reference.
	 * @see #getCollocatedWith()
	 * @generated
	 */
	void setCollocatedWith(Pool value);

	/**
	 * Returns the value of the '<em><b>Next Hop</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Next hop towards the Front End; a Front End pool or SE server, never a Director [DMS, TBH-MS].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Next Hop</em>' reference.
	 * @see #setNextHop(Pool)
	 * @see io.trunkline.model.TopologyPackage#getMediationPool_NextHop()
	 * @model
	 * @generated
	 */
	Pool getNextHop();

	/**
	 * Sets the value of the '{@link io.trunkline.model.MediationPool#getNextHop <em>Next Hop</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Next Hop</em>' reference.
	 * @see #getNextHop()
	 * @generated
	 */
	void setNextHop(Pool value);

	/**
	 * Returns the value of the '<em><b>Edge Pool</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Edge pool for remote users' PSTN calls [DMS].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Edge Pool</em>' reference.
	 * @see #setEdgePool(EdgePool)
	 * @see io.trunkline.model.TopologyPackage#getMediationPool_EdgePool()
	 * @model
	 * @generated
	 */
	EdgePool getEdgePool();

	/**
	 * Sets the value of the '{@link io.trunkline.model.MediationPool#getEdgePool <em>Edge Pool</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Edge Pool</em>' reference.
	 * @see #getEdgePool()
	 * @generated
	 */
	void setEdgePool(EdgePool value);

	/**
	 * Returns the value of the '<em><b>Hyper Threading</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the servers run with hyper-threading; changes stand-alone capacity [UMU].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hyper Threading</em>' attribute.
	 * @see #setHyperThreading(boolean)
	 * @see io.trunkline.model.TopologyPackage#getMediationPool_HyperThreading()
	 * @model default="false"
	 * @generated
	 */
	boolean isHyperThreading();

	/**
	 * Sets the value of the '{@link io.trunkline.model.MediationPool#isHyperThreading <em>Hyper Threading</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hyper Threading</em>' attribute.
	 * @see #isHyperThreading()
	 * @generated
	 */
	void setHyperThreading(boolean value);

	/**
	 * Returns the value of the '<em><b>Tls Port First</b></em>' attribute.
	 * The default value is <code>"5067"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First TLS listening port towards peers; default 5067 [DMS].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tls Port First</em>' attribute.
	 * @see #setTlsPortFirst(int)
	 * @see io.trunkline.model.TopologyPackage#getMediationPool_TlsPortFirst()
	 * @model default="5067"
	 * @generated
	 */
	int getTlsPortFirst();

	/**
	 * Sets the value of the '{@link io.trunkline.model.MediationPool#getTlsPortFirst <em>Tls Port First</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tls Port First</em>' attribute.
	 * @see #getTlsPortFirst()
	 * @generated
	 */
	void setTlsPortFirst(int value);

	/**
	 * Returns the value of the '<em><b>Tls Port Last</b></em>' attribute.
	 * The default value is <code>"5067"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Last TLS listening port towards peers [DMS].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tls Port Last</em>' attribute.
	 * @see #setTlsPortLast(int)
	 * @see io.trunkline.model.TopologyPackage#getMediationPool_TlsPortLast()
	 * @model default="5067"
	 * @generated
	 */
	int getTlsPortLast();

	/**
	 * Sets the value of the '{@link io.trunkline.model.MediationPool#getTlsPortLast <em>Tls Port Last</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tls Port Last</em>' attribute.
	 * @see #getTlsPortLast()
	 * @generated
	 */
	void setTlsPortLast(int value);

	/**
	 * Returns the value of the '<em><b>Tcp Enabled</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the TCP listening port is enabled; disabled by default [DMS].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tcp Enabled</em>' attribute.
	 * @see #setTcpEnabled(boolean)
	 * @see io.trunkline.model.TopologyPackage#getMediationPool_TcpEnabled()
	 * @model default="false"
	 * @generated
	 */
	boolean isTcpEnabled();

	/**
	 * Sets the value of the '{@link io.trunkline.model.MediationPool#isTcpEnabled <em>Tcp Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tcp Enabled</em>' attribute.
	 * @see #isTcpEnabled()
	 * @generated
	 */
	void setTcpEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Tcp Port First</b></em>' attribute.
	 * The default value is <code>"5068"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First TCP listening port; default 5068 [DMS].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tcp Port First</em>' attribute.
	 * @see #setTcpPortFirst(int)
	 * @see io.trunkline.model.TopologyPackage#getMediationPool_TcpPortFirst()
	 * @model default="5068"
	 * @generated
	 */
	int getTcpPortFirst();

	/**
	 * Sets the value of the '{@link io.trunkline.model.MediationPool#getTcpPortFirst <em>Tcp Port First</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tcp Port First</em>' attribute.
	 * @see #getTcpPortFirst()
	 * @generated
	 */
	void setTcpPortFirst(int value);

	/**
	 * Returns the value of the '<em><b>Tcp Port Last</b></em>' attribute.
	 * The default value is <code>"5068"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Last TCP listening port [DMS].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tcp Port Last</em>' attribute.
	 * @see #setTcpPortLast(int)
	 * @see io.trunkline.model.TopologyPackage#getMediationPool_TcpPortLast()
	 * @model default="5068"
	 * @generated
	 */
	int getTcpPortLast();

	/**
	 * Sets the value of the '{@link io.trunkline.model.MediationPool#getTcpPortLast <em>Tcp Port Last</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tcp Port Last</em>' attribute.
	 * @see #getTcpPortLast()
	 * @generated
	 */
	void setTcpPortLast(int value);

	/**
	 * Returns the value of the '<em><b>Front End Port</b></em>' attribute.
	 * The default value is <code>"5070"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * MTLS port towards the Front End; 5070 [DMS].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Front End Port</em>' attribute.
	 * @see #setFrontEndPort(int)
	 * @see io.trunkline.model.TopologyPackage#getMediationPool_FrontEndPort()
	 * @model default="5070"
	 * @generated
	 */
	int getFrontEndPort();

	/**
	 * Sets the value of the '{@link io.trunkline.model.MediationPool#getFrontEndPort <em>Front End Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Front End Port</em>' attribute.
	 * @see #getFrontEndPort()
	 * @generated
	 */
	void setFrontEndPort(int value);

	/**
	 * Returns the value of the '<em><b>Dns Load Balancing</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether a multi-server pool uses DNS load balancing [LB, DMS].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dns Load Balancing</em>' attribute.
	 * @see #setDnsLoadBalancing(boolean)
	 * @see io.trunkline.model.TopologyPackage#getMediationPool_DnsLoadBalancing()
	 * @model default="false"
	 * @generated
	 */
	boolean isDnsLoadBalancing();

	/**
	 * Sets the value of the '{@link io.trunkline.model.MediationPool#isDnsLoadBalancing <em>Dns Load Balancing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dns Load Balancing</em>' attribute.
	 * @see #isDnsLoadBalancing()
	 * @generated
	 */
	void setDnsLoadBalancing(boolean value);

	/**
	 * Returns the value of the '<em><b>Trunks</b></em>' reference list.
	 * The list contents are of type {@link io.trunkline.model.Trunk}.
	 * It is bidirectional and its opposite is '{@link io.trunkline.model.Trunk#getMediationPool <em>Mediation Pool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Trunks that terminate on this pool (derived from Trunk.mediationPool) [MNT].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trunks</em>' reference list.
	 * @see io.trunkline.model.TopologyPackage#getMediationPool_Trunks()
	 * @see io.trunkline.model.Trunk#getMediationPool
	 * @model opposite="mediationPool" transient="true"
	 * @generated
	 */
	EList<Trunk> getTrunks();

} // MediationPool
