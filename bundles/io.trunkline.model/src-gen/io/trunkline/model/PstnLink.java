/**
 */
package io.trunkline.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pstn Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A link between a PSTN gateway and the carrier (domain.md §1).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.trunkline.model.PstnLink#getGateway <em>Gateway</em>}</li>
 *   <li>{@link io.trunkline.model.PstnLink#getCarrier <em>Carrier</em>}</li>
 *   <li>{@link io.trunkline.model.PstnLink#getLineType <em>Line Type</em>}</li>
 *   <li>{@link io.trunkline.model.PstnLink#getChannels <em>Channels</em>}</li>
 *   <li>{@link io.trunkline.model.PstnLink#getLines <em>Lines</em>}</li>
 * </ul>
 *
 * @see io.trunkline.model.TopologyPackage#getPstnLink()
 * @model
 * @generated
 */
public interface PstnLink extends Element {
	/**
	 * Returns the value of the '<em><b>Gateway</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The gateway side.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gateway</em>' reference.
	 * @see #setGateway(TrunkPeer)
	 * @see io.trunkline.model.TopologyPackage#getPstnLink_Gateway()
	 * @model required="true"
	 * @generated
	 */
	TrunkPeer getGateway();

	/**
	 * Sets the value of the '{@link io.trunkline.model.PstnLink#getGateway <em>Gateway</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gateway</em>' reference.
	 * @see #getGateway()
	 * @generated
	 */
	void setGateway(TrunkPeer value);

	/**
	 * Returns the value of the '<em><b>Carrier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The carrier.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Carrier</em>' attribute.
	 * @see #setCarrier(String)
	 * @see io.trunkline.model.TopologyPackage#getPstnLink_Carrier()
	 * @model
	 * @generated
	 */
	String getCarrier();

	/**
	 * Sets the value of the '{@link io.trunkline.model.PstnLink#getCarrier <em>Carrier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Carrier</em>' attribute.
	 * @see #getCarrier()
	 * @generated
	 */
	void setCarrier(String value);

	/**
	 * Returns the value of the '<em><b>Line Type</b></em>' attribute.
	 * The default value is <code>"T1"</code>.
	 * The literals are from the enumeration {@link io.trunkline.model.LineType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Line type [T1E1].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Line Type</em>' attribute.
	 * @see io.trunkline.model.LineType
	 * @see #setLineType(LineType)
	 * @see io.trunkline.model.TopologyPackage#getPstnLink_LineType()
	 * @model default="T1"
	 * @generated
	 */
	LineType getLineType();

	/**
	 * Sets the value of the '{@link io.trunkline.model.PstnLink#getLineType <em>Line Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line Type</em>' attribute.
	 * @see io.trunkline.model.LineType
	 * @see #getLineType()
	 * @generated
	 */
	void setLineType(LineType value);

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' attribute.
	 * The default value is <code>"23"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Usable channels; T1 PRI 23, E1 PRI 30 [T1E1].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channels</em>' attribute.
	 * @see #setChannels(int)
	 * @see io.trunkline.model.TopologyPackage#getPstnLink_Channels()
	 * @model default="23"
	 * @generated
	 */
	int getChannels();

	/**
	 * Sets the value of the '{@link io.trunkline.model.PstnLink#getChannels <em>Channels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channels</em>' attribute.
	 * @see #getChannels()
	 * @generated
	 */
	void setChannels(int value);

	/**
	 * Returns the value of the '<em><b>Lines</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many lines of this type the link bundles, each with the given channels; a stand-alone Mediation Server terminates at most 46 T1 or 35 E1 lines (63 / 47 with hyper-threading) [UMU] (MS-05).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lines</em>' attribute.
	 * @see #setLines(int)
	 * @see io.trunkline.model.TopologyPackage#getPstnLink_Lines()
	 * @model default="1"
	 * @generated
	 */
	int getLines();

	/**
	 * Sets the value of the '{@link io.trunkline.model.PstnLink#getLines <em>Lines</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lines</em>' attribute.
	 * @see #getLines()
	 * @generated
	 */
	void setLines(int value);

} // PstnLink
