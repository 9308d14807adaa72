/**
 */
package io.trunkline.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Trunk Peer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A PSTN gateway, IP-PBX or ITSP session border controller: the far end of a trunk (domain.md §1, [DGW]).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.trunkline.model.TrunkPeer#getKind <em>Kind</em>}</li>
 *   <li>{@link io.trunkline.model.TrunkPeer#getAddress <em>Address</em>}</li>
 *   <li>{@link io.trunkline.model.TrunkPeer#getIpVersion <em>Ip Version</em>}</li>
 *   <li>{@link io.trunkline.model.TrunkPeer#getPstnPorts <em>Pstn Ports</em>}</li>
 *   <li>{@link io.trunkline.model.TrunkPeer#getCountryRegion <em>Country Region</em>}</li>
 *   <li>{@link io.trunkline.model.TrunkPeer#isSupportsTls <em>Supports Tls</em>}</li>
 *   <li>{@link io.trunkline.model.TrunkPeer#isSupportsDnsLoadBalancing <em>Supports Dns Load Balancing</em>}</li>
 *   <li>{@link io.trunkline.model.TrunkPeer#isSupportsMediaBypass <em>Supports Media Bypass</em>}</li>
 *   <li>{@link io.trunkline.model.TrunkPeer#isEliminatesGatewayNeed <em>Eliminates Gateway Need</em>}</li>
 *   <li>{@link io.trunkline.model.TrunkPeer#isCertified <em>Certified</em>}</li>
 *   <li>{@link io.trunkline.model.TrunkPeer#getRootTrunk <em>Root Trunk</em>}</li>
 *   <li>{@link io.trunkline.model.TrunkPeer#getTrunks <em>Trunks</em>}</li>
 *   <li>{@link io.trunkline.model.TrunkPeer#isDefaultGateway <em>Default Gateway</em>}</li>
 *   <li>{@link io.trunkline.model.TrunkPeer#isRoutable <em>Routable</em>}</li>
 *   <li>{@link io.trunkline.model.TrunkPeer#getMediaIpAddress <em>Media Ip Address</em>}</li>
 * </ul>
 *
 * @see io.trunkline.model.TopologyPackage#getTrunkPeer()
 * @model
 * @generated
 */
public interface TrunkPeer extends Element {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"PSTN_GATEWAY"</code>.
	 * The literals are from the enumeration {@link io.trunkline.model.PeerKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the peer is [DGW].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.trunkline.model.PeerKind
	 * @see #setKind(PeerKind)
	 * @see io.trunkline.model.TopologyPackage#getTrunkPeer_Kind()
	 * @model default="PSTN_GATEWAY"
	 * @generated
	 */
	PeerKind getKind();

	/**
	 * Sets the value of the '{@link io.trunkline.model.TrunkPeer#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.trunkline.model.PeerKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(PeerKind value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * FQDN or IP address of the peer; TLS requires an FQDN [DGW].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see io.trunkline.model.TopologyPackage#getTrunkPeer_Address()
	 * @model
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link io.trunkline.model.TrunkPeer#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>Ip Version</b></em>' attribute.
	 * The default value is <code>"IPV4"</code>.
	 * The literals are from the enumeration {@link io.trunkline.model.IpVersion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Listening mode [DGW].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ip Version</em>' attribute.
	 * @see io.trunkline.model.IpVersion
	 * @see #setIpVersion(IpVersion)
	 * @see io.trunkline.model.TopologyPackage#getTrunkPeer_IpVersion()
	 * @model default="IPV4"
	 * @generated
	 */
	IpVersion getIpVersion();

	/**
	 * Sets the value of the '{@link io.trunkline.model.TrunkPeer#getIpVersion <em>Ip Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ip Version</em>' attribute.
	 * @see io.trunkline.model.IpVersion
	 * @see #getIpVersion()
	 * @generated
	 */
	void setIpVersion(IpVersion value);

	/**
	 * Returns the value of the '<em><b>Pstn Ports</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PSTN ports (channels); gateways range from 2 to 960 [DS].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pstn Ports</em>' attribute.
	 * @see #setPstnPorts(int)
	 * @see io.trunkline.model.TopologyPackage#getTrunkPeer_PstnPorts()
	 * @model default="0"
	 * @generated
	 */
	int getPstnPorts();

	/**
	 * Sets the value of the '{@link io.trunkline.model.TrunkPeer#getPstnPorts <em>Pstn Ports</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pstn Ports</em>' attribute.
	 * @see #getPstnPorts()
	 * @generated
	 */
	void setPstnPorts(int value);

	/**
	 * Returns the value of the '<em><b>Country Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Country/region whose PSTN standards the gateway is certified for [DS].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Country Region</em>' attribute.
	 * @see #setCountryRegion(String)
	 * @see io.trunkline.model.TopologyPackage#getTrunkPeer_CountryRegion()
	 * @model
	 * @generated
	 */
	String getCountryRegion();

	/**
	 * Sets the value of the '{@link io.trunkline.model.TrunkPeer#getCountryRegion <em>Country Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Country Region</em>' attribute.
	 * @see #getCountryRegion()
	 * @generated
	 */
	void setCountryRegion(String value);

	/**
	 * Returns the value of the '<em><b>Supports Tls</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the peer supports TLS; qualified gateways must [MED].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Supports Tls</em>' attribute.
	 * @see #setSupportsTls(boolean)
	 * @see io.trunkline.model.TopologyPackage#getTrunkPeer_SupportsTls()
	 * @model default="true"
	 * @generated
	 */
	boolean isSupportsTls();

	/**
	 * Sets the value of the '{@link io.trunkline.model.TrunkPeer#isSupportsTls <em>Supports Tls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supports Tls</em>' attribute.
	 * @see #isSupportsTls()
	 * @generated
	 */
	void setSupportsTls(boolean value);

	/**
	 * Returns the value of the '<em><b>Supports Dns Load Balancing</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the peer can use DNS load balancing towards a multi-server Mediation pool [MED, MNT].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Supports Dns Load Balancing</em>' attribute.
	 * @see #setSupportsDnsLoadBalancing(boolean)
	 * @see io.trunkline.model.TopologyPackage#getTrunkPeer_SupportsDnsLoadBalancing()
	 * @model default="false"
	 * @generated
	 */
	boolean isSupportsDnsLoadBalancing();

	/**
	 * Sets the value of the '{@link io.trunkline.model.TrunkPeer#isSupportsDnsLoadBalancing <em>Supports Dns Load Balancing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supports Dns Load Balancing</em>' attribute.
	 * @see #isSupportsDnsLoadBalancing()
	 * @generated
	 */
	void setSupportsDnsLoadBalancing(boolean value);

	/**
	 * Returns the value of the '<em><b>Supports Media Bypass</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the peer is qualified for media bypass [MB].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Supports Media Bypass</em>' attribute.
	 * @see #setSupportsMediaBypass(boolean)
	 * @see io.trunkline.model.TopologyPackage#getTrunkPeer_SupportsMediaBypass()
	 * @model default="false"
	 * @generated
	 */
	boolean isSupportsMediaBypass();

	/**
	 * Sets the value of the '{@link io.trunkline.model.TrunkPeer#isSupportsMediaBypass <em>Supports Media Bypass</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supports Media Bypass</em>' attribute.
	 * @see #isSupportsMediaBypass()
	 * @generated
	 */
	void setSupportsMediaBypass(boolean value);

	/**
	 * Returns the value of the '<em><b>Eliminates Gateway Need</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For an IP-PBX: whether it removes the need for a PSTN gateway on the route [MSDG].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Eliminates Gateway Need</em>' attribute.
	 * @see #setEliminatesGatewayNeed(boolean)
	 * @see io.trunkline.model.TopologyPackage#getTrunkPeer_EliminatesGatewayNeed()
	 * @model default="false"
	 * @generated
	 */
	boolean isEliminatesGatewayNeed();

	/**
	 * Sets the value of the '{@link io.trunkline.model.TrunkPeer#isEliminatesGatewayNeed <em>Eliminates Gateway Need</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Eliminates Gateway Need</em>' attribute.
	 * @see #isEliminatesGatewayNeed()
	 * @generated
	 */
	void setEliminatesGatewayNeed(boolean value);

	/**
	 * Returns the value of the '<em><b>Certified</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For an ITSP: whether the provider is Microsoft-certified [SIPT].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Certified</em>' attribute.
	 * @see #setCertified(boolean)
	 * @see io.trunkline.model.TopologyPackage#getTrunkPeer_Certified()
	 * @model default="true"
	 * @generated
	 */
	boolean isCertified();

	/**
	 * Sets the value of the '{@link io.trunkline.model.TrunkPeer#isCertified <em>Certified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Certified</em>' attribute.
	 * @see #isCertified()
	 * @generated
	 */
	void setCertified(boolean value);

	/**
	 * Returns the value of the '<em><b>Root Trunk</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The peer's root trunk, if drawn (derived from trunks) [DGW].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Root Trunk</em>' reference.
	 * @see io.trunkline.model.TopologyPackage#getTrunkPeer_RootTrunk()
	 * @model resolveProxies="false" transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	Trunk getRootTrunk();

	/**
	 * Returns the value of the '<em><b>Trunks</b></em>' reference list.
	 * The list contents are of type {@link io.trunkline.model.Trunk}.
	 * It is bidirectional and its opposite is '{@link io.trunkline.model.Trunk#getPeer <em>Peer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Trunks ending at this peer (derived from Trunk.peer) [MNT].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trunks</em>' reference list.
	 * @see io.trunkline.model.TopologyPackage#getTrunkPeer_Trunks()
	 * @see io.trunkline.model.Trunk#getPeer
	 * @model opposite="peer" transient="true"
	 * @generated
	 */
	EList<Trunk> getTrunks();

	/**
	 * Returns the value of the '<em><b>Default Gateway</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether this is the default gateway of the Mediation pools it is trunked to: "There can only be one default gateway in the collection of gateways managed by a single Mediation Server" [PS-GW] (GW-17).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Default Gateway</em>' attribute.
	 * @see #setDefaultGateway(boolean)
	 * @see io.trunkline.model.TopologyPackage#getTrunkPeer_DefaultGateway()
	 * @model default="false"
	 * @generated
	 */
	boolean isDefaultGateway();

	/**
	 * Sets the value of the '{@link io.trunkline.model.TrunkPeer#isDefaultGateway <em>Default Gateway</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Gateway</em>' attribute.
	 * @see #isDefaultGateway()
	 * @generated
	 */
	void setDefaultGateway(boolean value);

	/**
	 * Returns the value of the '<em><b>Routable</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether voice routes may use the gateway: "Routable — If set to True, the gateway can be used in outbound routing routes" [PS-GW] (GW-23); true is the default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Routable</em>' attribute.
	 * @see #setRoutable(boolean)
	 * @see io.trunkline.model.TopologyPackage#getTrunkPeer_Routable()
	 * @model default="true"
	 * @generated
	 */
	boolean isRoutable();

	/**
	 * Sets the value of the '{@link io.trunkline.model.TrunkPeer#isRoutable <em>Routable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Routable</em>' attribute.
	 * @see #isRoutable()
	 * @generated
	 */
	void setRoutable(boolean value);

	/**
	 * Returns the value of the '<em><b>Media Ip Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The IP address of the peer's media processor when it differs from its signalling address (representative media IP) [PS-GW]; checked for uniqueness (ID-02, inferred).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Media Ip Address</em>' attribute.
	 * @see #setMediaIpAddress(String)
	 * @see io.trunkline.model.TopologyPackage#getTrunkPeer_MediaIpAddress()
	 * @model
	 * @generated
	 */
	String getMediaIpAddress();

	/**
	 * Sets the value of the '{@link io.trunkline.model.TrunkPeer#getMediaIpAddress <em>Media Ip Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Media Ip Address</em>' attribute.
	 * @see #getMediaIpAddress()
	 * @generated
	 */
	void setMediaIpAddress(String value);

} // TrunkPeer
