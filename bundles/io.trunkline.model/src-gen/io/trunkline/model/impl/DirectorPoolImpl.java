/**
 */
package io.trunkline.model.impl;

import io.trunkline.model.DirectorPool;
import io.trunkline.model.TopologyPackage;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Director Pool</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class DirectorPoolImpl extends PoolImpl implements DirectorPool {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DirectorPoolImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.DIRECTOR_POOL;
	}

} //DirectorPoolImpl
