/**
 */
package io.trunkline.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Voice Route</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A voice route: "A call route associates destination phone numbers with particular trunks and PSTN usage records. A PSTN gateway is considered a trunk." [OVR]
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.trunkline.model.VoiceRoute#getNumberPattern <em>Number Pattern</em>}</li>
 *   <li>{@link io.trunkline.model.VoiceRoute#getPstnUsages <em>Pstn Usages</em>}</li>
 *   <li>{@link io.trunkline.model.VoiceRoute#getTrunks <em>Trunks</em>}</li>
 *   <li>{@link io.trunkline.model.VoiceRoute#getFailoverFor <em>Failover For</em>}</li>
 * </ul>
 *
 * @see io.trunkline.model.TopologyPackage#getVoiceRoute()
 * @model
 * @generated
 */
public interface VoiceRoute extends Element {
	/**
	 * Returns the value of the '<em><b>Number Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The dialled numbers the route matches, as a .NET regular expression (e.g. ^\+44) [OVR].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number Pattern</em>' attribute.
	 * @see #setNumberPattern(String)
	 * @see io.trunkline.model.TopologyPackage#getVoiceRoute_NumberPattern()
	 * @model
	 * @generated
	 */
	String getNumberPattern();

	/**
	 * Sets the value of the '{@link io.trunkline.model.VoiceRoute#getNumberPattern <em>Number Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number Pattern</em>' attribute.
	 * @see #getNumberPattern()
	 * @generated
	 */
	void setNumberPattern(String value);

	/**
	 * Returns the value of the '<em><b>Pstn Usages</b></em>' reference list.
	 * The list contents are of type {@link io.trunkline.model.PstnUsage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The PSTN usages the route is assigned to, in order [OVR].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pstn Usages</em>' reference list.
	 * @see io.trunkline.model.TopologyPackage#getVoiceRoute_PstnUsages()
	 * @model
	 * @generated
	 */
	EList<PstnUsage> getPstnUsages();

	/**
	 * Returns the value of the '<em><b>Trunks</b></em>' reference list.
	 * The list contents are of type {@link io.trunkline.model.Trunk}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The trunks (gateway ends) the route uses, in order of preference [OVR]; a non-routable gateway here is GW-23.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trunks</em>' reference list.
	 * @see io.trunkline.model.TopologyPackage#getVoiceRoute_Trunks()
	 * @model
	 * @generated
	 */
	EList<Trunk> getTrunks();

	/**
	 * Returns the value of the '<em><b>Failover For</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The primary route this route backs up; "specify a gateway that is located at a different site from the gateway specified in the primary route" [EVR] (CS-08).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Failover For</em>' reference.
	 * @see #setFailoverFor(VoiceRoute)
	 * @see io.trunkline.model.TopologyPackage#getVoiceRoute_FailoverFor()
	 * @model
	 * @generated
	 */
	VoiceRoute getFailoverFor();

	/**
	 * Sets the value of the '{@link io.trunkline.model.VoiceRoute#getFailoverFor <em>Failover For</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Failover For</em>' reference.
	 * @see #getFailoverFor()
	 * @generated
	 */
	void setFailoverFor(VoiceRoute value);

} // VoiceRoute
