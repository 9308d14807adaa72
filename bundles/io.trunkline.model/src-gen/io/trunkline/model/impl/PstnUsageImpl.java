/**
 */
package io.trunkline.model.impl;

import io.trunkline.model.PstnUsage;
import io.trunkline.model.TopologyPackage;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pstn Usage</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class PstnUsageImpl extends ElementImpl implements PstnUsage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PstnUsageImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.PSTN_USAGE;
	}

} //PstnUsageImpl
