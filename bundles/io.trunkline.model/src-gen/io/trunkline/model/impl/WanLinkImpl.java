/**
 */
package io.trunkline.model.impl;

import io.trunkline.model.Site;
import io.trunkline.model.TopologyPackage;
import io.trunkline.model.WanCodec;
import io.trunkline.model.WanLink;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Wan Link</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.trunkline.model.impl.WanLinkImpl#getSiteA <em>Site A</em>}</li>
 *   <li>{@link io.trunkline.model.impl.WanLinkImpl#getSiteB <em>Site B</em>}</li>
 *   <li>{@link io.trunkline.model.impl.WanLinkImpl#isResilient <em>Resilient</em>}</li>
 *   <li>{@link io.trunkline.model.impl.WanLinkImpl#isBandwidthConstrained <em>Bandwidth Constrained</em>}</li>
 *   <li>{@link io.trunkline.model.impl.WanLinkImpl#getAudioBandwidthKbps <em>Audio Bandwidth Kbps</em>}</li>
 *   <li>{@link io.trunkline.model.impl.WanLinkImpl#getCodec <em>Codec</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WanLinkImpl extends ElementImpl implements WanLink {
	/**
	 * The cached value of the '{@link #getSiteA() <em>Site A</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSiteA()
	 * @generated
	 * @ordered
	 */
	protected Site siteA;

	/**
	 * The cached value of the '{@link #getSiteB() <em>Site B</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSiteB()
	 * @generated
	 * @ordered
	 */
	protected Site siteB;

	/**
	 * The default value of the '{@link #isResilient() <em>Resilient</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isResilient()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RESILIENT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isResilient() <em>Resilient</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isResilient()
	 * @generated
	 * @ordered
	 */
	protected boolean resilient = RESILIENT_EDEFAULT;

	/**
	 * The default value of the '{@link #isBandwidthConstrained() <em>Bandwidth Constrained</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBandwidthConstrained()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BANDWIDTH_CONSTRAINED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBandwidthConstrained() <em>Bandwidth Constrained</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBandwidthConstrained()
	 * @generated
	 * @ordered
	 */
	protected boolean bandwidthConstrained = BANDWIDTH_CONSTRAINED_EDEFAULT;

	/**
	 * The default value of the '{@link #getAudioBandwidthKbps() <em>Audio Bandwidth Kbps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAudioBandwidthKbps()
	 * @generated
	 * @ordered
	 */
	protected static final int AUDIO_BANDWIDTH_KBPS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAudioBandwidthKbps() <em>Audio Bandwidth Kbps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAudioBandwidthKbps()
	 * @generated
	 * @ordered
	 */
	protected int audioBandwidthKbps = AUDIO_BANDWIDTH_KBPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCodec() <em>Codec</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodec()
	 * @generated
	 * @ordered
	 */
	protected static final WanCodec CODEC_EDEFAULT = WanCodec.G711;

	/**
	 * The cached value of the '{@link #getCodec() <em>Codec</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodec()
	 * @generated
	 * @ordered
	 */
	protected WanCodec codec = CODEC_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WanLinkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.WAN_LINK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Site getSiteA() {
		if (siteA != null && siteA.eIsProxy()) {
			InternalEObject oldSiteA = (InternalEObject)siteA;
			siteA = (Site)eResolveProxy(oldSiteA);
			if (siteA != oldSiteA) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.WAN_LINK__SITE_A, oldSiteA, siteA));
			}
		}
		return siteA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Site basicGetSiteA() {
		return siteA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSiteA(Site newSiteA) {
		Site oldSiteA = siteA;
		siteA = newSiteA;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.WAN_LINK__SITE_A, oldSiteA, siteA));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Site getSiteB() {
		if (siteB != null && siteB.eIsProxy()) {
			InternalEObject oldSiteB = (InternalEObject)siteB;
			siteB = (Site)eResolveProxy(oldSiteB);
			if (siteB != oldSiteB) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.WAN_LINK__SITE_B, oldSiteB, siteB));
			}
		}
		return siteB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Site basicGetSiteB() {
		return siteB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSiteB(Site newSiteB) {
		Site oldSiteB = siteB;
		siteB = newSiteB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.WAN_LINK__SITE_B, oldSiteB, siteB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isResilient() {
		return resilient;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResilient(boolean newResilient) {
		boolean oldResilient = resilient;
		resilient = newResilient;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.WAN_LINK__RESILIENT, oldResilient, resilient));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBandwidthConstrained() {
		return bandwidthConstrained;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBandwidthConstrained(boolean newBandwidthConstrained) {
		boolean oldBandwidthConstrained = bandwidthConstrained;
		bandwidthConstrained = newBandwidthConstrained;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.WAN_LINK__BANDWIDTH_CONSTRAINED, oldBandwidthConstrained, bandwidthConstrained));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAudioBandwidthKbps() {
		return audioBandwidthKbps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAudioBandwidthKbps(int newAudioBandwidthKbps) {
		int oldAudioBandwidthKbps = audioBandwidthKbps;
		audioBandwidthKbps = newAudioBandwidthKbps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.WAN_LINK__AUDIO_BANDWIDTH_KBPS, oldAudioBandwidthKbps, audioBandwidthKbps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WanCodec getCodec() {
		return codec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCodec(WanCodec newCodec) {
		WanCodec oldCodec = codec;
		codec = newCodec == null ? CODEC_EDEFAULT : newCodec;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.WAN_LINK__CODEC, oldCodec, codec));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.WAN_LINK__SITE_A:
				if (resolve) return getSiteA();
				return basicGetSiteA();
			case TopologyPackage.WAN_LINK__SITE_B:
				if (resolve) return getSiteB();
				return basicGetSiteB();
			case TopologyPackage.WAN_LINK__RESILIENT:
				return isResilient();
			case TopologyPackage.WAN_LINK__BANDWIDTH_CONSTRAINED:
				return isBandwidthConstrained();
			case TopologyPackage.WAN_LINK__AUDIO_BANDWIDTH_KBPS:
				return getAudioBandwidthKbps();
			case TopologyPackage.WAN_LINK__CODEC:
				return getCodec();
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
			case TopologyPackage.WAN_LINK__SITE_A:
				setSiteA((Site)newValue);
				return;
			case TopologyPackage.WAN_LINK__SITE_B:
				setSiteB((Site)newValue);
				return;
			case TopologyPackage.WAN_LINK__RESILIENT:
				setResilient((Boolean)newValue);
				return;
			case TopologyPackage.WAN_LINK__BANDWIDTH_CONSTRAINED:
				setBandwidthConstrained((Boolean)newValue);
				return;
			case TopologyPackage.WAN_LINK__AUDIO_BANDWIDTH_KBPS:
				setAudioBandwidthKbps((Integer)newValue);
				return;
			case TopologyPackage.WAN_LINK__CODEC:
				setCodec((WanCodec)newValue);
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
			case TopologyPackage.WAN_LINK__SITE_A:
				setSiteA((Site)null);
				return;
			case TopologyPackage.WAN_LINK__SITE_B:
				setSiteB((Site)null);
				return;
			case TopologyPackage.WAN_LINK__RESILIENT:
				setResilient(RESILIENT_EDEFAULT);
				return;
			case TopologyPackage.WAN_LINK__BANDWIDTH_CONSTRAINED:
				setBandwidthConstrained(BANDWIDTH_CONSTRAINED_EDEFAULT);
				return;
			case TopologyPackage.WAN_LINK__AUDIO_BANDWIDTH_KBPS:
				setAudioBandwidthKbps(AUDIO_BANDWIDTH_KBPS_EDEFAULT);
				return;
			case TopologyPackage.WAN_LINK__CODEC:
				setCodec(CODEC_EDEFAULT);
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
			case TopologyPackage.WAN_LINK__SITE_A:
				return siteA != null;
			case TopologyPackage.WAN_LINK__SITE_B:
				return siteB != null;
			case TopologyPackage.WAN_LINK__RESILIENT:
				return resilient != RESILIENT_EDEFAULT;
			case TopologyPackage.WAN_LINK__BANDWIDTH_CONSTRAINED:
				return bandwidthConstrained != BANDWIDTH_CONSTRAINED_EDEFAULT;
			case TopologyPackage.WAN_LINK__AUDIO_BANDWIDTH_KBPS:
				return audioBandwidthKbps != AUDIO_BANDWIDTH_KBPS_EDEFAULT;
			case TopologyPackage.WAN_LINK__CODEC:
				return codec != CODEC_EDEFAULT;
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
		result.append(" (resilient: ");
		result.append(resilient);
		result.append(", bandwidthConstrained: ");
		result.append(bandwidthConstrained);
		result.append(", audioBandwidthKbps: ");
		result.append(audioBandwidthKbps);
		result.append(", codec: ");
		result.append(codec);
		result.append(')');
		return result.toString();
	}

} //WanLinkImpl
