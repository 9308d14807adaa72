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

} // Topology
