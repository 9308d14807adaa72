/**
 */
package io.trunkline.model.impl;

import io.trunkline.model.Pbx;
import io.trunkline.model.PbxKind;
import io.trunkline.model.PbxPlacement;
import io.trunkline.model.TopologyPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pbx</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.trunkline.model.impl.PbxImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.trunkline.model.impl.PbxImpl#getUsersRemaining <em>Users Remaining</em>}</li>
 *   <li>{@link io.trunkline.model.impl.PbxImpl#getPlacement <em>Placement</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PbxImpl extends ElementImpl implements Pbx {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final PbxKind KIND_EDEFAULT = PbxKind.TDM;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected PbxKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getUsersRemaining() <em>Users Remaining</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsersRemaining()
	 * @generated
	 * @ordered
	 */
	protected static final int USERS_REMAINING_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getUsersRemaining() <em>Users Remaining</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsersRemaining()
	 * @generated
	 * @ordered
	 */
	protected int usersRemaining = USERS_REMAINING_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlacement() <em>Placement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlacement()
	 * @generated
	 * @ordered
	 */
	protected static final PbxPlacement PLACEMENT_EDEFAULT = PbxPlacement.EV_BEHIND_PBX;

	/**
	 * The cached value of the '{@link #getPlacement() <em>Placement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlacement()
	 * @generated
	 * @ordered
	 */
	protected PbxPlacement placement = PLACEMENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PbxImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.PBX;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PbxKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(PbxKind newKind) {
		PbxKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.PBX__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getUsersRemaining() {
		return usersRemaining;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUsersRemaining(int newUsersRemaining) {
		int oldUsersRemaining = usersRemaining;
		usersRemaining = newUsersRemaining;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.PBX__USERS_REMAINING, oldUsersRemaining, usersRemaining));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PbxPlacement getPlacement() {
		return placement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlacement(PbxPlacement newPlacement) {
		PbxPlacement oldPlacement = placement;
		placement = newPlacement == null ? PLACEMENT_EDEFAULT : newPlacement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.PBX__PLACEMENT, oldPlacement, placement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.PBX__KIND:
				return getKind();
			case TopologyPackage.PBX__USERS_REMAINING:
				return getUsersRemaining();
			case TopologyPackage.PBX__PLACEMENT:
				return getPlacement();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TopologyPackage.PBX__KIND:
				setKind((PbxKind)newValue);
				return;
			case TopologyPackage.PBX__USERS_REMAINING:
				setUsersRemaining((Integer)newValue);
				return;
			case TopologyPackage.PBX__PLACEMENT:
				setPlacement((PbxPlacement)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case TopologyPackage.PBX__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case TopologyPackage.PBX__USERS_REMAINING:
				setUsersRemaining(USERS_REMAINING_EDEFAULT);
				return;
			case TopologyPackage.PBX__PLACEMENT:
				setPlacement(PLACEMENT_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case TopologyPackage.PBX__KIND:
				return kind != KIND_EDEFAULT;
			case TopologyPackage.PBX__USERS_REMAINING:
				return usersRemaining != USERS_REMAINING_EDEFAULT;
			case TopologyPackage.PBX__PLACEMENT:
				return placement != PLACEMENT_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (kind: ");
		result.append(kind);
		result.append(", usersRemaining: ");
		result.append(usersRemaining);
		result.append(", placement: ");
		result.append(placement);
		result.append(')');
		return result.toString();
	}

} //PbxImpl
