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
 *   <li>{@link io.trunkline.model.Trunk#isRtcpActiveCalls <em>Rtcp Active Calls</em>}</li>
 *   <li>{@link io.trunkline.model.Trunk#isRtcpCallsOnHold <em>Rtcp Calls On Hold</em>}</li>
 *   <li>{@link io.trunkline.model.Trunk#getMaxSimultaneousCalls <em>Max Simultaneous Calls</em>}</li>
 *   <li>{@link io.trunkline.model.Trunk#getAccessBandwidthKbps <em>Access Bandwidth Kbps</em>}</li>
 *   <li>{@link io.trunkline.model.Trunk#getConnectionType <em>Connection Type</em>}</li>
 *   <li>{@link io.trunkline.model.Trunk#isVpn <em>Vpn</em>}</li>
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

	/**
	 * Returns the value of the '<em><b>Rtcp Active Calls</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the peer sends RTCP for active calls (RTCPActiveCalls, default True [PS-TC]); with media bypass and no refer support it must be off (MB-03).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rtcp Active Calls</em>' attribute.
	 * @see #setRtcpActiveCalls(boolean)
	 * @see io.trunkline.model.TopologyPackage#getTrunk_RtcpActiveCalls()
	 * @model default="true"
	 * @generated
	 */
	boolean isRtcpActiveCalls();

	/**
	 * Sets the value of the '{@link io.trunkline.model.Trunk#isRtcpActiveCalls <em>Rtcp Active Calls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rtcp Active Calls</em>' attribute.
	 * @see #isRtcpActiveCalls()
	 * @generated
	 */
	void setRtcpActiveCalls(boolean value);

	/**
	 * Returns the value of the '<em><b>Rtcp Calls On Hold</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the peer sends RTCP for calls on hold (RTCPCallsOnHold, default True [PS-TC]); with media bypass and no refer support it must be off (MB-03).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rtcp Calls On Hold</em>' attribute.
	 * @see #setRtcpCallsOnHold(boolean)
	 * @see io.trunkline.model.TopologyPackage#getTrunk_RtcpCallsOnHold()
	 * @model default="true"
	 * @generated
	 */
	boolean isRtcpCallsOnHold();

	/**
	 * Sets the value of the '{@link io.trunkline.model.Trunk#isRtcpCallsOnHold <em>Rtcp Calls On Hold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rtcp Calls On Hold</em>' attribute.
	 * @see #isRtcpCallsOnHold()
	 * @generated
	 */
	void setRtcpCallsOnHold(boolean value);

	/**
	 * Returns the value of the '<em><b>Max Simultaneous Calls</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Most calls the trunk carries at once, for SIP trunk bandwidth: "SIP Trunk Peak Bandwidth = Max Simultaneous Calls x (64 kbps + header size)" [SIPT] (MB-11); 0 when not planned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Simultaneous Calls</em>' attribute.
	 * @see #setMaxSimultaneousCalls(int)
	 * @see io.trunkline.model.TopologyPackage#getTrunk_MaxSimultaneousCalls()
	 * @model default="0"
	 * @generated
	 */
	int getMaxSimultaneousCalls();

	/**
	 * Sets the value of the '{@link io.trunkline.model.Trunk#getMaxSimultaneousCalls <em>Max Simultaneous Calls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Simultaneous Calls</em>' attribute.
	 * @see #getMaxSimultaneousCalls()
	 * @generated
	 */
	void setMaxSimultaneousCalls(int value);

	/**
	 * Returns the value of the '<em><b>Access Bandwidth Kbps</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bandwidth of the access link the SIP trunk runs over, in kbit/s [SIPT] (MB-11); 0 when not planned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Access Bandwidth Kbps</em>' attribute.
	 * @see #setAccessBandwidthKbps(int)
	 * @see io.trunkline.model.TopologyPackage#getTrunk_AccessBandwidthKbps()
	 * @model default="0"
	 * @generated
	 */
	int getAccessBandwidthKbps();

	/**
	 * Sets the value of the '{@link io.trunkline.model.Trunk#getAccessBandwidthKbps <em>Access Bandwidth Kbps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Access Bandwidth Kbps</em>' attribute.
	 * @see #getAccessBandwidthKbps()
	 * @generated
	 */
	void setAccessBandwidthKbps(int value);

	/**
	 * Returns the value of the '<em><b>Connection Type</b></em>' attribute.
	 * The default value is <code>"NOT_PLANNED"</code>.
	 * The literals are from the enumeration {@link io.trunkline.model.SipTrunkConnection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How a SIP trunk reaches the service provider: MPLS, a private line or the Internet [SIPT] (ST-02).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Connection Type</em>' attribute.
	 * @see io.trunkline.model.SipTrunkConnection
	 * @see #setConnectionType(SipTrunkConnection)
	 * @see io.trunkline.model.TopologyPackage#getTrunk_ConnectionType()
	 * @model default="NOT_PLANNED"
	 * @generated
	 */
	SipTrunkConnection getConnectionType();

	/**
	 * Sets the value of the '{@link io.trunkline.model.Trunk#getConnectionType <em>Connection Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Connection Type</em>' attribute.
	 * @see io.trunkline.model.SipTrunkConnection
	 * @see #getConnectionType()
	 * @generated
	 */
	void setConnectionType(SipTrunkConnection value);

	/**
	 * Returns the value of the '<em><b>Vpn</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the trunk runs through a VPN: "Internet connection is the only … SIP trunking connection type that requires VPN" [SIPT] (ST-02).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vpn</em>' attribute.
	 * @see #setVpn(boolean)
	 * @see io.trunkline.model.TopologyPackage#getTrunk_Vpn()
	 * @model default="false"
	 * @generated
	 */
	boolean isVpn();

	/**
	 * Sets the value of the '{@link io.trunkline.model.Trunk#isVpn <em>Vpn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vpn</em>' attribute.
	 * @see #isVpn()
	 * @generated
	 */
	void setVpn(boolean value);

} // Trunk
