/**
 */
package io.trunkline.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Front End Pool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A Front End pool or Standard Edition server; acts as Registrar (domain.md §1, [TB], [UMU]).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.trunkline.model.FrontEndPool#getEdition <em>Edition</em>}</li>
 *   <li>{@link io.trunkline.model.FrontEndPool#isCollocatedMediation <em>Collocated Mediation</em>}</li>
 *   <li>{@link io.trunkline.model.FrontEndPool#isDnsLoadBalancing <em>Dns Load Balancing</em>}</li>
 *   <li>{@link io.trunkline.model.FrontEndPool#getBackupRegistrar <em>Backup Registrar</em>}</li>
 *   <li>{@link io.trunkline.model.FrontEndPool#isHardwareLoadBalancing <em>Hardware Load Balancing</em>}</li>
 * </ul>
 *
 * @see io.trunkline.model.TopologyPackage#getFrontEndPool()
 * @model
 * @generated
 */
public interface FrontEndPool extends Pool {
	/**
	 * Returns the value of the '<em><b>Edition</b></em>' attribute.
	 * The default value is <code>"ENTERPRISE"</code>.
	 * The literals are from the enumeration {@link io.trunkline.model.Edition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Enterprise or Standard Edition [TB].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Edition</em>' attribute.
	 * @see io.trunkline.model.Edition
	 * @see #setEdition(Edition)
	 * @see io.trunkline.model.TopologyPackage#getFrontEndPool_Edition()
	 * @model default="ENTERPRISE"
	 * @generated
	 */
	Edition getEdition();

	/**
	 * Sets the value of the '{@link io.trunkline.model.FrontEndPool#getEdition <em>Edition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Edition</em>' attribute.
	 * @see io.trunkline.model.Edition
	 * @see #getEdition()
	 * @generated
	 */
	void setEdition(Edition value);

	/**
	 * Returns the value of the '<em><b>Collocated Mediation</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether a Mediation Server is collocated; on by default [MED, DMS].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Collocated Mediation</em>' attribute.
	 * @see #setCollocatedMediation(boolean)
	 * @see io.trunkline.model.TopologyPackage#getFrontEndPool_CollocatedMediation()
	 * @model default="true"
	 * @generated
	 */
	boolean isCollocatedMediation();

	/**
	 * Sets the value of the '{@link io.trunkline.model.FrontEndPool#isCollocatedMediation <em>Collocated Mediation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Collocated Mediation</em>' attribute.
	 * @see #isCollocatedMediation()
	 * @generated
	 */
	void setCollocatedMediation(boolean value);

	/**
	 * Returns the value of the '<em><b>Dns Load Balancing</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the pool uses DNS load balancing [LB].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dns Load Balancing</em>' attribute.
	 * @see #setDnsLoadBalancing(boolean)
	 * @see io.trunkline.model.TopologyPackage#getFrontEndPool_DnsLoadBalancing()
	 * @model default="true"
	 * @generated
	 */
	boolean isDnsLoadBalancing();

	/**
	 * Sets the value of the '{@link io.trunkline.model.FrontEndPool#isDnsLoadBalancing <em>Dns Load Balancing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dns Load Balancing</em>' attribute.
	 * @see #isDnsLoadBalancing()
	 * @generated
	 */
	void setDnsLoadBalancing(boolean value);

	/**
	 * Returns the value of the '<em><b>Backup Registrar</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Backup Registrar pool in another central site [EVR]; Topology Builder sets it as the associated backup pool, so for a Standard Edition server it is also the server it is paired with: "if one server fails the remaining server can support 5,000 users" [UMU] (CS-05).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Backup Registrar</em>' reference.
	 * @see #setBackupRegistrar(FrontEndPool)
	 * @see io.trunkline.model.TopologyPackage#getFrontEndPool_BackupRegistrar()
	 * @model
	 * @generated
	 */
	FrontEndPool getBackupRegistrar();

	/**
	 * Sets the value of the '{@link io.trunkline.model.FrontEndPool#getBackupRegistrar <em>Backup Registrar</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Backup Registrar</em>' reference.
	 * @see #getBackupRegistrar()
	 * @generated
	 */
	void setBackupRegistrar(FrontEndPool value);

	/**
	 * Returns the value of the '<em><b>Hardware Load Balancing</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether a hardware load balancer fronts the pool: "Each Registrar pool must be load-balanced by using DNS load balancing, hardware load balancing, or both" [EVR, LB] (CS-09).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hardware Load Balancing</em>' attribute.
	 * @see #setHardwareLoadBalancing(boolean)
	 * @see io.trunkline.model.TopologyPackage#getFrontEndPool_HardwareLoadBalancing()
	 * @model default="false"
	 * @generated
	 */
	boolean isHardwareLoadBalancing();

	/**
	 * Sets the value of the '{@link io.trunkline.model.FrontEndPool#isHardwareLoadBalancing <em>Hardware Load Balancing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hardware Load Balancing</em>' attribute.
	 * @see #isHardwareLoadBalancing()
	 * @generated
	 */
	void setHardwareLoadBalancing(boolean value);

} // FrontEndPool
