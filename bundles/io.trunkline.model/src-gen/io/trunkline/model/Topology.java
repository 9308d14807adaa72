/**
 */
package io.trunkline.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Topology</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An Enterprise Voice topology: the organisation, its sites and the planning defaults used for sizing (domain.md §1).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.trunkline.model.Topology#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link io.trunkline.model.Topology#getSipDomains <em>Sip Domains</em>}</li>
 *   <li>{@link io.trunkline.model.Topology#getMeanHoldingTimeSeconds <em>Mean Holding Time Seconds</em>}</li>
 *   <li>{@link io.trunkline.model.Topology#getGradeOfService <em>Grade Of Service</em>}</li>
 *   <li>{@link io.trunkline.model.Topology#getMediaBypassMode <em>Media Bypass Mode</em>}</li>
 *   <li>{@link io.trunkline.model.Topology#isCallAdmissionControl <em>Call Admission Control</em>}</li>
 *   <li>{@link io.trunkline.model.Topology#getCentralSites <em>Central Sites</em>}</li>
 *   <li>{@link io.trunkline.model.Topology#getTrunks <em>Trunks</em>}</li>
 *   <li>{@link io.trunkline.model.Topology#getWanLinks <em>Wan Links</em>}</li>
 *   <li>{@link io.trunkline.model.Topology#getVoiceRoutes <em>Voice Routes</em>}</li>
 *   <li>{@link io.trunkline.model.Topology#getPstnUsages <em>Pstn Usages</em>}</li>
 *   <li>{@link io.trunkline.model.Topology#getVoicePolicies <em>Voice Policies</em>}</li>
 *   <li>{@link io.trunkline.model.Topology#getNetworkRegions <em>Network Regions</em>}</li>
 *   <li>{@link io.trunkline.model.Topology#getNetworkSites <em>Network Sites</em>}</li>
 *   <li>{@link io.trunkline.model.Topology#getSubnets <em>Subnets</em>}</li>
 *   <li>{@link io.trunkline.model.Topology#getBandwidthPolicyProfiles <em>Bandwidth Policy Profiles</em>}</li>
 *   <li>{@link io.trunkline.model.Topology#getRegionLinks <em>Region Links</em>}</li>
 *   <li>{@link io.trunkline.model.Topology#getRegionRoutes <em>Region Routes</em>}</li>
 *   <li>{@link io.trunkline.model.Topology#getSuppressions <em>Suppressions</em>}</li>
 * </ul>
 *
 * @see io.trunkline.model.TopologyPackage#getTopology()
 * @model
 * @generated
 */
public interface Topology extends Element {
	/**
	 * Returns the value of the '<em><b>Organisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organisation being planned for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Organisation</em>' attribute.
	 * @see #setOrganisation(String)
	 * @see io.trunkline.model.TopologyPackage#getTopology_Organisation()
	 * @model
	 * @generated
	 */
	String getOrganisation();

	/**
	 * Sets the value of the '{@link io.trunkline.model.Topology#getOrganisation <em>Organisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organisation</em>' attribute.
	 * @see #getOrganisation()
	 * @generated
	 */
	void setOrganisation(String value);

	/**
	 * Returns the value of the '<em><b>Sip Domains</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SIP domains; the first is the default domain (topology XML InternalDomains, domain-catalogue.md §5).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sip Domains</em>' attribute list.
	 * @see io.trunkline.model.TopologyPackage#getTopology_SipDomains()
	 * @model
	 * @generated
	 */
	EList<String> getSipDomains();

	/**
	 * Returns the value of the '<em><b>Mean Holding Time Seconds</b></em>' attribute.
	 * The default value is <code>"180"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mean PSTN call holding time for Erlang B sizing; 180 s ("Each call duration is 3 minutes") [UM], domain.md §1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mean Holding Time Seconds</em>' attribute.
	 * @see #setMeanHoldingTimeSeconds(int)
	 * @see io.trunkline.model.TopologyPackage#getTopology_MeanHoldingTimeSeconds()
	 * @model default="180"
	 * @generated
	 */
	int getMeanHoldingTimeSeconds();

	/**
	 * Sets the value of the '{@link io.trunkline.model.Topology#getMeanHoldingTimeSeconds <em>Mean Holding Time Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mean Holding Time Seconds</em>' attribute.
	 * @see #getMeanHoldingTimeSeconds()
	 * @generated
	 */
	void setMeanHoldingTimeSeconds(int value);

	/**
	 * Returns the value of the '<em><b>Grade Of Service</b></em>' attribute.
	 * The default value is <code>"0.01"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Target blocking probability for Erlang B sizing; 0.01 is P.01 [OCTEL-GOS], domain.md §1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Grade Of Service</em>' attribute.
	 * @see #setGradeOfService(double)
	 * @see io.trunkline.model.TopologyPackage#getTopology_GradeOfService()
	 * @model default="0.01"
	 * @generated
	 */
	double getGradeOfService();

	/**
	 * Sets the value of the '{@link io.trunkline.model.Topology#getGradeOfService <em>Grade Of Service</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Grade Of Service</em>' attribute.
	 * @see #getGradeOfService()
	 * @generated
	 */
	void setGradeOfService(double value);

	/**
	 * Returns the value of the '<em><b>Media Bypass Mode</b></em>' attribute.
	 * The default value is <code>"OFF"</code>.
	 * The literals are from the enumeration {@link io.trunkline.model.MediaBypassMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Global media bypass mode [MB].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Media Bypass Mode</em>' attribute.
	 * @see io.trunkline.model.MediaBypassMode
	 * @see #setMediaBypassMode(MediaBypassMode)
	 * @see io.trunkline.model.TopologyPackage#getTopology_MediaBypassMode()
	 * @model default="OFF"
	 * @generated
	 */
	MediaBypassMode getMediaBypassMode();

	/**
	 * Sets the value of the '{@link io.trunkline.model.Topology#getMediaBypassMode <em>Media Bypass Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Media Bypass Mode</em>' attribute.
	 * @see io.trunkline.model.MediaBypassMode
	 * @see #getMediaBypassMode()
	 * @generated
	 */
	void setMediaBypassMode(MediaBypassMode value);

	/**
	 * Returns the value of the '<em><b>Call Admission Control</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether call admission control is enabled; it excludes Always Bypass [MB].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Call Admission Control</em>' attribute.
	 * @see #setCallAdmissionControl(boolean)
	 * @see io.trunkline.model.TopologyPackage#getTopology_CallAdmissionControl()
	 * @model default="false"
	 * @generated
	 */
	boolean isCallAdmissionControl();

	/**
	 * Sets the value of the '{@link io.trunkline.model.Topology#isCallAdmissionControl <em>Call Admission Control</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Call Admission Control</em>' attribute.
	 * @see #isCallAdmissionControl()
	 * @generated
	 */
	void setCallAdmissionControl(boolean value);

	/**
	 * Returns the value of the '<em><b>Central Sites</b></em>' containment reference list.
	 * The list contents are of type {@link io.trunkline.model.CentralSite}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Central sites; at least one is required [TB].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Central Sites</em>' containment reference list.
	 * @see io.trunkline.model.TopologyPackage#getTopology_CentralSites()
	 * @model containment="true"
	 * @generated
	 */
	EList<CentralSite> getCentralSites();

	/**
	 * Returns the value of the '<em><b>Trunks</b></em>' containment reference list.
	 * The list contents are of type {@link io.trunkline.model.Trunk}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * All trunks of the topology; a trunk may join a Mediation pool and a peer in different sites [MNT].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trunks</em>' containment reference list.
	 * @see io.trunkline.model.TopologyPackage#getTopology_Trunks()
	 * @model containment="true"
	 * @generated
	 */
	EList<Trunk> getTrunks();

	/**
	 * Returns the value of the '<em><b>Wan Links</b></em>' containment reference list.
	 * The list contents are of type {@link io.trunkline.model.WanLink}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * WAN links between sites [CAC].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Wan Links</em>' containment reference list.
	 * @see io.trunkline.model.TopologyPackage#getTopology_WanLinks()
	 * @model containment="true"
	 * @generated
	 */
	EList<WanLink> getWanLinks();

	/**
	 * Returns the value of the '<em><b>Voice Routes</b></em>' containment reference list.
	 * The list contents are of type {@link io.trunkline.model.VoiceRoute}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Voice routes: which trunks a dialled number may leave through, for the PSTN usages that list the route [OVR] (domain-catalogue.md §1.2 Voice routing).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Voice Routes</em>' containment reference list.
	 * @see io.trunkline.model.TopologyPackage#getTopology_VoiceRoutes()
	 * @model containment="true"
	 * @generated
	 */
	EList<VoiceRoute> getVoiceRoutes();

	/**
	 * Returns the value of the '<em><b>Pstn Usages</b></em>' containment reference list.
	 * The list contents are of type {@link io.trunkline.model.PstnUsage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PSTN usage records that join voice policies to voice routes [OVR].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pstn Usages</em>' containment reference list.
	 * @see io.trunkline.model.TopologyPackage#getTopology_PstnUsages()
	 * @model containment="true"
	 * @generated
	 */
	EList<PstnUsage> getPstnUsages();

	/**
	 * Returns the value of the '<em><b>Voice Policies</b></em>' containment reference list.
	 * The list contents are of type {@link io.trunkline.model.VoicePolicy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Voice policies, global, per site or granted to users, each with its ordered PSTN usages [OVR].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Voice Policies</em>' containment reference list.
	 * @see io.trunkline.model.TopologyPackage#getTopology_VoicePolicies()
	 * @model containment="true"
	 * @generated
	 */
	EList<VoicePolicy> getVoicePolicies();

	/**
	 * Returns the value of the '<em><b>Network Regions</b></em>' containment reference list.
	 * The list contents are of type {@link io.trunkline.model.NetworkRegion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Call admission control network regions, each anchored on a central site [CAC] (domain-catalogue.md §1.2 WanLink and the network model).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Network Regions</em>' containment reference list.
	 * @see io.trunkline.model.TopologyPackage#getTopology_NetworkRegions()
	 * @model containment="true"
	 * @generated
	 */
	EList<NetworkRegion> getNetworkRegions();

	/**
	 * Returns the value of the '<em><b>Network Sites</b></em>' containment reference list.
	 * The list contents are of type {@link io.trunkline.model.NetworkSite}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Call admission control network sites; each belongs to exactly one region (MB-09) [CAC]. Not the same as Skype for Business sites: "Central sites do not necessarily correspond to network sites" [CAC].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Network Sites</em>' containment reference list.
	 * @see io.trunkline.model.TopologyPackage#getTopology_NetworkSites()
	 * @model containment="true"
	 * @generated
	 */
	EList<NetworkSite> getNetworkSites();

	/**
	 * Returns the value of the '<em><b>Subnets</b></em>' containment reference list.
	 * The list contents are of type {@link io.trunkline.model.Subnet}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IP subnets of the network sites; with media bypass by site and region every routable subnet is associated with a network site (MB-05) [MB].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subnets</em>' containment reference list.
	 * @see io.trunkline.model.TopologyPackage#getTopology_Subnets()
	 * @model containment="true"
	 * @generated
	 */
	EList<Subnet> getSubnets();

	/**
	 * Returns the value of the '<em><b>Bandwidth Policy Profiles</b></em>' containment reference list.
	 * The list contents are of type {@link io.trunkline.model.BandwidthPolicyProfile}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bandwidth policy profiles that limit audio and video on network sites and region links [CAC].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bandwidth Policy Profiles</em>' containment reference list.
	 * @see io.trunkline.model.TopologyPackage#getTopology_BandwidthPolicyProfiles()
	 * @model containment="true"
	 * @generated
	 */
	EList<BandwidthPolicyProfile> getBandwidthPolicyProfiles();

	/**
	 * Returns the value of the '<em><b>Region Links</b></em>' containment reference list.
	 * The list contents are of type {@link io.trunkline.model.RegionLink}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Links between two network regions, with their bandwidth limits [CAC].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Region Links</em>' containment reference list.
	 * @see io.trunkline.model.TopologyPackage#getTopology_RegionLinks()
	 * @model containment="true"
	 * @generated
	 */
	EList<RegionLink> getRegionLinks();

	/**
	 * Returns the value of the '<em><b>Region Routes</b></em>' containment reference list.
	 * The list contents are of type {@link io.trunkline.model.RegionRoute}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Routes between two network regions through region links [CAC].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Region Routes</em>' containment reference list.
	 * @see io.trunkline.model.TopologyPackage#getTopology_RegionRoutes()
	 * @model containment="true"
	 * @generated
	 */
	EList<RegionRoute> getRegionRoutes();

	/**
	 * Returns the value of the '<em><b>Suppressions</b></em>' containment reference list.
	 * The list contents are of type {@link io.trunkline.model.Suppression}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Findings the planners accepted on purpose: a rule on one element, with the written reason (issue 15, rules users configure).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Suppressions</em>' containment reference list.
	 * @see io.trunkline.model.TopologyPackage#getTopology_Suppressions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Suppression> getSuppressions();

} // Topology
