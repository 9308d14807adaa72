/**
 */
package io.trunkline.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Trunk</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The association between a Mediation pool and a peer, identified by {Mediation FQDN, Mediation port : peer address, peer port} (domain.md §1, [DGW], [MNT]).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.trunkline.model.Trunk#isRoot <em>Root</em>}</li>
 *   <li>{@link io.trunkline.model.Trunk#getMediationPool <em>Mediation Pool</em>}</li>
 *   <li>{@link io.trunkline.model.Trunk#getPeer <em>Peer</em>}</li>
 *   <li>{@link io.trunkline.model.Trunk#getTransport <em>Transport</em>}</li>
 *   <li>{@link io.trunkline.model.Trunk#getPeerPort <em>Peer Port</em>}</li>
 *   <li>{@link io.trunkline.model.Trunk#getMediationPort <em>Mediation Port</em>}</li>
 *   <li>{@link io.trunkline.model.Trunk#isMediaBypass <em>Media Bypass</em>}</li>
 *   <li>{@link io.trunkline.model.Trunk#isCentralizedMediaProcessing <em>Centralized Media Processing</em>}</li>
 *   <li>{@link io.trunkline.model.Trunk#isReferSupport <em>Refer Support</em>}</li>
 * </ul>
 *
 * @see io.trunkline.model.TopologyPackage#getTrunk()
 * @model
 * @generated
 */
public interface Trunk extends Element {
	/**
	 * Returns the value of the '<em><b>Root</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether this is the peer's root trunk; every peer has exactly one [DGW].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Root</em>' attribute.
	 * @see #setRoot(boolean)
	 * @see io.trunkline.model.TopologyPackage#getTrunk_Root()
	 * @model default="false"
	 * @generated
	 */
	boolean isRoot();

	/**
	 * Sets the value of the '{@link io.trunkline.model.Trunk#isRoot <em>Root</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Root</em>' attribute.
	 * @see #isRoot()
	 * @generated
	 */
	void setRoot(boolean value);

	/**
	 * Returns the value of the '<em><b>Mediation Pool</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link io.trunkline.model.MediationPool#getTrunks <em>Trunks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mediation side [DGW].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mediation Pool</em>' reference.
	 * @see #setMediationPool(MediationPool)
	 * @see io.trunkline.model.TopologyPackage#getTrunk_MediationPool()
	 * @see io.trunkline.model.MediationPool#getTrunks
	 * @model opposite="trunks" required="true"
	 * @generated
	 */
	MediationPool getMediationPool();

	/**
	 * Sets the value of the '{@link io.trunkline.model.Trunk#getMediationPool <em>Mediation Pool</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mediation Pool</em>' reference.
	 * @see #getMediationPool()
	 * @generated
	 */
	void setMediationPool(MediationPool value);

	/**
	 * Returns the value of the '<em><b>Peer</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link io.trunkline.model.TrunkPeer#getTrunks <em>Trunks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Peer side [DGW].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Peer</em>' reference.
	 * @see #setPeer(TrunkPeer)
	 * @see io.trunkline.model.TopologyPackage#getTrunk_Peer()
	 * @see io.trunkline.model.TrunkPeer#getTrunks
	 * @model opposite="trunks" required="true"
	 * @generated
	 */
	TrunkPeer getPeer();

	/**
	 * Sets the value of the '{@link io.trunkline.model.Trunk#getPeer <em>Peer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Peer</em>' reference.
	 * @see #getPeer()
	 * @generated
	 */
	void setPeer(TrunkPeer value);

	/**
	 * Returns the value of the '<em><b>Transport</b></em>' attribute.
	 * The default value is <code>"TLS"</code>.
	 * The literals are from the enumeration {@link io.trunkline.model.Transport}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SIP transport [DGW].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Transport</em>' attribute.
	 * @see io.trunkline.model.Transport
	 * @see #setTransport(Transport)
	 * @see io.trunkline.model.TopologyPackage#getTrunk_Transport()
	 * @model default="TLS"
	 * @generated
	 */
	Transport getTransport();

	/**
	 * Sets the value of the '{@link io.trunkline.model.Trunk#getTransport <em>Transport</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Transport</em>' attribute.
	 * @see io.trunkline.model.Transport
	 * @see #getTransport()
	 * @generated
	 */
	void setTransport(Transport value);

	/**
	 * Returns the value of the '<em><b>Peer Port</b></em>' attribute.
	 * The default value is <code>"5067"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Listening port of the peer; 5067 TLS / 5066 TCP, SBA 5082 / 5081 [DGW].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Peer Port</em>' attribute.
	 * @see #setPeerPort(int)
	 * @see io.trunkline.model.TopologyPackage#getTrunk_PeerPort()
	 * @model default="5067"
	 * @generated
	 */
	int getPeerPort();

	/**
	 * Sets the value of the '{@link io.trunkline.model.Trunk#getPeerPort <em>Peer Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Peer Port</em>' attribute.
	 * @see #getPeerPort()
	 * @generated
	 */
	void setPeerPort(int value);

	/**
	 * Returns the value of the '<em><b>Mediation Port</b></em>' attribute.
	 * The default value is <code>"5067"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mediation listening port; inside the pool's range for the transport [DGW].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mediation Port</em>' attribute.
	 * @see #setMediationPort(int)
	 * @see io.trunkline.model.TopologyPackage#getTrunk_MediationPort()
	 * @model default="5067"
	 * @generated
	 */
	int getMediationPort();

	/**
	 * Sets the value of the '{@link io.trunkline.model.Trunk#getMediationPort <em>Mediation Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mediation Port</em>' attribute.
	 * @see #getMediationPort()
	 * @generated
	 */
	void setMediationPort(int value);

	/**
	 * Returns the value of the '<em><b>Media Bypass</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Media bypass enabled on the trunk [MB].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Media Bypass</em>' attribute.
	 * @see #setMediaBypass(boolean)
	 * @see io.trunkline.model.TopologyPackage#getTrunk_MediaBypass()
	 * @model default="false"
	 * @generated
	 */
	boolean isMediaBypass();

	/**
	 * Sets the value of the '{@link io.trunkline.model.Trunk#isMediaBypass <em>Media Bypass</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Media Bypass</em>' attribute.
	 * @see #isMediaBypass()
	 * @generated
	 */
	void setMediaBypass(boolean value);

	/**
	 * Returns the value of the '<em><b>Centralized Media Processing</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * "Centralized media processing" (ConcentratedTopology); bypass requires it [TCS].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Centralized Media Processing</em>' attribute.
	 * @see #setCentralizedMediaProcessing(boolean)
	 * @see io.trunkline.model.TopologyPackage#getTrunk_CentralizedMediaProcessing()
	 * @model default="true"
	 * @generated
	 */
	boolean isCentralizedMediaProcessing();

	/**
	 * Sets the value of the '{@link io.trunkline.model.Trunk#isCentralizedMediaProcessing <em>Centralized Media Processing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Centralized Media Processing</em>' attribute.
	 * @see #isCentralizedMediaProcessing()
	 * @generated
	 */
	void setCentralizedMediaProcessing(boolean value);

	/**
	 * Returns the value of the '<em><b>Refer Support</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * EnableReferSupport [PS-TC].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Refer Support</em>' attribute.
	 * @see #setReferSupport(boolean)
	 * @see io.trunkline.model.TopologyPackage#getTrunk_ReferSupport()
	 * @model default="true"
	 * @generated
	 */
	boolean isReferSupport();

	/**
	 * Sets the value of the '{@link io.trunkline.model.Trunk#isReferSupport <em>Refer Support</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Refer Support</em>' attribute.
	 * @see #isReferSupport()
	 * @generated
	 */
	void setReferSupport(boolean value);

} // Trunk
