/**
 */
package io.trunkline.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Director Pool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A Director pool; never a valid Mediation next hop [TBH-MS].
 * <!-- end-model-doc -->
 *
 *
 * @see io.trunkline.model.TopologyPackage#getDirectorPool()
 * @model
 * @generated
 */
public interface DirectorPool extends Pool {
} // DirectorPool
