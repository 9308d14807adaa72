/**
 */
package io.trunkline.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pstn Usage</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A PSTN usage record: the link between voice policies and the voice routes a user may call through [OVR].
 * <!-- end-model-doc -->
 *
 *
 * @see io.trunkline.model.TopologyPackage#getPstnUsage()
 * @model
 * @generated
 */
public interface PstnUsage extends Element {
} // PstnUsage
