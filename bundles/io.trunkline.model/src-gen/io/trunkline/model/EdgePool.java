/**
 */
package io.trunkline.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Edge Pool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An Edge pool giving remote users PSTN access [DMS, UMU].
 * <!-- end-model-doc -->
 *
 *
 * @see io.trunkline.model.TopologyPackage#getEdgePool()
 * @model
 * @generated
 */
public interface EdgePool extends Pool {
} // EdgePool
