/**
 */
package io.trunkline.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Region Route</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The route calls take between two network regions, as a list of region links [CAC].
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.trunkline.model.RegionRoute#getRegionA <em>Region A</em>}</li>
 *   <li>{@link io.trunkline.model.RegionRoute#getRegionB <em>Region B</em>}</li>
 *   <li>{@link io.trunkline.model.RegionRoute#getLinks <em>Links</em>}</li>
 * </ul>
 *
 * @see io.trunkline.model.TopologyPackage#getRegionRoute()
 * @model
 * @generated
 */
public interface RegionRoute extends Element {
	/**
	 * Returns the value of the '<em><b>Region A</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One end.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Region A</em>' reference.
	 * @see #setRegionA(NetworkRegion)
	 * @see io.trunkline.model.TopologyPackage#getRegionRoute_RegionA()
	 * @model required="true"
	 * @generated
	 */
	NetworkRegion getRegionA();

	/**
	 * Sets the value of the '{@link io.trunkline.model.RegionRoute#getRegionA <em>Region A</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region A</em>' reference.
	 * @see #getRegionA()
	 * @generated
	 */
	void setRegionA(NetworkRegion value);

	/**
	 * Returns the value of the '<em><b>Region B</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The other end.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Region B</em>' reference.
	 * @see #setRegionB(NetworkRegion)
	 * @see io.trunkline.model.TopologyPackage#getRegionRoute_RegionB()
	 * @model required="true"
	 * @generated
	 */
	NetworkRegion getRegionB();

	/**
	 * Sets the value of the '{@link io.trunkline.model.RegionRoute#getRegionB <em>Region B</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region B</em>' reference.
	 * @see #getRegionB()
	 * @generated
	 */
	void setRegionB(NetworkRegion value);

	/**
	 * Returns the value of the '<em><b>Links</b></em>' reference list.
	 * The list contents are of type {@link io.trunkline.model.RegionLink}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The region links crossed, in order [CAC].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Links</em>' reference list.
	 * @see io.trunkline.model.TopologyPackage#getRegionRoute_Links()
	 * @model
	 * @generated
	 */
	EList<RegionLink> getLinks();

} // RegionRoute
