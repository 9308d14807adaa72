/**
 */
package io.trunkline.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Voice Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A voice policy and its ordered PSTN usages: user policies win over site policies, which win over the global policy [OVR]; branch users need a second usage through a central gateway (BR-14) [EVR].
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.trunkline.model.VoicePolicy#getScope <em>Scope</em>}</li>
 *   <li>{@link io.trunkline.model.VoicePolicy#getSite <em>Site</em>}</li>
 *   <li>{@link io.trunkline.model.VoicePolicy#getGrantedTo <em>Granted To</em>}</li>
 *   <li>{@link io.trunkline.model.VoicePolicy#getPstnUsages <em>Pstn Usages</em>}</li>
 * </ul>
 *
 * @see io.trunkline.model.TopologyPackage#getVoicePolicy()
 * @model
 * @generated
 */
public interface VoicePolicy extends Element {
	/**
	 * Returns the value of the '<em><b>Scope</b></em>' attribute.
	 * The default value is <code>"GLOBAL"</code>.
	 * The literals are from the enumeration {@link io.trunkline.model.VoicePolicyScope}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whom the policy applies to [OVR].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scope</em>' attribute.
	 * @see io.trunkline.model.VoicePolicyScope
	 * @see #setScope(VoicePolicyScope)
	 * @see io.trunkline.model.TopologyPackage#getVoicePolicy_Scope()
	 * @model default="GLOBAL"
	 * @generated
	 */
	VoicePolicyScope getScope();

	/**
	 * Sets the value of the '{@link io.trunkline.model.VoicePolicy#getScope <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' attribute.
	 * @see io.trunkline.model.VoicePolicyScope
	 * @see #getScope()
	 * @generated
	 */
	void setScope(VoicePolicyScope value);

	/**
	 * Returns the value of the '<em><b>Site</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a site policy, the site it is defined for [OVR].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Site</em>' reference.
	 * @see #setSite(Site)
	 * @see io.trunkline.model.TopologyPackage#getVoicePolicy_Site()
	 * @model
	 * @generated
	 */
	Site getSite();

	/**
	 * Sets the value of the '{@link io.trunkline.model.VoicePolicy#getSite <em>Site</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Site</em>' reference.
	 * @see #getSite()
	 * @generated
	 */
	void setSite(Site value);

	/**
	 * Returns the value of the '<em><b>Granted To</b></em>' reference list.
	 * The list contents are of type {@link io.trunkline.model.Site}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a user policy, the sites whose users are granted it ("the branch office user policy" [EVR]).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Granted To</em>' reference list.
	 * @see io.trunkline.model.TopologyPackage#getVoicePolicy_GrantedTo()
	 * @model
	 * @generated
	 */
	EList<Site> getGrantedTo();

	/**
	 * Returns the value of the '<em><b>Pstn Usages</b></em>' reference list.
	 * The list contents are of type {@link io.trunkline.model.PstnUsage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The PSTN usages, tried in this order [OVR].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pstn Usages</em>' reference list.
	 * @see io.trunkline.model.TopologyPackage#getVoicePolicy_PstnUsages()
	 * @model
	 * @generated
	 */
	EList<PstnUsage> getPstnUsages();

} // VoicePolicy
