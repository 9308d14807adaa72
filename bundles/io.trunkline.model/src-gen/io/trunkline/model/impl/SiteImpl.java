/**
 */
package io.trunkline.model.impl;

import io.trunkline.model.DeploymentOption;
import io.trunkline.model.EmergencyLocation;
import io.trunkline.model.MediationPool;
import io.trunkline.model.Pbx;
import io.trunkline.model.PbxLink;
import io.trunkline.model.PstnLink;
import io.trunkline.model.Site;
import io.trunkline.model.TopologyPackage;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.UsageProfile;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Site</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.trunkline.model.impl.SiteImpl#getCity <em>City</em>}</li>
 *   <li>{@link io.trunkline.model.impl.SiteImpl#getState <em>State</em>}</li>
 *   <li>{@link io.trunkline.model.impl.SiteImpl#getCountryRegion <em>Country Region</em>}</li>
 *   <li>{@link io.trunkline.model.impl.SiteImpl#getUsers <em>Users</em>}</li>
 *   <li>{@link io.trunkline.model.impl.SiteImpl#getUsageProfile <em>Usage Profile</em>}</li>
 *   <li>{@link io.trunkline.model.impl.SiteImpl#getCustomCallsPerUserBusyHour <em>Custom Calls Per User Busy Hour</em>}</li>
 *   <li>{@link io.trunkline.model.impl.SiteImpl#isNeedsPstn <em>Needs Pstn</em>}</li>
 *   <li>{@link io.trunkline.model.impl.SiteImpl#getDeploymentOption <em>Deployment Option</em>}</li>
 *   <li>{@link io.trunkline.model.impl.SiteImpl#getDrawnPstnPorts <em>Drawn Pstn Ports</em>}</li>
 *   <li>{@link io.trunkline.model.impl.SiteImpl#getPstnServedBy <em>Pstn Served By</em>}</li>
 *   <li>{@link io.trunkline.model.impl.SiteImpl#getTrunkPeers <em>Trunk Peers</em>}</li>
 *   <li>{@link io.trunkline.model.impl.SiteImpl#getMediationPools <em>Mediation Pools</em>}</li>
 *   <li>{@link io.trunkline.model.impl.SiteImpl#getPbxs <em>Pbxs</em>}</li>
 *   <li>{@link io.trunkline.model.impl.SiteImpl#getPbxLinks <em>Pbx Links</em>}</li>
 *   <li>{@link io.trunkline.model.impl.SiteImpl#getPstnLinks <em>Pstn Links</em>}</li>
 *   <li>{@link io.trunkline.model.impl.SiteImpl#getEmergencyLocations <em>Emergency Locations</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class SiteImpl extends ElementImpl implements Site {
	/**
	 * The default value of the '{@link #getCity() <em>City</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCity()
	 * @generated
	 * @ordered
	 */
	protected static final String CITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCity() <em>City</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCity()
	 * @generated
	 * @ordered
	 */
	protected String city = CITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final String STATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected String state = STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCountryRegion() <em>Country Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountryRegion()
	 * @generated
	 * @ordered
	 */
	protected static final String COUNTRY_REGION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCountryRegion() <em>Country Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountryRegion()
	 * @generated
	 * @ordered
	 */
	protected String countryRegion = COUNTRY_REGION_EDEFAULT;

	/**
	 * The default value of the '{@link #getUsers() <em>Users</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsers()
	 * @generated
	 * @ordered
	 */
	protected static final int USERS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getUsers() <em>Users</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsers()
	 * @generated
	 * @ordered
	 */
	protected int users = USERS_EDEFAULT;

	/**
	 * The default value of the '{@link #getUsageProfile() <em>Usage Profile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsageProfile()
	 * @generated
	 * @ordered
	 */
	protected static final UsageProfile USAGE_PROFILE_EDEFAULT = UsageProfile.MODERATE;

	/**
	 * The cached value of the '{@link #getUsageProfile() <em>Usage Profile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsageProfile()
	 * @generated
	 * @ordered
	 */
	protected UsageProfile usageProfile = USAGE_PROFILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCustomCallsPerUserBusyHour() <em>Custom Calls Per User Busy Hour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomCallsPerUserBusyHour()
	 * @generated
	 * @ordered
	 */
	protected static final double CUSTOM_CALLS_PER_USER_BUSY_HOUR_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCustomCallsPerUserBusyHour() <em>Custom Calls Per User Busy Hour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomCallsPerUserBusyHour()
	 * @generated
	 * @ordered
	 */
	protected double customCallsPerUserBusyHour = CUSTOM_CALLS_PER_USER_BUSY_HOUR_EDEFAULT;

	/**
	 * The default value of the '{@link #isNeedsPstn() <em>Needs Pstn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNeedsPstn()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NEEDS_PSTN_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isNeedsPstn() <em>Needs Pstn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNeedsPstn()
	 * @generated
	 * @ordered
	 */
	protected boolean needsPstn = NEEDS_PSTN_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeploymentOption() <em>Deployment Option</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeploymentOption()
	 * @generated
	 * @ordered
	 */
	protected static final DeploymentOption DEPLOYMENT_OPTION_EDEFAULT = DeploymentOption.VOIP_ONLY;

	/**
	 * The cached value of the '{@link #getDeploymentOption() <em>Deployment Option</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeploymentOption()
	 * @generated
	 * @ordered
	 */
	protected DeploymentOption deploymentOption = DEPLOYMENT_OPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDrawnPstnPorts() <em>Drawn Pstn Ports</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDrawnPstnPorts()
	 * @generated
	 * @ordered
	 */
	protected static final int DRAWN_PSTN_PORTS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPstnServedBy() <em>Pstn Served By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPstnServedBy()
	 * @generated
	 * @ordered
	 */
	protected Site pstnServedBy;

	/**
	 * The cached value of the '{@link #getTrunkPeers() <em>Trunk Peers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrunkPeers()
	 * @generated
	 * @ordered
	 */
	protected EList<TrunkPeer> trunkPeers;

	/**
	 * The cached value of the '{@link #getMediationPools() <em>Mediation Pools</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMediationPools()
	 * @generated
	 * @ordered
	 */
	protected EList<MediationPool> mediationPools;

	/**
	 * The cached value of the '{@link #getPbxs() <em>Pbxs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPbxs()
	 * @generated
	 * @ordered
	 */
	protected EList<Pbx> pbxs;

	/**
	 * The cached value of the '{@link #getPbxLinks() <em>Pbx Links</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPbxLinks()
	 * @generated
	 * @ordered
	 */
	protected EList<PbxLink> pbxLinks;

	/**
	 * The cached value of the '{@link #getPstnLinks() <em>Pstn Links</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPstnLinks()
	 * @generated
	 * @ordered
	 */
	protected EList<PstnLink> pstnLinks;

	/**
	 * The cached value of the '{@link #getEmergencyLocations() <em>Emergency Locations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmergencyLocations()
	 * @generated
	 * @ordered
	 */
	protected EList<EmergencyLocation> emergencyLocations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SiteImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.SITE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCity() {
		return city;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCity(String newCity) {
		String oldCity = city;
		city = newCity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.SITE__CITY, oldCity, city));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(String newState) {
		String oldState = state;
		state = newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.SITE__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCountryRegion() {
		return countryRegion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCountryRegion(String newCountryRegion) {
		String oldCountryRegion = countryRegion;
		countryRegion = newCountryRegion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.SITE__COUNTRY_REGION, oldCountryRegion, countryRegion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getUsers() {
		return users;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUsers(int newUsers) {
		int oldUsers = users;
		users = newUsers;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.SITE__USERS, oldUsers, users));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UsageProfile getUsageProfile() {
		return usageProfile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUsageProfile(UsageProfile newUsageProfile) {
		UsageProfile oldUsageProfile = usageProfile;
		usageProfile = newUsageProfile == null ? USAGE_PROFILE_EDEFAULT : newUsageProfile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.SITE__USAGE_PROFILE, oldUsageProfile, usageProfile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCustomCallsPerUserBusyHour() {
		return customCallsPerUserBusyHour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomCallsPerUserBusyHour(double newCustomCallsPerUserBusyHour) {
		double oldCustomCallsPerUserBusyHour = customCallsPerUserBusyHour;
		customCallsPerUserBusyHour = newCustomCallsPerUserBusyHour;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.SITE__CUSTOM_CALLS_PER_USER_BUSY_HOUR, oldCustomCallsPerUserBusyHour, customCallsPerUserBusyHour));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNeedsPstn() {
		return needsPstn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNeedsPstn(boolean newNeedsPstn) {
		boolean oldNeedsPstn = needsPstn;
		needsPstn = newNeedsPstn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.SITE__NEEDS_PSTN, oldNeedsPstn, needsPstn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeploymentOption getDeploymentOption() {
		return deploymentOption;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeploymentOption(DeploymentOption newDeploymentOption) {
		DeploymentOption oldDeploymentOption = deploymentOption;
		deploymentOption = newDeploymentOption == null ? DEPLOYMENT_OPTION_EDEFAULT : newDeploymentOption;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.SITE__DEPLOYMENT_OPTION, oldDeploymentOption, deploymentOption));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDrawnPstnPorts() {
		return io.trunkline.model.query.SiteQueries.drawnPstnPorts(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Site getPstnServedBy() {
		if (pstnServedBy != null && pstnServedBy.eIsProxy()) {
			InternalEObject oldPstnServedBy = (InternalEObject)pstnServedBy;
			pstnServedBy = (Site)eResolveProxy(oldPstnServedBy);
			if (pstnServedBy != oldPstnServedBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.SITE__PSTN_SERVED_BY, oldPstnServedBy, pstnServedBy));
			}
		}
		return pstnServedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Site basicGetPstnServedBy() {
		return pstnServedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPstnServedBy(Site newPstnServedBy) {
		Site oldPstnServedBy = pstnServedBy;
		pstnServedBy = newPstnServedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.SITE__PSTN_SERVED_BY, oldPstnServedBy, pstnServedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TrunkPeer> getTrunkPeers() {
		if (trunkPeers == null) {
			trunkPeers = new EObjectContainmentEList<TrunkPeer>(TrunkPeer.class, this, TopologyPackage.SITE__TRUNK_PEERS);
		}
		return trunkPeers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MediationPool> getMediationPools() {
		if (mediationPools == null) {
			mediationPools = new EObjectContainmentEList<MediationPool>(MediationPool.class, this, TopologyPackage.SITE__MEDIATION_POOLS);
		}
		return mediationPools;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Pbx> getPbxs() {
		if (pbxs == null) {
			pbxs = new EObjectContainmentEList<Pbx>(Pbx.class, this, TopologyPackage.SITE__PBXS);
		}
		return pbxs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PbxLink> getPbxLinks() {
		if (pbxLinks == null) {
			pbxLinks = new EObjectContainmentEList<PbxLink>(PbxLink.class, this, TopologyPackage.SITE__PBX_LINKS);
		}
		return pbxLinks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PstnLink> getPstnLinks() {
		if (pstnLinks == null) {
			pstnLinks = new EObjectContainmentEList<PstnLink>(PstnLink.class, this, TopologyPackage.SITE__PSTN_LINKS);
		}
		return pstnLinks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EmergencyLocation> getEmergencyLocations() {
		if (emergencyLocations == null) {
			emergencyLocations = new EObjectContainmentEList<EmergencyLocation>(EmergencyLocation.class, this, TopologyPackage.SITE__EMERGENCY_LOCATIONS);
		}
		return emergencyLocations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TopologyPackage.SITE__TRUNK_PEERS:
				return ((InternalEList<?>)getTrunkPeers()).basicRemove(otherEnd, msgs);
			case TopologyPackage.SITE__MEDIATION_POOLS:
				return ((InternalEList<?>)getMediationPools()).basicRemove(otherEnd, msgs);
			case TopologyPackage.SITE__PBXS:
				return ((InternalEList<?>)getPbxs()).basicRemove(otherEnd, msgs);
			case TopologyPackage.SITE__PBX_LINKS:
				return ((InternalEList<?>)getPbxLinks()).basicRemove(otherEnd, msgs);
			case TopologyPackage.SITE__PSTN_LINKS:
				return ((InternalEList<?>)getPstnLinks()).basicRemove(otherEnd, msgs);
			case TopologyPackage.SITE__EMERGENCY_LOCATIONS:
				return ((InternalEList<?>)getEmergencyLocations()).basicRemove(otherEnd, msgs);
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
			case TopologyPackage.SITE__CITY:
				return getCity();
			case TopologyPackage.SITE__STATE:
				return getState();
			case TopologyPackage.SITE__COUNTRY_REGION:
				return getCountryRegion();
			case TopologyPackage.SITE__USERS:
				return getUsers();
			case TopologyPackage.SITE__USAGE_PROFILE:
				return getUsageProfile();
			case TopologyPackage.SITE__CUSTOM_CALLS_PER_USER_BUSY_HOUR:
				return getCustomCallsPerUserBusyHour();
			case TopologyPackage.SITE__NEEDS_PSTN:
				return isNeedsPstn();
			case TopologyPackage.SITE__DEPLOYMENT_OPTION:
				return getDeploymentOption();
			case TopologyPackage.SITE__DRAWN_PSTN_PORTS:
				return getDrawnPstnPorts();
			case TopologyPackage.SITE__PSTN_SERVED_BY:
				if (resolve) return getPstnServedBy();
				return basicGetPstnServedBy();
			case TopologyPackage.SITE__TRUNK_PEERS:
				return getTrunkPeers();
			case TopologyPackage.SITE__MEDIATION_POOLS:
				return getMediationPools();
			case TopologyPackage.SITE__PBXS:
				return getPbxs();
			case TopologyPackage.SITE__PBX_LINKS:
				return getPbxLinks();
			case TopologyPackage.SITE__PSTN_LINKS:
				return getPstnLinks();
			case TopologyPackage.SITE__EMERGENCY_LOCATIONS:
				return getEmergencyLocations();
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
			case TopologyPackage.SITE__CITY:
				setCity((String)newValue);
				return;
			case TopologyPackage.SITE__STATE:
				setState((String)newValue);
				return;
			case TopologyPackage.SITE__COUNTRY_REGION:
				setCountryRegion((String)newValue);
				return;
			case TopologyPackage.SITE__USERS:
				setUsers((Integer)newValue);
				return;
			case TopologyPackage.SITE__USAGE_PROFILE:
				setUsageProfile((UsageProfile)newValue);
				return;
			case TopologyPackage.SITE__CUSTOM_CALLS_PER_USER_BUSY_HOUR:
				setCustomCallsPerUserBusyHour((Double)newValue);
				return;
			case TopologyPackage.SITE__NEEDS_PSTN:
				setNeedsPstn((Boolean)newValue);
				return;
			case TopologyPackage.SITE__DEPLOYMENT_OPTION:
				setDeploymentOption((DeploymentOption)newValue);
				return;
			case TopologyPackage.SITE__PSTN_SERVED_BY:
				setPstnServedBy((Site)newValue);
				return;
			case TopologyPackage.SITE__TRUNK_PEERS:
				getTrunkPeers().clear();
				getTrunkPeers().addAll((Collection<? extends TrunkPeer>)newValue);
				return;
			case TopologyPackage.SITE__MEDIATION_POOLS:
				getMediationPools().clear();
				getMediationPools().addAll((Collection<? extends MediationPool>)newValue);
				return;
			case TopologyPackage.SITE__PBXS:
				getPbxs().clear();
				getPbxs().addAll((Collection<? extends Pbx>)newValue);
				return;
			case TopologyPackage.SITE__PBX_LINKS:
				getPbxLinks().clear();
				getPbxLinks().addAll((Collection<? extends PbxLink>)newValue);
				return;
			case TopologyPackage.SITE__PSTN_LINKS:
				getPstnLinks().clear();
				getPstnLinks().addAll((Collection<? extends PstnLink>)newValue);
				return;
			case TopologyPackage.SITE__EMERGENCY_LOCATIONS:
				getEmergencyLocations().clear();
				getEmergencyLocations().addAll((Collection<? extends EmergencyLocation>)newValue);
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
			case TopologyPackage.SITE__CITY:
				setCity(CITY_EDEFAULT);
				return;
			case TopologyPackage.SITE__STATE:
				setState(STATE_EDEFAULT);
				return;
			case TopologyPackage.SITE__COUNTRY_REGION:
				setCountryRegion(COUNTRY_REGION_EDEFAULT);
				return;
			case TopologyPackage.SITE__USERS:
				setUsers(USERS_EDEFAULT);
				return;
			case TopologyPackage.SITE__USAGE_PROFILE:
				setUsageProfile(USAGE_PROFILE_EDEFAULT);
				return;
			case TopologyPackage.SITE__CUSTOM_CALLS_PER_USER_BUSY_HOUR:
				setCustomCallsPerUserBusyHour(CUSTOM_CALLS_PER_USER_BUSY_HOUR_EDEFAULT);
				return;
			case TopologyPackage.SITE__NEEDS_PSTN:
				setNeedsPstn(NEEDS_PSTN_EDEFAULT);
				return;
			case TopologyPackage.SITE__DEPLOYMENT_OPTION:
				setDeploymentOption(DEPLOYMENT_OPTION_EDEFAULT);
				return;
			case TopologyPackage.SITE__PSTN_SERVED_BY:
				setPstnServedBy((Site)null);
				return;
			case TopologyPackage.SITE__TRUNK_PEERS:
				getTrunkPeers().clear();
				return;
			case TopologyPackage.SITE__MEDIATION_POOLS:
				getMediationPools().clear();
				return;
			case TopologyPackage.SITE__PBXS:
				getPbxs().clear();
				return;
			case TopologyPackage.SITE__PBX_LINKS:
				getPbxLinks().clear();
				return;
			case TopologyPackage.SITE__PSTN_LINKS:
				getPstnLinks().clear();
				return;
			case TopologyPackage.SITE__EMERGENCY_LOCATIONS:
				getEmergencyLocations().clear();
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
			case TopologyPackage.SITE__CITY:
				return CITY_EDEFAULT == null ? city != null : !CITY_EDEFAULT.equals(city);
			case TopologyPackage.SITE__STATE:
				return STATE_EDEFAULT == null ? state != null : !STATE_EDEFAULT.equals(state);
			case TopologyPackage.SITE__COUNTRY_REGION:
				return COUNTRY_REGION_EDEFAULT == null ? countryRegion != null : !COUNTRY_REGION_EDEFAULT.equals(countryRegion);
			case TopologyPackage.SITE__USERS:
				return users != USERS_EDEFAULT;
			case TopologyPackage.SITE__USAGE_PROFILE:
				return usageProfile != USAGE_PROFILE_EDEFAULT;
			case TopologyPackage.SITE__CUSTOM_CALLS_PER_USER_BUSY_HOUR:
				return customCallsPerUserBusyHour != CUSTOM_CALLS_PER_USER_BUSY_HOUR_EDEFAULT;
			case TopologyPackage.SITE__NEEDS_PSTN:
				return needsPstn != NEEDS_PSTN_EDEFAULT;
			case TopologyPackage.SITE__DEPLOYMENT_OPTION:
				return deploymentOption != DEPLOYMENT_OPTION_EDEFAULT;
			case TopologyPackage.SITE__DRAWN_PSTN_PORTS:
				return getDrawnPstnPorts() != DRAWN_PSTN_PORTS_EDEFAULT;
			case TopologyPackage.SITE__PSTN_SERVED_BY:
				return pstnServedBy != null;
			case TopologyPackage.SITE__TRUNK_PEERS:
				return trunkPeers != null && !trunkPeers.isEmpty();
			case TopologyPackage.SITE__MEDIATION_POOLS:
				return mediationPools != null && !mediationPools.isEmpty();
			case TopologyPackage.SITE__PBXS:
				return pbxs != null && !pbxs.isEmpty();
			case TopologyPackage.SITE__PBX_LINKS:
				return pbxLinks != null && !pbxLinks.isEmpty();
			case TopologyPackage.SITE__PSTN_LINKS:
				return pstnLinks != null && !pstnLinks.isEmpty();
			case TopologyPackage.SITE__EMERGENCY_LOCATIONS:
				return emergencyLocations != null && !emergencyLocations.isEmpty();
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
		result.append(" (city: ");
		result.append(city);
		result.append(", state: ");
		result.append(state);
		result.append(", countryRegion: ");
		result.append(countryRegion);
		result.append(", users: ");
		result.append(users);
		result.append(", usageProfile: ");
		result.append(usageProfile);
		result.append(", customCallsPerUserBusyHour: ");
		result.append(customCallsPerUserBusyHour);
		result.append(", needsPstn: ");
		result.append(needsPstn);
		result.append(", deploymentOption: ");
		result.append(deploymentOption);
		result.append(')');
		return result.toString();
	}

} //SiteImpl
