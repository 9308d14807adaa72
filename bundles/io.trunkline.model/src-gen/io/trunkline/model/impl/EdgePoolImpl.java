/**
 */
package io.trunkline.model.impl;

import io.trunkline.model.EdgePool;
import io.trunkline.model.TopologyPackage;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Edge Pool</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class EdgePoolImpl extends PoolImpl implements EdgePool {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EdgePoolImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.EDGE_POOL;
	}

} //EdgePoolImpl
