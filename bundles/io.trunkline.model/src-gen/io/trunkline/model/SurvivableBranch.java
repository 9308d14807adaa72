/**
 */
package io.trunkline.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Survivable Branch</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A Survivable Branch Appliance or Server (domain.md §1, [EVR], [L13-SBA]). Its collocated Mediation Server is a MediationPool of kind COLLOCATED_SBA in the same branch site.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.trunkline.model.SurvivableBranch#getKind <em>Kind</em>}</li>
 *   <li>{@link io.trunkline.model.SurvivableBranch#getFrontEndPool <em>Front End Pool</em>}</li>
 *   <li>{@link io.trunkline.model.SurvivableBranch#getGateway <em>Gateway</em>}</li>
 *   <li>{@link io.trunkline.model.SurvivableBranch#getBackupRegistrar <em>Backup Registrar</em>}</li>
 *   <li>{@link io.trunkline.model.SurvivableBranch#getFailoverSeconds <em>Failover Seconds</em>}</li>
 *   <li>{@link io.trunkline.model.SurvivableBranch#getFallbackSeconds <em>Fallback Seconds</em>}</li>
 * </ul>
 *
 * @see io.trunkline.model.TopologyPackage#getSurvivableBranch()
 * @model
 * @generated
 */
public interface SurvivableBranch extends Pool {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"SBA"</code>.
	 * The literals are from the enumeration {@link io.trunkline.model.SurvivableKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Appliance or server [EVR].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.trunkline.model.SurvivableKind
	 * @see #setKind(SurvivableKind)
	 * @see io.trunkline.model.TopologyPackage#getSurvivableBranch_Kind()
	 * @model default="SBA"
	 * @generated
	 */
	SurvivableKind getKind();

	/**
	 * Sets the value of the '{@link io.trunkline.model.SurvivableBranch#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.trunkline.model.SurvivableKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SurvivableKind value);

	/**
	 * Returns the value of the '<em><b>Front End Pool</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The central-site Front End pool it is associated with; exactly one is required [L13-SBA].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Front End Pool</em>' reference.
	 * @see #setFrontEndPool(FrontEndPool)
	 * @see io.trunkline.model.TopologyPackage#getSurvivableBranch_FrontEndPool()
	 * @model
	 * @generated
	 */
	FrontEndPool getFrontEndPool();

	/**
	 * Sets the value of the '{@link io.trunkline.model.SurvivableBranch#getFrontEndPool <em>Front End Pool</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Front End Pool</em>' reference.
	 * @see #getFrontEndPool()
	 * @generated
	 */
	void setFrontEndPool(FrontEndPool value);

	/**
	 * Returns the value of the '<em><b>Gateway</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The gateway its Mediation Server connects to; may be defined later [TBH-SBAPSTN].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gateway</em>' reference.
	 * @see #setGateway(TrunkPeer)
	 * @see io.trunkline.model.TopologyPackage#getSurvivableBranch_Gateway()
	 * @model
	 * @generated
	 */
	TrunkPeer getGateway();

	/**
	 * Sets the value of the '{@link io.trunkline.model.SurvivableBranch#getGateway <em>Gateway</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gateway</em>' reference.
	 * @see #getGateway()
	 * @generated
	 */
	void setGateway(TrunkPeer value);

	/**
	 * Returns the value of the '<em><b>Backup Registrar</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Backup Registrar [TBH-SBA].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Backup Registrar</em>' reference.
	 * @see #setBackupRegistrar(FrontEndPool)
	 * @see io.trunkline.model.TopologyPackage#getSurvivableBranch_BackupRegistrar()
	 * @model
	 * @generated
	 */
	FrontEndPool getBackupRegistrar();

	/**
	 * Sets the value of the '{@link io.trunkline.model.SurvivableBranch#getBackupRegistrar <em>Backup Registrar</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Backup Registrar</em>' reference.
	 * @see #getBackupRegistrar()
	 * @generated
	 */
	void setBackupRegistrar(FrontEndPool value);

	/**
	 * Returns the value of the '<em><b>Failover Seconds</b></em>' attribute.
	 * The default value is <code>"120"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Registrar failover interval; default 120 s [TBH-SBA].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Failover Seconds</em>' attribute.
	 * @see #setFailoverSeconds(int)
	 * @see io.trunkline.model.TopologyPackage#getSurvivableBranch_FailoverSeconds()
	 * @model default="120"
	 * @generated
	 */
	int getFailoverSeconds();

	/**
	 * Sets the value of the '{@link io.trunkline.model.SurvivableBranch#getFailoverSeconds <em>Failover Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Failover Seconds</em>' attribute.
	 * @see #getFailoverSeconds()
	 * @generated
	 */
	void setFailoverSeconds(int value);

	/**
	 * Returns the value of the '<em><b>Fallback Seconds</b></em>' attribute.
	 * The default value is <code>"240"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Registrar fallback interval; default 240 s [TBH-SBA].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fallback Seconds</em>' attribute.
	 * @see #setFallbackSeconds(int)
	 * @see io.trunkline.model.TopologyPackage#getSurvivableBranch_FallbackSeconds()
	 * @model default="240"
	 * @generated
	 */
	int getFallbackSeconds();

	/**
	 * Sets the value of the '{@link io.trunkline.model.SurvivableBranch#getFallbackSeconds <em>Fallback Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fallback Seconds</em>' attribute.
	 * @see #getFallbackSeconds()
	 * @generated
	 */
	void setFallbackSeconds(int value);

} // SurvivableBranch
