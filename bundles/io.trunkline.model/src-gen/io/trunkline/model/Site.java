/**
 */
package io.trunkline.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Site</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A set of well-connected computers (domain.md §1, [TB]) with its Enterprise Voice users and PSTN connectivity.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.trunkline.model.Site#getCity <em>City</em>}</li>
 *   <li>{@link io.trunkline.model.Site#getState <em>State</em>}</li>
 *   <li>{@link io.trunkline.model.Site#getCountryRegion <em>Country Region</em>}</li>
 *   <li>{@link io.trunkline.model.Site#getUsers <em>Users</em>}</li>
 *   <li>{@link io.trunkline.model.Site#getUsageProfile <em>Usage Profile</em>}</li>
 *   <li>{@link io.trunkline.model.Site#getCustomCallsPerUserBusyHour <em>Custom Calls Per User Busy Hour</em>}</li>
 *   <li>{@link io.trunkline.model.Site#isNeedsPstn <em>Needs Pstn</em>}</li>
 *   <li>{@link io.trunkline.model.Site#getDeploymentOption <em>Deployment Option</em>}</li>
 *   <li>{@link io.trunkline.model.Site#getDrawnPstnPorts <em>Drawn Pstn Ports</em>}</li>
 *   <li>{@link io.trunkline.model.Site#getPstnServedBy <em>Pstn Served By</em>}</li>
 *   <li>{@link io.trunkline.model.Site#getTrunkPeers <em>Trunk Peers</em>}</li>
 *   <li>{@link io.trunkline.model.Site#getMediationPools <em>Mediation Pools</em>}</li>
 *   <li>{@link io.trunkline.model.Site#getPbxs <em>Pbxs</em>}</li>
 *   <li>{@link io.trunkline.model.Site#getPbxLinks <em>Pbx Links</em>}</li>
 *   <li>{@link io.trunkline.model.Site#getPstnLinks <em>Pstn Links</em>}</li>
 *   <li>{@link io.trunkline.model.Site#getEmergencyLocations <em>Emergency Locations</em>}</li>
 * </ul>
 *
 * @see io.trunkline.model.TopologyPackage#getSite()
 * @model abstract="true"
 * @generated
 */
public interface Site extends Element {
	/**
	 * Returns the value of the '<em><b>City</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * City (optional in Topology Builder) [TBH-BSD].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>City</em>' attribute.
	 * @see #setCity(String)
	 * @see io.trunkline.model.TopologyPackage#getSite_City()
	 * @model
	 * @generated
	 */
	String getCity();

	/**
	 * Sets the value of the '{@link io.trunkline.model.Site#getCity <em>City</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>City</em>' attribute.
	 * @see #getCity()
	 * @generated
	 */
	void setCity(String value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * State or province [TBH-BSD].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see #setState(String)
	 * @see io.trunkline.model.TopologyPackage#getSite_State()
	 * @model
	 * @generated
	 */
	String getState();

	/**
	 * Sets the value of the '{@link io.trunkline.model.Site#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see #getState()
	 * @generated
	 */
	void setState(String value);

	/**
	 * Returns the value of the '<em><b>Country Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Country/region code [TBH-BSD].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Country Region</em>' attribute.
	 * @see #setCountryRegion(String)
	 * @see io.trunkline.model.TopologyPackage#getSite_CountryRegion()
	 * @model
	 * @generated
	 */
	String getCountryRegion();

	/**
	 * Sets the value of the '{@link io.trunkline.model.Site#getCountryRegion <em>Country Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Country Region</em>' attribute.
	 * @see #getCountryRegion()
	 * @generated
	 */
	void setCountryRegion(String value);

	/**
	 * Returns the value of the '<em><b>Users</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Enterprise Voice users homed at the site [DS] ("Estimate the traffic at each site").
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Users</em>' attribute.
	 * @see #setUsers(int)
	 * @see io.trunkline.model.TopologyPackage#getSite_Users()
	 * @model default="0"
	 * @generated
	 */
	int getUsers();

	/**
	 * Sets the value of the '{@link io.trunkline.model.Site#getUsers <em>Users</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Users</em>' attribute.
	 * @see #getUsers()
	 * @generated
	 */
	void setUsers(int value);

	/**
	 * Returns the value of the '<em><b>Usage Profile</b></em>' attribute.
	 * The default value is <code>"MODERATE"</code>.
	 * The literals are from the enumeration {@link io.trunkline.model.UsageProfile}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Busy-hour PSTN usage of the users [DS], domain.md §3.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Usage Profile</em>' attribute.
	 * @see io.trunkline.model.UsageProfile
	 * @see #setUsageProfile(UsageProfile)
	 * @see io.trunkline.model.TopologyPackage#getSite_UsageProfile()
	 * @model default="MODERATE"
	 * @generated
	 */
	UsageProfile getUsageProfile();

	/**
	 * Sets the value of the '{@link io.trunkline.model.Site#getUsageProfile <em>Usage Profile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Usage Profile</em>' attribute.
	 * @see io.trunkline.model.UsageProfile
	 * @see #getUsageProfile()
	 * @generated
	 */
	void setUsageProfile(UsageProfile value);

	/**
	 * Returns the value of the '<em><b>Custom Calls Per User Busy Hour</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PSTN calls per user in the busy hour when the usage profile is CUSTOM.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Custom Calls Per User Busy Hour</em>' attribute.
	 * @see #setCustomCallsPerUserBusyHour(double)
	 * @see io.trunkline.model.TopologyPackage#getSite_CustomCallsPerUserBusyHour()
	 * @model default="0.0"
	 * @generated
	 */
	double getCustomCallsPerUserBusyHour();

	/**
	 * Sets the value of the '{@link io.trunkline.model.Site#getCustomCallsPerUserBusyHour <em>Custom Calls Per User Busy Hour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Custom Calls Per User Busy Hour</em>' attribute.
	 * @see #getCustomCallsPerUserBusyHour()
	 * @generated
	 */
	void setCustomCallsPerUserBusyHour(double value);

	/**
	 * Returns the value of the '<em><b>Needs Pstn</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the site needs PSTN connectivity (domain.md §4 rule 5, GW-08).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Needs Pstn</em>' attribute.
	 * @see #setNeedsPstn(boolean)
	 * @see io.trunkline.model.TopologyPackage#getSite_NeedsPstn()
	 * @model default="true"
	 * @generated
	 */
	boolean isNeedsPstn();

	/**
	 * Sets the value of the '{@link io.trunkline.model.Site#isNeedsPstn <em>Needs Pstn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Needs Pstn</em>' attribute.
	 * @see #isNeedsPstn()
	 * @generated
	 */
	void setNeedsPstn(boolean value);

	/**
	 * Returns the value of the '<em><b>Deployment Option</b></em>' attribute.
	 * The default value is <code>"VOIP_ONLY"</code>.
	 * The literals are from the enumeration {@link io.trunkline.model.DeploymentOption}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the site reaches the PSTN (domain.md §2).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Deployment Option</em>' attribute.
	 * @see io.trunkline.model.DeploymentOption
	 * @see #setDeploymentOption(DeploymentOption)
	 * @see io.trunkline.model.TopologyPackage#getSite_DeploymentOption()
	 * @model default="VOIP_ONLY"
	 * @generated
	 */
	DeploymentOption getDeploymentOption();

	/**
	 * Sets the value of the '{@link io.trunkline.model.Site#getDeploymentOption <em>Deployment Option</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deployment Option</em>' attribute.
	 * @see io.trunkline.model.DeploymentOption
	 * @see #getDeploymentOption()
	 * @generated
	 */
	void setDeploymentOption(DeploymentOption value);

	/**
	 * Returns the value of the '<em><b>Drawn Pstn Ports</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PSTN ports drawn at the site: the sum of the ports of its PSTN gateways and SBA gateways (derived) [DS] §3.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Drawn Pstn Ports</em>' attribute.
	 * @see io.trunkline.model.TopologyPackage#getSite_DrawnPstnPorts()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	int getDrawnPstnPorts();

	/**
	 * Returns the value of the '<em><b>Pstn Served By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A central telephony site that provides this site's PSTN connectivity instead of local gateways [DS] §2.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pstn Served By</em>' reference.
	 * @see #setPstnServedBy(Site)
	 * @see io.trunkline.model.TopologyPackage#getSite_PstnServedBy()
	 * @model
	 * @generated
	 */
	Site getPstnServedBy();

	/**
	 * Sets the value of the '{@link io.trunkline.model.Site#getPstnServedBy <em>Pstn Served By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pstn Served By</em>' reference.
	 * @see #getPstnServedBy()
	 * @generated
	 */
	void setPstnServedBy(Site value);

	/**
	 * Returns the value of the '<em><b>Trunk Peers</b></em>' containment reference list.
	 * The list contents are of type {@link io.trunkline.model.TrunkPeer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PSTN gateways, IP-PBXs and ITSP SBCs at the site [DGW].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trunk Peers</em>' containment reference list.
	 * @see io.trunkline.model.TopologyPackage#getSite_TrunkPeers()
	 * @model containment="true"
	 * @generated
	 */
	EList<TrunkPeer> getTrunkPeers();

	/**
	 * Returns the value of the '<em><b>Mediation Pools</b></em>' containment reference list.
	 * The list contents are of type {@link io.trunkline.model.MediationPool}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mediation pools at the site (collocated or stand-alone) [MED].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mediation Pools</em>' containment reference list.
	 * @see io.trunkline.model.TopologyPackage#getSite_MediationPools()
	 * @model containment="true"
	 * @generated
	 */
	EList<MediationPool> getMediationPools();

	/**
	 * Returns the value of the '<em><b>Pbxs</b></em>' containment reference list.
	 * The list contents are of type {@link io.trunkline.model.Pbx}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PBXs at the site [DS].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pbxs</em>' containment reference list.
	 * @see io.trunkline.model.TopologyPackage#getSite_Pbxs()
	 * @model containment="true"
	 * @generated
	 */
	EList<Pbx> getPbxs();

	/**
	 * Returns the value of the '<em><b>Pbx Links</b></em>' containment reference list.
	 * The list contents are of type {@link io.trunkline.model.PbxLink}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Links between a gateway and a PBX [MED].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pbx Links</em>' containment reference list.
	 * @see io.trunkline.model.TopologyPackage#getSite_PbxLinks()
	 * @model containment="true"
	 * @generated
	 */
	EList<PbxLink> getPbxLinks();

	/**
	 * Returns the value of the '<em><b>Pstn Links</b></em>' containment reference list.
	 * The list contents are of type {@link io.trunkline.model.PstnLink}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Links between a gateway and the carrier.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pstn Links</em>' containment reference list.
	 * @see io.trunkline.model.TopologyPackage#getSite_PstnLinks()
	 * @model containment="true"
	 * @generated
	 */
	EList<PstnLink> getPstnLinks();

	/**
	 * Returns the value of the '<em><b>Emergency Locations</b></em>' containment reference list.
	 * The list contents are of type {@link io.trunkline.model.EmergencyLocation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * E9-1-1 locations of the site for the Location Information service [ELIN].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Emergency Locations</em>' containment reference list.
	 * @see io.trunkline.model.TopologyPackage#getSite_EmergencyLocations()
	 * @model containment="true"
	 * @generated
	 */
	EList<EmergencyLocation> getEmergencyLocations();

} // Site
