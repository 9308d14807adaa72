/**
 */
package io.trunkline.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Emergency Location</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An E9-1-1 location of the Location Information service: "The Location Information service Location field … has a maximum length of 20 characters (including spaces)" [ELIN] (ID-05).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.trunkline.model.EmergencyLocation#getLocation <em>Location</em>}</li>
 *   <li>{@link io.trunkline.model.EmergencyLocation#getElin <em>Elin</em>}</li>
 * </ul>
 *
 * @see io.trunkline.model.TopologyPackage#getEmergencyLocation()
 * @model
 * @generated
 */
public interface EmergencyLocation extends Element {
	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Location field, e.g. a floor or wing; at most 20 characters [ELIN] (ID-05).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see io.trunkline.model.TopologyPackage#getEmergencyLocation_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link io.trunkline.model.EmergencyLocation#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Elin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The emergency location identification number the location maps to [ELIN].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Elin</em>' attribute.
	 * @see #setElin(String)
	 * @see io.trunkline.model.TopologyPackage#getEmergencyLocation_Elin()
	 * @model
	 * @generated
	 */
	String getElin();

	/**
	 * Sets the value of the '{@link io.trunkline.model.EmergencyLocation#getElin <em>Elin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Elin</em>' attribute.
	 * @see #getElin()
	 * @generated
	 */
	void setElin(String value);

} // EmergencyLocation
