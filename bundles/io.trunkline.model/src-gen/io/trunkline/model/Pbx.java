/**
 */
package io.trunkline.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pbx</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A PBX that Enterprise Voice coexists with (domain.md §1–2, [DS], [MED]).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.trunkline.model.Pbx#getKind <em>Kind</em>}</li>
 *   <li>{@link io.trunkline.model.Pbx#getUsersRemaining <em>Users Remaining</em>}</li>
 *   <li>{@link io.trunkline.model.Pbx#getPlacement <em>Placement</em>}</li>
 * </ul>
 *
 * @see io.trunkline.model.TopologyPackage#getPbx()
 * @model
 * @generated
 */
public interface Pbx extends Element {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"TDM"</code>.
	 * The literals are from the enumeration {@link io.trunkline.model.PbxKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * TDM or IP [MED].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.trunkline.model.PbxKind
	 * @see #setKind(PbxKind)
	 * @see io.trunkline.model.TopologyPackage#getPbx_Kind()
	 * @model default="TDM"
	 * @generated
	 */
	PbxKind getKind();

	/**
	 * Sets the value of the '{@link io.trunkline.model.Pbx#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.trunkline.model.PbxKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(PbxKind value);

	/**
	 * Returns the value of the '<em><b>Users Remaining</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Users that stay on the PBX [DS].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Users Remaining</em>' attribute.
	 * @see #setUsersRemaining(int)
	 * @see io.trunkline.model.TopologyPackage#getPbx_UsersRemaining()
	 * @model default="0"
	 * @generated
	 */
	int getUsersRemaining();

	/**
	 * Sets the value of the '{@link io.trunkline.model.Pbx#getUsersRemaining <em>Users Remaining</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Users Remaining</em>' attribute.
	 * @see #getUsersRemaining()
	 * @generated
	 */
	void setUsersRemaining(int value);

	/**
	 * Returns the value of the '<em><b>Placement</b></em>' attribute.
	 * The default value is <code>"EV_BEHIND_PBX"</code>.
	 * The literals are from the enumeration {@link io.trunkline.model.PbxPlacement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Enterprise Voice behind or in front of the PBX [DS].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Placement</em>' attribute.
	 * @see io.trunkline.model.PbxPlacement
	 * @see #setPlacement(PbxPlacement)
	 * @see io.trunkline.model.TopologyPackage#getPbx_Placement()
	 * @model default="EV_BEHIND_PBX"
	 * @generated
	 */
	PbxPlacement getPlacement();

	/**
	 * Sets the value of the '{@link io.trunkline.model.Pbx#getPlacement <em>Placement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Placement</em>' attribute.
	 * @see io.trunkline.model.PbxPlacement
	 * @see #getPlacement()
	 * @generated
	 */
	void setPlacement(PbxPlacement value);

} // Pbx
