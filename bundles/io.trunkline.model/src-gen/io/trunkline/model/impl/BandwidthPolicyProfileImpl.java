/**
 */
package io.trunkline.model.impl;

import io.trunkline.model.BandwidthPolicyProfile;
import io.trunkline.model.TopologyPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Bandwidth Policy Profile</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.trunkline.model.impl.BandwidthPolicyProfileImpl#getAudioLimitKbps <em>Audio Limit Kbps</em>}</li>
 *   <li>{@link io.trunkline.model.impl.BandwidthPolicyProfileImpl#getAudioSessionLimitKbps <em>Audio Session Limit Kbps</em>}</li>
 *   <li>{@link io.trunkline.model.impl.BandwidthPolicyProfileImpl#getVideoLimitKbps <em>Video Limit Kbps</em>}</li>
 *   <li>{@link io.trunkline.model.impl.BandwidthPolicyProfileImpl#getVideoSessionLimitKbps <em>Video Session Limit Kbps</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BandwidthPolicyProfileImpl extends ElementImpl implements BandwidthPolicyProfile {
	/**
	 * The default value of the '{@link #getAudioLimitKbps() <em>Audio Limit Kbps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAudioLimitKbps()
	 * @generated
	 * @ordered
	 */
	protected static final int AUDIO_LIMIT_KBPS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAudioLimitKbps() <em>Audio Limit Kbps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAudioLimitKbps()
	 * @generated
	 * @ordered
	 */
	protected int audioLimitKbps = AUDIO_LIMIT_KBPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAudioSessionLimitKbps() <em>Audio Session Limit Kbps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAudioSessionLimitKbps()
	 * @generated
	 * @ordered
	 */
	protected static final int AUDIO_SESSION_LIMIT_KBPS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAudioSessionLimitKbps() <em>Audio Session Limit Kbps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAudioSessionLimitKbps()
	 * @generated
	 * @ordered
	 */
	protected int audioSessionLimitKbps = AUDIO_SESSION_LIMIT_KBPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getVideoLimitKbps() <em>Video Limit Kbps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVideoLimitKbps()
	 * @generated
	 * @ordered
	 */
	protected static final int VIDEO_LIMIT_KBPS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getVideoLimitKbps() <em>Video Limit Kbps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVideoLimitKbps()
	 * @generated
	 * @ordered
	 */
	protected int videoLimitKbps = VIDEO_LIMIT_KBPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getVideoSessionLimitKbps() <em>Video Session Limit Kbps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVideoSessionLimitKbps()
	 * @generated
	 * @ordered
	 */
	protected static final int VIDEO_SESSION_LIMIT_KBPS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getVideoSessionLimitKbps() <em>Video Session Limit Kbps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVideoSessionLimitKbps()
	 * @generated
	 * @ordered
	 */
	protected int videoSessionLimitKbps = VIDEO_SESSION_LIMIT_KBPS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BandwidthPolicyProfileImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.BANDWIDTH_POLICY_PROFILE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAudioLimitKbps() {
		return audioLimitKbps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAudioLimitKbps(int newAudioLimitKbps) {
		int oldAudioLimitKbps = audioLimitKbps;
		audioLimitKbps = newAudioLimitKbps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.BANDWIDTH_POLICY_PROFILE__AUDIO_LIMIT_KBPS, oldAudioLimitKbps, audioLimitKbps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAudioSessionLimitKbps() {
		return audioSessionLimitKbps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAudioSessionLimitKbps(int newAudioSessionLimitKbps) {
		int oldAudioSessionLimitKbps = audioSessionLimitKbps;
		audioSessionLimitKbps = newAudioSessionLimitKbps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.BANDWIDTH_POLICY_PROFILE__AUDIO_SESSION_LIMIT_KBPS, oldAudioSessionLimitKbps, audioSessionLimitKbps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVideoLimitKbps() {
		return videoLimitKbps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVideoLimitKbps(int newVideoLimitKbps) {
		int oldVideoLimitKbps = videoLimitKbps;
		videoLimitKbps = newVideoLimitKbps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.BANDWIDTH_POLICY_PROFILE__VIDEO_LIMIT_KBPS, oldVideoLimitKbps, videoLimitKbps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVideoSessionLimitKbps() {
		return videoSessionLimitKbps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVideoSessionLimitKbps(int newVideoSessionLimitKbps) {
		int oldVideoSessionLimitKbps = videoSessionLimitKbps;
		videoSessionLimitKbps = newVideoSessionLimitKbps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.BANDWIDTH_POLICY_PROFILE__VIDEO_SESSION_LIMIT_KBPS, oldVideoSessionLimitKbps, videoSessionLimitKbps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.BANDWIDTH_POLICY_PROFILE__AUDIO_LIMIT_KBPS:
				return getAudioLimitKbps();
			case TopologyPackage.BANDWIDTH_POLICY_PROFILE__AUDIO_SESSION_LIMIT_KBPS:
				return getAudioSessionLimitKbps();
			case TopologyPackage.BANDWIDTH_POLICY_PROFILE__VIDEO_LIMIT_KBPS:
				return getVideoLimitKbps();
			case TopologyPackage.BANDWIDTH_POLICY_PROFILE__VIDEO_SESSION_LIMIT_KBPS:
				return getVideoSessionLimitKbps();
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
			case TopologyPackage.BANDWIDTH_POLICY_PROFILE__AUDIO_LIMIT_KBPS:
				setAudioLimitKbps((Integer)newValue);
				return;
			case TopologyPackage.BANDWIDTH_POLICY_PROFILE__AUDIO_SESSION_LIMIT_KBPS:
				setAudioSessionLimitKbps((Integer)newValue);
				return;
			case TopologyPackage.BANDWIDTH_POLICY_PROFILE__VIDEO_LIMIT_KBPS:
				setVideoLimitKbps((Integer)newValue);
				return;
			case TopologyPackage.BANDWIDTH_POLICY_PROFILE__VIDEO_SESSION_LIMIT_KBPS:
				setVideoSessionLimitKbps((Integer)newValue);
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
			case TopologyPackage.BANDWIDTH_POLICY_PROFILE__AUDIO_LIMIT_KBPS:
				setAudioLimitKbps(AUDIO_LIMIT_KBPS_EDEFAULT);
				return;
			case TopologyPackage.BANDWIDTH_POLICY_PROFILE__AUDIO_SESSION_LIMIT_KBPS:
				setAudioSessionLimitKbps(AUDIO_SESSION_LIMIT_KBPS_EDEFAULT);
				return;
			case TopologyPackage.BANDWIDTH_POLICY_PROFILE__VIDEO_LIMIT_KBPS:
				setVideoLimitKbps(VIDEO_LIMIT_KBPS_EDEFAULT);
				return;
			case TopologyPackage.BANDWIDTH_POLICY_PROFILE__VIDEO_SESSION_LIMIT_KBPS:
				setVideoSessionLimitKbps(VIDEO_SESSION_LIMIT_KBPS_EDEFAULT);
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
			case TopologyPackage.BANDWIDTH_POLICY_PROFILE__AUDIO_LIMIT_KBPS:
				return audioLimitKbps != AUDIO_LIMIT_KBPS_EDEFAULT;
			case TopologyPackage.BANDWIDTH_POLICY_PROFILE__AUDIO_SESSION_LIMIT_KBPS:
				return audioSessionLimitKbps != AUDIO_SESSION_LIMIT_KBPS_EDEFAULT;
			case TopologyPackage.BANDWIDTH_POLICY_PROFILE__VIDEO_LIMIT_KBPS:
				return videoLimitKbps != VIDEO_LIMIT_KBPS_EDEFAULT;
			case TopologyPackage.BANDWIDTH_POLICY_PROFILE__VIDEO_SESSION_LIMIT_KBPS:
				return videoSessionLimitKbps != VIDEO_SESSION_LIMIT_KBPS_EDEFAULT;
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
		result.append(" (audioLimitKbps: ");
		result.append(audioLimitKbps);
		result.append(", audioSessionLimitKbps: ");
		result.append(audioSessionLimitKbps);
		result.append(", videoLimitKbps: ");
		result.append(videoLimitKbps);
		result.append(", videoSessionLimitKbps: ");
		result.append(videoSessionLimitKbps);
		result.append(')');
		return result.toString();
	}

} //BandwidthPolicyProfileImpl
