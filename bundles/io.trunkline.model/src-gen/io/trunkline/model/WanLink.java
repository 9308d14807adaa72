/**
 */
package io.trunkline.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Wan Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A WAN link between two sites (domain.md §1, [CAC]).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.trunkline.model.WanLink#getSiteA <em>Site A</em>}</li>
 *   <li>{@link io.trunkline.model.WanLink#getSiteB <em>Site B</em>}</li>
 *   <li>{@link io.trunkline.model.WanLink#isResilient <em>Resilient</em>}</li>
 *   <li>{@link io.trunkline.model.WanLink#isBandwidthConstrained <em>Bandwidth Constrained</em>}</li>
 *   <li>{@link io.trunkline.model.WanLink#getAudioBandwidthKbps <em>Audio Bandwidth Kbps</em>}</li>
 *   <li>{@link io.trunkline.model.WanLink#getCodec <em>Codec</em>}</li>
 * </ul>
 *
 * @see io.trunkline.model.TopologyPackage#getWanLink()
 * @model
 * @generated
 */
public interface WanLink extends Element {
	/**
	 * Returns the value of the '<em><b>Site A</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One end.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Site A</em>' reference.
	 * @see #setSiteA(Site)
	 * @see io.trunkline.model.TopologyPackage#getWanLink_SiteA()
	 * @model required="true"
	 * @generated
	 */
	Site getSiteA();

	/**
	 * Sets the value of the '{@link io.trunkline.model.WanLink#getSiteA <em>Site A</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Site A</em>' reference.
	 * @see #getSiteA()
	 * @generated
	 */
	void setSiteA(Site value);

	/**
	 * Returns the value of the '<em><b>Site B</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The other end.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Site B</em>' reference.
	 * @see #setSiteB(Site)
	 * @see io.trunkline.model.TopologyPackage#getWanLink_SiteB()
	 * @model required="true"
	 * @generated
	 */
	Site getSiteB();

	/**
	 * Sets the value of the '{@link io.trunkline.model.WanLink#getSiteB <em>Site B</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Site B</em>' reference.
	 * @see #getSiteB()
	 * @generated
	 */
	void setSiteB(Site value);

	/**
	 * Returns the value of the '<em><b>Resilient</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the link is resilient; decides whether a branch needs a local Registrar and Mediation Server [DS, BRS].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resilient</em>' attribute.
	 * @see #setResilient(boolean)
	 * @see io.trunkline.model.TopologyPackage#getWanLink_Resilient()
	 * @model default="false"
	 * @generated
	 */
	boolean isResilient();

	/**
	 * Sets the value of the '{@link io.trunkline.model.WanLink#isResilient <em>Resilient</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resilient</em>' attribute.
	 * @see #isResilient()
	 * @generated
	 */
	void setResilient(boolean value);

	/**
	 * Returns the value of the '<em><b>Bandwidth Constrained</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the link's bandwidth is below the expected peak [CAC].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bandwidth Constrained</em>' attribute.
	 * @see #setBandwidthConstrained(boolean)
	 * @see io.trunkline.model.TopologyPackage#getWanLink_BandwidthConstrained()
	 * @model default="false"
	 * @generated
	 */
	boolean isBandwidthConstrained();

	/**
	 * Sets the value of the '{@link io.trunkline.model.WanLink#isBandwidthConstrained <em>Bandwidth Constrained</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bandwidth Constrained</em>' attribute.
	 * @see #isBandwidthConstrained()
	 * @generated
	 */
	void setBandwidthConstrained(boolean value);

	/**
	 * Returns the value of the '<em><b>Audio Bandwidth Kbps</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Audio bandwidth limit in kbit/s [CAC].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Audio Bandwidth Kbps</em>' attribute.
	 * @see #setAudioBandwidthKbps(int)
	 * @see io.trunkline.model.TopologyPackage#getWanLink_AudioBandwidthKbps()
	 * @model default="0"
	 * @generated
	 */
	int getAudioBandwidthKbps();

	/**
	 * Sets the value of the '{@link io.trunkline.model.WanLink#getAudioBandwidthKbps <em>Audio Bandwidth Kbps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Audio Bandwidth Kbps</em>' attribute.
	 * @see #getAudioBandwidthKbps()
	 * @generated
	 */
	void setAudioBandwidthKbps(int value);

	/**
	 * Returns the value of the '<em><b>Codec</b></em>' attribute.
	 * The default value is <code>"G711"</code>.
	 * The literals are from the enumeration {@link io.trunkline.model.WanCodec}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Codec of the PSTN calls that cross the link, which sets the bandwidth per call (MB-10, table "Bandwidth utilization by codecs" [CAC]).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Codec</em>' attribute.
	 * @see io.trunkline.model.WanCodec
	 * @see #setCodec(WanCodec)
	 * @see io.trunkline.model.TopologyPackage#getWanLink_Codec()
	 * @model default="G711"
	 * @generated
	 */
	WanCodec getCodec();

	/**
	 * Sets the value of the '{@link io.trunkline.model.WanLink#getCodec <em>Codec</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Codec</em>' attribute.
	 * @see io.trunkline.model.WanCodec
	 * @see #getCodec()
	 * @generated
	 */
	void setCodec(WanCodec value);

} // WanLink
