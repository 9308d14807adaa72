/**
 */
package io.trunkline.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Bandwidth Policy Profile</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Limits on audio and video through a network site or region link, in kbit/s, one direction [CAC]; 0 means no limit is set.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.trunkline.model.BandwidthPolicyProfile#getAudioLimitKbps <em>Audio Limit Kbps</em>}</li>
 *   <li>{@link io.trunkline.model.BandwidthPolicyProfile#getAudioSessionLimitKbps <em>Audio Session Limit Kbps</em>}</li>
 *   <li>{@link io.trunkline.model.BandwidthPolicyProfile#getVideoLimitKbps <em>Video Limit Kbps</em>}</li>
 *   <li>{@link io.trunkline.model.BandwidthPolicyProfile#getVideoSessionLimitKbps <em>Video Session Limit Kbps</em>}</li>
 * </ul>
 *
 * @see io.trunkline.model.TopologyPackage#getBandwidthPolicyProfile()
 * @model
 * @generated
 */
public interface BandwidthPolicyProfile extends Element {
	/**
	 * Returns the value of the '<em><b>Audio Limit Kbps</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Most bandwidth all audio sessions together may use [CAC].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Audio Limit Kbps</em>' attribute.
	 * @see #setAudioLimitKbps(int)
	 * @see io.trunkline.model.TopologyPackage#getBandwidthPolicyProfile_AudioLimitKbps()
	 * @model default="0"
	 * @generated
	 */
	int getAudioLimitKbps();

	/**
	 * Sets the value of the '{@link io.trunkline.model.BandwidthPolicyProfile#getAudioLimitKbps <em>Audio Limit Kbps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Audio Limit Kbps</em>' attribute.
	 * @see #getAudioLimitKbps()
	 * @generated
	 */
	void setAudioLimitKbps(int value);

	/**
	 * Returns the value of the '<em><b>Audio Session Limit Kbps</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Most bandwidth one audio session may use [CAC].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Audio Session Limit Kbps</em>' attribute.
	 * @see #setAudioSessionLimitKbps(int)
	 * @see io.trunkline.model.TopologyPackage#getBandwidthPolicyProfile_AudioSessionLimitKbps()
	 * @model default="0"
	 * @generated
	 */
	int getAudioSessionLimitKbps();

	/**
	 * Sets the value of the '{@link io.trunkline.model.BandwidthPolicyProfile#getAudioSessionLimitKbps <em>Audio Session Limit Kbps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Audio Session Limit Kbps</em>' attribute.
	 * @see #getAudioSessionLimitKbps()
	 * @generated
	 */
	void setAudioSessionLimitKbps(int value);

	/**
	 * Returns the value of the '<em><b>Video Limit Kbps</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Most bandwidth all video sessions together may use [CAC].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Video Limit Kbps</em>' attribute.
	 * @see #setVideoLimitKbps(int)
	 * @see io.trunkline.model.TopologyPackage#getBandwidthPolicyProfile_VideoLimitKbps()
	 * @model default="0"
	 * @generated
	 */
	int getVideoLimitKbps();

	/**
	 * Sets the value of the '{@link io.trunkline.model.BandwidthPolicyProfile#getVideoLimitKbps <em>Video Limit Kbps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Video Limit Kbps</em>' attribute.
	 * @see #getVideoLimitKbps()
	 * @generated
	 */
	void setVideoLimitKbps(int value);

	/**
	 * Returns the value of the '<em><b>Video Session Limit Kbps</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Most bandwidth one video session may use [CAC].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Video Session Limit Kbps</em>' attribute.
	 * @see #setVideoSessionLimitKbps(int)
	 * @see io.trunkline.model.TopologyPackage#getBandwidthPolicyProfile_VideoSessionLimitKbps()
	 * @model default="0"
	 * @generated
	 */
	int getVideoSessionLimitKbps();

	/**
	 * Sets the value of the '{@link io.trunkline.model.BandwidthPolicyProfile#getVideoSessionLimitKbps <em>Video Session Limit Kbps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Video Session Limit Kbps</em>' attribute.
	 * @see #getVideoSessionLimitKbps()
	 * @generated
	 */
	void setVideoSessionLimitKbps(int value);

} // BandwidthPolicyProfile
