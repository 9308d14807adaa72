/**
 */
package io.trunkline.model.impl;

import io.trunkline.model.BandwidthPolicyProfile;
import io.trunkline.model.CentralSite;
import io.trunkline.model.MediaBypassMode;
import io.trunkline.model.NetworkRegion;
import io.trunkline.model.NetworkSite;
import io.trunkline.model.PstnUsage;
import io.trunkline.model.RegionLink;
import io.trunkline.model.RegionRoute;
import io.trunkline.model.Subnet;
import io.trunkline.model.Suppression;
import io.trunkline.model.Topology;
import io.trunkline.model.TopologyPackage;
import io.trunkline.model.Trunk;
import io.trunkline.model.VoicePolicy;
import io.trunkline.model.VoiceRoute;
import io.trunkline.model.WanLink;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Topology</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.trunkline.model.impl.TopologyImpl#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TopologyImpl#getSipDomains <em>Sip Domains</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TopologyImpl#getMeanHoldingTimeSeconds <em>Mean Holding Time Seconds</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TopologyImpl#getGradeOfService <em>Grade Of Service</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TopologyImpl#getMediaBypassMode <em>Media Bypass Mode</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TopologyImpl#isCallAdmissionControl <em>Call Admission Control</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TopologyImpl#getCentralSites <em>Central Sites</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TopologyImpl#getTrunks <em>Trunks</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TopologyImpl#getWanLinks <em>Wan Links</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TopologyImpl#getVoiceRoutes <em>Voice Routes</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TopologyImpl#getPstnUsages <em>Pstn Usages</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TopologyImpl#getVoicePolicies <em>Voice Policies</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TopologyImpl#getNetworkRegions <em>Network Regions</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TopologyImpl#getNetworkSites <em>Network Sites</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TopologyImpl#getSubnets <em>Subnets</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TopologyImpl#getBandwidthPolicyProfiles <em>Bandwidth Policy Profiles</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TopologyImpl#getRegionLinks <em>Region Links</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TopologyImpl#getRegionRoutes <em>Region Routes</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TopologyImpl#getSuppressions <em>Suppressions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TopologyImpl extends ElementImpl implements Topology {
	/**
	 * The default value of the '{@link #getOrganisation() <em>Organisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisation()
	 * @generated
	 * @ordered
	 */
	protected static final String ORGANISATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOrganisation() <em>Organisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisation()
	 * @generated
	 * @ordered
	 */
	protected String organisation = ORGANISATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSipDomains() <em>Sip Domains</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSipDomains()
	 * @generated
	 * @ordered
	 */
	protected EList<String> sipDomains;

	/**
	 * The default value of the '{@link #getMeanHoldingTimeSeconds() <em>Mean Holding Time Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeanHoldingTimeSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final int MEAN_HOLDING_TIME_SECONDS_EDEFAULT = 180;

	/**
	 * The cached value of the '{@link #getMeanHoldingTimeSeconds() <em>Mean Holding Time Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeanHoldingTimeSeconds()
	 * @generated
	 * @ordered
	 */
	protected int meanHoldingTimeSeconds = MEAN_HOLDING_TIME_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getGradeOfService() <em>Grade Of Service</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGradeOfService()
	 * @generated
	 * @ordered
	 */
	protected static final double GRADE_OF_SERVICE_EDEFAULT = 0.01;

	/**
	 * The cached value of the '{@link #getGradeOfService() <em>Grade Of Service</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGradeOfService()
	 * @generated
	 * @ordered
	 */
	protected double gradeOfService = GRADE_OF_SERVICE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMediaBypassMode() <em>Media Bypass Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMediaBypassMode()
	 * @generated
	 * @ordered
	 */
	protected static final MediaBypassMode MEDIA_BYPASS_MODE_EDEFAULT = MediaBypassMode.OFF;

	/**
	 * The cached value of the '{@link #getMediaBypassMode() <em>Media Bypass Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMediaBypassMode()
	 * @generated
	 * @ordered
	 */
	protected MediaBypassMode mediaBypassMode = MEDIA_BYPASS_MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #isCallAdmissionControl() <em>Call Admission Control</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCallAdmissionControl()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CALL_ADMISSION_CONTROL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCallAdmissionControl() <em>Call Admission Control</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCallAdmissionControl()
	 * @generated
	 * @ordered
	 */
	protected boolean callAdmissionControl = CALL_ADMISSION_CONTROL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCentralSites() <em>Central Sites</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCentralSites()
	 * @generated
	 * @ordered
	 */
	protected EList<CentralSite> centralSites;

	/**
	 * The cached value of the '{@link #getTrunks() <em>Trunks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrunks()
	 * @generated
	 * @ordered
	 */
	protected EList<Trunk> trunks;

	/**
	 * The cached value of the '{@link #getWanLinks() <em>Wan Links</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWanLinks()
	 * @generated
	 * @ordered
	 */
	protected EList<WanLink> wanLinks;

	/**
	 * The cached value of the '{@link #getVoiceRoutes() <em>Voice Routes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVoiceRoutes()
	 * @generated
	 * @ordered
	 */
	protected EList<VoiceRoute> voiceRoutes;

	/**
	 * The cached value of the '{@link #getPstnUsages() <em>Pstn Usages</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPstnUsages()
	 * @generated
	 * @ordered
	 */
	protected EList<PstnUsage> pstnUsages;

	/**
	 * The cached value of the '{@link #getVoicePolicies() <em>Voice Policies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVoicePolicies()
	 * @generated
	 * @ordered
	 */
	protected EList<VoicePolicy> voicePolicies;

	/**
	 * The cached value of the '{@link #getNetworkRegions() <em>Network Regions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetworkRegions()
	 * @generated
	 * @ordered
	 */
	protected EList<NetworkRegion> networkRegions;

	/**
	 * The cached value of the '{@link #getNetworkSites() <em>Network Sites</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetworkSites()
	 * @generated
	 * @ordered
	 */
	protected EList<NetworkSite> networkSites;

	/**
	 * The cached value of the '{@link #getSubnets() <em>Subnets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubnets()
	 * @generated
	 * @ordered
	 */
	protected EList<Subnet> subnets;

	/**
	 * The cached value of the '{@link #getBandwidthPolicyProfiles() <em>Bandwidth Policy Profiles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBandwidthPolicyProfiles()
	 * @generated
	 * @ordered
	 */
	protected EList<BandwidthPolicyProfile> bandwidthPolicyProfiles;

	/**
	 * The cached value of the '{@link #getRegionLinks() <em>Region Links</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegionLinks()
	 * @generated
	 * @ordered
	 */
	protected EList<RegionLink> regionLinks;

	/**
	 * The cached value of the '{@link #getRegionRoutes() <em>Region Routes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegionRoutes()
	 * @generated
	 * @ordered
	 */
	protected EList<RegionRoute> regionRoutes;

	/**
	 * The cached value of the '{@link #getSuppressions() <em>Suppressions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuppressions()
	 * @generated
	 * @ordered
	 */
	protected EList<Suppression> suppressions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TopologyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.TOPOLOGY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOrganisation() {
		return organisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrganisation(String newOrganisation) {
		String oldOrganisation = organisation;
		organisation = newOrganisation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.TOPOLOGY__ORGANISATION, oldOrganisation, organisation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSipDomains() {
		if (sipDomains == null) {
			sipDomains = new EDataTypeUniqueEList<String>(String.class, this, TopologyPackage.TOPOLOGY__SIP_DOMAINS);
		}
		return sipDomains;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMeanHoldingTimeSeconds() {
		return meanHoldingTimeSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeanHoldingTimeSeconds(int newMeanHoldingTimeSeconds) {
		int oldMeanHoldingTimeSeconds = meanHoldingTimeSeconds;
		meanHoldingTimeSeconds = newMeanHoldingTimeSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.TOPOLOGY__MEAN_HOLDING_TIME_SECONDS, oldMeanHoldingTimeSeconds, meanHoldingTimeSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getGradeOfService() {
		return gradeOfService;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGradeOfService(double newGradeOfService) {
		double oldGradeOfService = gradeOfService;
		gradeOfService = newGradeOfService;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.TOPOLOGY__GRADE_OF_SERVICE, oldGradeOfService, gradeOfService));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MediaBypassMode getMediaBypassMode() {
		return mediaBypassMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMediaBypassMode(MediaBypassMode newMediaBypassMode) {
		MediaBypassMode oldMediaBypassMode = mediaBypassMode;
		mediaBypassMode = newMediaBypassMode == null ? MEDIA_BYPASS_MODE_EDEFAULT : newMediaBypassMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.TOPOLOGY__MEDIA_BYPASS_MODE, oldMediaBypassMode, mediaBypassMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCallAdmissionControl() {
		return callAdmissionControl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCallAdmissionControl(boolean newCallAdmissionControl) {
		boolean oldCallAdmissionControl = callAdmissionControl;
		callAdmissionControl = newCallAdmissionControl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.TOPOLOGY__CALL_ADMISSION_CONTROL, oldCallAdmissionControl, callAdmissionControl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CentralSite> getCentralSites() {
		if (centralSites == null) {
			centralSites = new EObjectContainmentEList<CentralSite>(CentralSite.class, this, TopologyPackage.TOPOLOGY__CENTRAL_SITES);
		}
		return centralSites;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Trunk> getTrunks() {
		if (trunks == null) {
			trunks = new EObjectContainmentEList<Trunk>(Trunk.class, this, TopologyPackage.TOPOLOGY__TRUNKS);
		}
		return trunks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<WanLink> getWanLinks() {
		if (wanLinks == null) {
			wanLinks = new EObjectContainmentEList<WanLink>(WanLink.class, this, TopologyPackage.TOPOLOGY__WAN_LINKS);
		}
		return wanLinks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VoiceRoute> getVoiceRoutes() {
		if (voiceRoutes == null) {
			voiceRoutes = new EObjectContainmentEList<VoiceRoute>(VoiceRoute.class, this, TopologyPackage.TOPOLOGY__VOICE_ROUTES);
		}
		return voiceRoutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PstnUsage> getPstnUsages() {
		if (pstnUsages == null) {
			pstnUsages = new EObjectContainmentEList<PstnUsage>(PstnUsage.class, this, TopologyPackage.TOPOLOGY__PSTN_USAGES);
		}
		return pstnUsages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VoicePolicy> getVoicePolicies() {
		if (voicePolicies == null) {
			voicePolicies = new EObjectContainmentEList<VoicePolicy>(VoicePolicy.class, this, TopologyPackage.TOPOLOGY__VOICE_POLICIES);
		}
		return voicePolicies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NetworkRegion> getNetworkRegions() {
		if (networkRegions == null) {
			networkRegions = new EObjectContainmentEList<NetworkRegion>(NetworkRegion.class, this, TopologyPackage.TOPOLOGY__NETWORK_REGIONS);
		}
		return networkRegions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NetworkSite> getNetworkSites() {
		if (networkSites == null) {
			networkSites = new EObjectContainmentEList<NetworkSite>(NetworkSite.class, this, TopologyPackage.TOPOLOGY__NETWORK_SITES);
		}
		return networkSites;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Subnet> getSubnets() {
		if (subnets == null) {
			subnets = new EObjectContainmentEList<Subnet>(Subnet.class, this, TopologyPackage.TOPOLOGY__SUBNETS);
		}
		return subnets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BandwidthPolicyProfile> getBandwidthPolicyProfiles() {
		if (bandwidthPolicyProfiles == null) {
			bandwidthPolicyProfiles = new EObjectContainmentEList<BandwidthPolicyProfile>(BandwidthPolicyProfile.class, this, TopologyPackage.TOPOLOGY__BANDWIDTH_POLICY_PROFILES);
		}
		return bandwidthPolicyProfiles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RegionLink> getRegionLinks() {
		if (regionLinks == null) {
			regionLinks = new EObjectContainmentEList<RegionLink>(RegionLink.class, this, TopologyPackage.TOPOLOGY__REGION_LINKS);
		}
		return regionLinks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RegionRoute> getRegionRoutes() {
		if (regionRoutes == null) {
			regionRoutes = new EObjectContainmentEList<RegionRoute>(RegionRoute.class, this, TopologyPackage.TOPOLOGY__REGION_ROUTES);
		}
		return regionRoutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Suppression> getSuppressions() {
		if (suppressions == null) {
			suppressions = new EObjectContainmentEList<Suppression>(Suppression.class, this, TopologyPackage.TOPOLOGY__SUPPRESSIONS);
		}
		return suppressions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TopologyPackage.TOPOLOGY__CENTRAL_SITES:
				return ((InternalEList<?>)getCentralSites()).basicRemove(otherEnd, msgs);
			case TopologyPackage.TOPOLOGY__TRUNKS:
				return ((InternalEList<?>)getTrunks()).basicRemove(otherEnd, msgs);
			case TopologyPackage.TOPOLOGY__WAN_LINKS:
				return ((InternalEList<?>)getWanLinks()).basicRemove(otherEnd, msgs);
			case TopologyPackage.TOPOLOGY__VOICE_ROUTES:
				return ((InternalEList<?>)getVoiceRoutes()).basicRemove(otherEnd, msgs);
			case TopologyPackage.TOPOLOGY__PSTN_USAGES:
				return ((InternalEList<?>)getPstnUsages()).basicRemove(otherEnd, msgs);
			case TopologyPackage.TOPOLOGY__VOICE_POLICIES:
				return ((InternalEList<?>)getVoicePolicies()).basicRemove(otherEnd, msgs);
			case TopologyPackage.TOPOLOGY__NETWORK_REGIONS:
				return ((InternalEList<?>)getNetworkRegions()).basicRemove(otherEnd, msgs);
			case TopologyPackage.TOPOLOGY__NETWORK_SITES:
				return ((InternalEList<?>)getNetworkSites()).basicRemove(otherEnd, msgs);
			case TopologyPackage.TOPOLOGY__SUBNETS:
				return ((InternalEList<?>)getSubnets()).basicRemove(otherEnd, msgs);
			case TopologyPackage.TOPOLOGY__BANDWIDTH_POLICY_PROFILES:
				return ((InternalEList<?>)getBandwidthPolicyProfiles()).basicRemove(otherEnd, msgs);
			case TopologyPackage.TOPOLOGY__REGION_LINKS:
				return ((InternalEList<?>)getRegionLinks()).basicRemove(otherEnd, msgs);
			case TopologyPackage.TOPOLOGY__REGION_ROUTES:
				return ((InternalEList<?>)getRegionRoutes()).basicRemove(otherEnd, msgs);
			case TopologyPackage.TOPOLOGY__SUPPRESSIONS:
				return ((InternalEList<?>)getSuppressions()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.TOPOLOGY__ORGANISATION:
				return getOrganisation();
			case TopologyPackage.TOPOLOGY__SIP_DOMAINS:
				return getSipDomains();
			case TopologyPackage.TOPOLOGY__MEAN_HOLDING_TIME_SECONDS:
				return getMeanHoldingTimeSeconds();
			case TopologyPackage.TOPOLOGY__GRADE_OF_SERVICE:
				return getGradeOfService();
			case TopologyPackage.TOPOLOGY__MEDIA_BYPASS_MODE:
				return getMediaBypassMode();
			case TopologyPackage.TOPOLOGY__CALL_ADMISSION_CONTROL:
				return isCallAdmissionControl();
			case TopologyPackage.TOPOLOGY__CENTRAL_SITES:
				return getCentralSites();
			case TopologyPackage.TOPOLOGY__TRUNKS:
				return getTrunks();
			case TopologyPackage.TOPOLOGY__WAN_LINKS:
				return getWanLinks();
			case TopologyPackage.TOPOLOGY__VOICE_ROUTES:
				return getVoiceRoutes();
			case TopologyPackage.TOPOLOGY__PSTN_USAGES:
				return getPstnUsages();
			case TopologyPackage.TOPOLOGY__VOICE_POLICIES:
				return getVoicePolicies();
			case TopologyPackage.TOPOLOGY__NETWORK_REGIONS:
				return getNetworkRegions();
			case TopologyPackage.TOPOLOGY__NETWORK_SITES:
				return getNetworkSites();
			case TopologyPackage.TOPOLOGY__SUBNETS:
				return getSubnets();
			case TopologyPackage.TOPOLOGY__BANDWIDTH_POLICY_PROFILES:
				return getBandwidthPolicyProfiles();
			case TopologyPackage.TOPOLOGY__REGION_LINKS:
				return getRegionLinks();
			case TopologyPackage.TOPOLOGY__REGION_ROUTES:
				return getRegionRoutes();
			case TopologyPackage.TOPOLOGY__SUPPRESSIONS:
				return getSuppressions();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TopologyPackage.TOPOLOGY__ORGANISATION:
				setOrganisation((String)newValue);
				return;
			case TopologyPackage.TOPOLOGY__SIP_DOMAINS:
				getSipDomains().clear();
				getSipDomains().addAll((Collection<? extends String>)newValue);
				return;
			case TopologyPackage.TOPOLOGY__MEAN_HOLDING_TIME_SECONDS:
				setMeanHoldingTimeSeconds((Integer)newValue);
				return;
			case TopologyPackage.TOPOLOGY__GRADE_OF_SERVICE:
				setGradeOfService((Double)newValue);
				return;
			case TopologyPackage.TOPOLOGY__MEDIA_BYPASS_MODE:
				setMediaBypassMode((MediaBypassMode)newValue);
				return;
			case TopologyPackage.TOPOLOGY__CALL_ADMISSION_CONTROL:
				setCallAdmissionControl((Boolean)newValue);
				return;
			case TopologyPackage.TOPOLOGY__CENTRAL_SITES:
				getCentralSites().clear();
				getCentralSites().addAll((Collection<? extends CentralSite>)newValue);
				return;
			case TopologyPackage.TOPOLOGY__TRUNKS:
				getTrunks().clear();
				getTrunks().addAll((Collection<? extends Trunk>)newValue);
				return;
			case TopologyPackage.TOPOLOGY__WAN_LINKS:
				getWanLinks().clear();
				getWanLinks().addAll((Collection<? extends WanLink>)newValue);
				return;
			case TopologyPackage.TOPOLOGY__VOICE_ROUTES:
				getVoiceRoutes().clear();
				getVoiceRoutes().addAll((Collection<? extends VoiceRoute>)newValue);
				return;
			case TopologyPackage.TOPOLOGY__PSTN_USAGES:
				getPstnUsages().clear();
				getPstnUsages().addAll((Collection<? extends PstnUsage>)newValue);
				return;
			case TopologyPackage.TOPOLOGY__VOICE_POLICIES:
				getVoicePolicies().clear();
				getVoicePolicies().addAll((Collection<? extends VoicePolicy>)newValue);
				return;
			case TopologyPackage.TOPOLOGY__NETWORK_REGIONS:
				getNetworkRegions().clear();
				getNetworkRegions().addAll((Collection<? extends NetworkRegion>)newValue);
				return;
			case TopologyPackage.TOPOLOGY__NETWORK_SITES:
				getNetworkSites().clear();
				getNetworkSites().addAll((Collection<? extends NetworkSite>)newValue);
				return;
			case TopologyPackage.TOPOLOGY__SUBNETS:
				getSubnets().clear();
				getSubnets().addAll((Collection<? extends Subnet>)newValue);
				return;
			case TopologyPackage.TOPOLOGY__BANDWIDTH_POLICY_PROFILES:
				getBandwidthPolicyProfiles().clear();
				getBandwidthPolicyProfiles().addAll((Collection<? extends BandwidthPolicyProfile>)newValue);
				return;
			case TopologyPackage.TOPOLOGY__REGION_LINKS:
				getRegionLinks().clear();
				getRegionLinks().addAll((Collection<? extends RegionLink>)newValue);
				return;
			case TopologyPackage.TOPOLOGY__REGION_ROUTES:
				getRegionRoutes().clear();
				getRegionRoutes().addAll((Collection<? extends RegionRoute>)newValue);
				return;
			case TopologyPackage.TOPOLOGY__SUPPRESSIONS:
				getSuppressions().clear();
				getSuppressions().addAll((Collection<? extends Suppression>)newValue);
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
			case TopologyPackage.TOPOLOGY__ORGANISATION:
				setOrganisation(ORGANISATION_EDEFAULT);
				return;
			case TopologyPackage.TOPOLOGY__SIP_DOMAINS:
				getSipDomains().clear();
				return;
			case TopologyPackage.TOPOLOGY__MEAN_HOLDING_TIME_SECONDS:
				setMeanHoldingTimeSeconds(MEAN_HOLDING_TIME_SECONDS_EDEFAULT);
				return;
			case TopologyPackage.TOPOLOGY__GRADE_OF_SERVICE:
				setGradeOfService(GRADE_OF_SERVICE_EDEFAULT);
				return;
			case TopologyPackage.TOPOLOGY__MEDIA_BYPASS_MODE:
				setMediaBypassMode(MEDIA_BYPASS_MODE_EDEFAULT);
				return;
			case TopologyPackage.TOPOLOGY__CALL_ADMISSION_CONTROL:
				setCallAdmissionControl(CALL_ADMISSION_CONTROL_EDEFAULT);
				return;
			case TopologyPackage.TOPOLOGY__CENTRAL_SITES:
				getCentralSites().clear();
				return;
			case TopologyPackage.TOPOLOGY__TRUNKS:
				getTrunks().clear();
				return;
			case TopologyPackage.TOPOLOGY__WAN_LINKS:
				getWanLinks().clear();
				return;
			case TopologyPackage.TOPOLOGY__VOICE_ROUTES:
				getVoiceRoutes().clear();
				return;
			case TopologyPackage.TOPOLOGY__PSTN_USAGES:
				getPstnUsages().clear();
				return;
			case TopologyPackage.TOPOLOGY__VOICE_POLICIES:
				getVoicePolicies().clear();
				return;
			case TopologyPackage.TOPOLOGY__NETWORK_REGIONS:
				getNetworkRegions().clear();
				return;
			case TopologyPackage.TOPOLOGY__NETWORK_SITES:
				getNetworkSites().clear();
				return;
			case TopologyPackage.TOPOLOGY__SUBNETS:
				getSubnets().clear();
				return;
			case TopologyPackage.TOPOLOGY__BANDWIDTH_POLICY_PROFILES:
				getBandwidthPolicyProfiles().clear();
				return;
			case TopologyPackage.TOPOLOGY__REGION_LINKS:
				getRegionLinks().clear();
				return;
			case TopologyPackage.TOPOLOGY__REGION_ROUTES:
				getRegionRoutes().clear();
				return;
			case TopologyPackage.TOPOLOGY__SUPPRESSIONS:
				getSuppressions().clear();
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
			case TopologyPackage.TOPOLOGY__ORGANISATION:
				return ORGANISATION_EDEFAULT == null ? organisation != null : !ORGANISATION_EDEFAULT.equals(organisation);
			case TopologyPackage.TOPOLOGY__SIP_DOMAINS:
				return sipDomains != null && !sipDomains.isEmpty();
			case TopologyPackage.TOPOLOGY__MEAN_HOLDING_TIME_SECONDS:
				return meanHoldingTimeSeconds != MEAN_HOLDING_TIME_SECONDS_EDEFAULT;
			case TopologyPackage.TOPOLOGY__GRADE_OF_SERVICE:
				return gradeOfService != GRADE_OF_SERVICE_EDEFAULT;
			case TopologyPackage.TOPOLOGY__MEDIA_BYPASS_MODE:
				return mediaBypassMode != MEDIA_BYPASS_MODE_EDEFAULT;
			case TopologyPackage.TOPOLOGY__CALL_ADMISSION_CONTROL:
				return callAdmissionControl != CALL_ADMISSION_CONTROL_EDEFAULT;
			case TopologyPackage.TOPOLOGY__CENTRAL_SITES:
				return centralSites != null && !centralSites.isEmpty();
			case TopologyPackage.TOPOLOGY__TRUNKS:
				return trunks != null && !trunks.isEmpty();
			case TopologyPackage.TOPOLOGY__WAN_LINKS:
				return wanLinks != null && !wanLinks.isEmpty();
			case TopologyPackage.TOPOLOGY__VOICE_ROUTES:
				return voiceRoutes != null && !voiceRoutes.isEmpty();
			case TopologyPackage.TOPOLOGY__PSTN_USAGES:
				return pstnUsages != null && !pstnUsages.isEmpty();
			case TopologyPackage.TOPOLOGY__VOICE_POLICIES:
				return voicePolicies != null && !voicePolicies.isEmpty();
			case TopologyPackage.TOPOLOGY__NETWORK_REGIONS:
				return networkRegions != null && !networkRegions.isEmpty();
			case TopologyPackage.TOPOLOGY__NETWORK_SITES:
				return networkSites != null && !networkSites.isEmpty();
			case TopologyPackage.TOPOLOGY__SUBNETS:
				return subnets != null && !subnets.isEmpty();
			case TopologyPackage.TOPOLOGY__BANDWIDTH_POLICY_PROFILES:
				return bandwidthPolicyProfiles != null && !bandwidthPolicyProfiles.isEmpty();
			case TopologyPackage.TOPOLOGY__REGION_LINKS:
				return regionLinks != null && !regionLinks.isEmpty();
			case TopologyPackage.TOPOLOGY__REGION_ROUTES:
				return regionRoutes != null && !regionRoutes.isEmpty();
			case TopologyPackage.TOPOLOGY__SUPPRESSIONS:
				return suppressions != null && !suppressions.isEmpty();
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
		result.append(" (organisation: ");
		result.append(organisation);
		result.append(", sipDomains: ");
		result.append(sipDomains);
		result.append(", meanHoldingTimeSeconds: ");
		result.append(meanHoldingTimeSeconds);
		result.append(", gradeOfService: ");
		result.append(gradeOfService);
		result.append(", mediaBypassMode: ");
		result.append(mediaBypassMode);
		result.append(", callAdmissionControl: ");
		result.append(callAdmissionControl);
		result.append(')');
		return result.toString();
	}

} //TopologyImpl
