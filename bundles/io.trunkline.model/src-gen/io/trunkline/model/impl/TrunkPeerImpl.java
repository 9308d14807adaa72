/**
 */
package io.trunkline.model.impl;

import io.trunkline.model.IpVersion;
import io.trunkline.model.PeerKind;
import io.trunkline.model.TopologyPackage;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Trunk Peer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.trunkline.model.impl.TrunkPeerImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TrunkPeerImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TrunkPeerImpl#getIpVersion <em>Ip Version</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TrunkPeerImpl#getPstnPorts <em>Pstn Ports</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TrunkPeerImpl#getCountryRegion <em>Country Region</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TrunkPeerImpl#isSupportsTls <em>Supports Tls</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TrunkPeerImpl#isSupportsDnsLoadBalancing <em>Supports Dns Load Balancing</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TrunkPeerImpl#isSupportsMediaBypass <em>Supports Media Bypass</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TrunkPeerImpl#isEliminatesGatewayNeed <em>Eliminates Gateway Need</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TrunkPeerImpl#isCertified <em>Certified</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TrunkPeerImpl#getRootTrunk <em>Root Trunk</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TrunkPeerImpl#getTrunks <em>Trunks</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TrunkPeerImpl#isDefaultGateway <em>Default Gateway</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TrunkPeerImpl#isRoutable <em>Routable</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TrunkPeerImpl#getMediaIpAddress <em>Media Ip Address</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TrunkPeerImpl extends ElementImpl implements TrunkPeer {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final PeerKind KIND_EDEFAULT = PeerKind.PSTN_GATEWAY;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected PeerKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected String address = ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getIpVersion() <em>Ip Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpVersion()
	 * @generated
	 * @ordered
	 */
	protected static final IpVersion IP_VERSION_EDEFAULT = IpVersion.IPV4;

	/**
	 * The cached value of the '{@link #getIpVersion() <em>Ip Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpVersion()
	 * @generated
	 * @ordered
	 */
	protected IpVersion ipVersion = IP_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPstnPorts() <em>Pstn Ports</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPstnPorts()
	 * @generated
	 * @ordered
	 */
	protected static final int PSTN_PORTS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPstnPorts() <em>Pstn Ports</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPstnPorts()
	 * @generated
	 * @ordered
	 */
	protected int pstnPorts = PSTN_PORTS_EDEFAULT;

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
	 * The default value of the '{@link #isSupportsTls() <em>Supports Tls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSupportsTls()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SUPPORTS_TLS_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isSupportsTls() <em>Supports Tls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSupportsTls()
	 * @generated
	 * @ordered
	 */
	protected boolean supportsTls = SUPPORTS_TLS_EDEFAULT;

	/**
	 * The default value of the '{@link #isSupportsDnsLoadBalancing() <em>Supports Dns Load Balancing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSupportsDnsLoadBalancing()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SUPPORTS_DNS_LOAD_BALANCING_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSupportsDnsLoadBalancing() <em>Supports Dns Load Balancing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSupportsDnsLoadBalancing()
	 * @generated
	 * @ordered
	 */
	protected boolean supportsDnsLoadBalancing = SUPPORTS_DNS_LOAD_BALANCING_EDEFAULT;

	/**
	 * The default value of the '{@link #isSupportsMediaBypass() <em>Supports Media Bypass</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSupportsMediaBypass()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SUPPORTS_MEDIA_BYPASS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSupportsMediaBypass() <em>Supports Media Bypass</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSupportsMediaBypass()
	 * @generated
	 * @ordered
	 */
	protected boolean supportsMediaBypass = SUPPORTS_MEDIA_BYPASS_EDEFAULT;

	/**
	 * The default value of the '{@link #isEliminatesGatewayNeed() <em>Eliminates Gateway Need</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEliminatesGatewayNeed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ELIMINATES_GATEWAY_NEED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEliminatesGatewayNeed() <em>Eliminates Gateway Need</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEliminatesGatewayNeed()
	 * @generated
	 * @ordered
	 */
	protected boolean eliminatesGatewayNeed = ELIMINATES_GATEWAY_NEED_EDEFAULT;

	/**
	 * The default value of the '{@link #isCertified() <em>Certified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCertified()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CERTIFIED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isCertified() <em>Certified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCertified()
	 * @generated
	 * @ordered
	 */
	protected boolean certified = CERTIFIED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTrunks() <em>Trunks</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrunks()
	 * @generated
	 * @ordered
	 */
	protected EList<Trunk> trunks;

	/**
	 * The default value of the '{@link #isDefaultGateway() <em>Default Gateway</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDefaultGateway()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DEFAULT_GATEWAY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDefaultGateway() <em>Default Gateway</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDefaultGateway()
	 * @generated
	 * @ordered
	 */
	protected boolean defaultGateway = DEFAULT_GATEWAY_EDEFAULT;

	/**
	 * The default value of the '{@link #isRoutable() <em>Routable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRoutable()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ROUTABLE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isRoutable() <em>Routable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRoutable()
	 * @generated
	 * @ordered
	 */
	protected boolean routable = ROUTABLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMediaIpAddress() <em>Media Ip Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMediaIpAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String MEDIA_IP_ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMediaIpAddress() <em>Media Ip Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMediaIpAddress()
	 * @generated
	 * @ordered
	 */
	protected String mediaIpAddress = MEDIA_IP_ADDRESS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TrunkPeerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.TRUNK_PEER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PeerKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(PeerKind newKind) {
		PeerKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.TRUNK_PEER__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddress() {
		return address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(String newAddress) {
		String oldAddress = address;
		address = newAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.TRUNK_PEER__ADDRESS, oldAddress, address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IpVersion getIpVersion() {
		return ipVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIpVersion(IpVersion newIpVersion) {
		IpVersion oldIpVersion = ipVersion;
		ipVersion = newIpVersion == null ? IP_VERSION_EDEFAULT : newIpVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.TRUNK_PEER__IP_VERSION, oldIpVersion, ipVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPstnPorts() {
		return pstnPorts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPstnPorts(int newPstnPorts) {
		int oldPstnPorts = pstnPorts;
		pstnPorts = newPstnPorts;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.TRUNK_PEER__PSTN_PORTS, oldPstnPorts, pstnPorts));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.TRUNK_PEER__COUNTRY_REGION, oldCountryRegion, countryRegion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSupportsTls() {
		return supportsTls;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupportsTls(boolean newSupportsTls) {
		boolean oldSupportsTls = supportsTls;
		supportsTls = newSupportsTls;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.TRUNK_PEER__SUPPORTS_TLS, oldSupportsTls, supportsTls));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSupportsDnsLoadBalancing() {
		return supportsDnsLoadBalancing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupportsDnsLoadBalancing(boolean newSupportsDnsLoadBalancing) {
		boolean oldSupportsDnsLoadBalancing = supportsDnsLoadBalancing;
		supportsDnsLoadBalancing = newSupportsDnsLoadBalancing;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.TRUNK_PEER__SUPPORTS_DNS_LOAD_BALANCING, oldSupportsDnsLoadBalancing, supportsDnsLoadBalancing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSupportsMediaBypass() {
		return supportsMediaBypass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupportsMediaBypass(boolean newSupportsMediaBypass) {
		boolean oldSupportsMediaBypass = supportsMediaBypass;
		supportsMediaBypass = newSupportsMediaBypass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.TRUNK_PEER__SUPPORTS_MEDIA_BYPASS, oldSupportsMediaBypass, supportsMediaBypass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEliminatesGatewayNeed() {
		return eliminatesGatewayNeed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEliminatesGatewayNeed(boolean newEliminatesGatewayNeed) {
		boolean oldEliminatesGatewayNeed = eliminatesGatewayNeed;
		eliminatesGatewayNeed = newEliminatesGatewayNeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.TRUNK_PEER__ELIMINATES_GATEWAY_NEED, oldEliminatesGatewayNeed, eliminatesGatewayNeed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCertified() {
		return certified;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCertified(boolean newCertified) {
		boolean oldCertified = certified;
		certified = newCertified;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.TRUNK_PEER__CERTIFIED, oldCertified, certified));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Trunk getRootTrunk() {
		return io.trunkline.model.query.PeerQueries.rootTrunk(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Trunk> getTrunks() {
		if (trunks == null) {
			trunks = new EObjectWithInverseResolvingEList<Trunk>(Trunk.class, this, TopologyPackage.TRUNK_PEER__TRUNKS, TopologyPackage.TRUNK__PEER);
		}
		return trunks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDefaultGateway() {
		return defaultGateway;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefaultGateway(boolean newDefaultGateway) {
		boolean oldDefaultGateway = defaultGateway;
		defaultGateway = newDefaultGateway;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.TRUNK_PEER__DEFAULT_GATEWAY, oldDefaultGateway, defaultGateway));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRoutable() {
		return routable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRoutable(boolean newRoutable) {
		boolean oldRoutable = routable;
		routable = newRoutable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.TRUNK_PEER__ROUTABLE, oldRoutable, routable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMediaIpAddress() {
		return mediaIpAddress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMediaIpAddress(String newMediaIpAddress) {
		String oldMediaIpAddress = mediaIpAddress;
		mediaIpAddress = newMediaIpAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.TRUNK_PEER__MEDIA_IP_ADDRESS, oldMediaIpAddress, mediaIpAddress));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TopologyPackage.TRUNK_PEER__TRUNKS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getTrunks()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TopologyPackage.TRUNK_PEER__TRUNKS:
				return ((InternalEList<?>)getTrunks()).basicRemove(otherEnd, msgs);
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
			case TopologyPackage.TRUNK_PEER__KIND:
				return getKind();
			case TopologyPackage.TRUNK_PEER__ADDRESS:
				return getAddress();
			case TopologyPackage.TRUNK_PEER__IP_VERSION:
				return getIpVersion();
			case TopologyPackage.TRUNK_PEER__PSTN_PORTS:
				return getPstnPorts();
			case TopologyPackage.TRUNK_PEER__COUNTRY_REGION:
				return getCountryRegion();
			case TopologyPackage.TRUNK_PEER__SUPPORTS_TLS:
				return isSupportsTls();
			case TopologyPackage.TRUNK_PEER__SUPPORTS_DNS_LOAD_BALANCING:
				return isSupportsDnsLoadBalancing();
			case TopologyPackage.TRUNK_PEER__SUPPORTS_MEDIA_BYPASS:
				return isSupportsMediaBypass();
			case TopologyPackage.TRUNK_PEER__ELIMINATES_GATEWAY_NEED:
				return isEliminatesGatewayNeed();
			case TopologyPackage.TRUNK_PEER__CERTIFIED:
				return isCertified();
			case TopologyPackage.TRUNK_PEER__ROOT_TRUNK:
				return getRootTrunk();
			case TopologyPackage.TRUNK_PEER__TRUNKS:
				return getTrunks();
			case TopologyPackage.TRUNK_PEER__DEFAULT_GATEWAY:
				return isDefaultGateway();
			case TopologyPackage.TRUNK_PEER__ROUTABLE:
				return isRoutable();
			case TopologyPackage.TRUNK_PEER__MEDIA_IP_ADDRESS:
				return getMediaIpAddress();
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
			case TopologyPackage.TRUNK_PEER__KIND:
				setKind((PeerKind)newValue);
				return;
			case TopologyPackage.TRUNK_PEER__ADDRESS:
				setAddress((String)newValue);
				return;
			case TopologyPackage.TRUNK_PEER__IP_VERSION:
				setIpVersion((IpVersion)newValue);
				return;
			case TopologyPackage.TRUNK_PEER__PSTN_PORTS:
				setPstnPorts((Integer)newValue);
				return;
			case TopologyPackage.TRUNK_PEER__COUNTRY_REGION:
				setCountryRegion((String)newValue);
				return;
			case TopologyPackage.TRUNK_PEER__SUPPORTS_TLS:
				setSupportsTls((Boolean)newValue);
				return;
			case TopologyPackage.TRUNK_PEER__SUPPORTS_DNS_LOAD_BALANCING:
				setSupportsDnsLoadBalancing((Boolean)newValue);
				return;
			case TopologyPackage.TRUNK_PEER__SUPPORTS_MEDIA_BYPASS:
				setSupportsMediaBypass((Boolean)newValue);
				return;
			case TopologyPackage.TRUNK_PEER__ELIMINATES_GATEWAY_NEED:
				setEliminatesGatewayNeed((Boolean)newValue);
				return;
			case TopologyPackage.TRUNK_PEER__CERTIFIED:
				setCertified((Boolean)newValue);
				return;
			case TopologyPackage.TRUNK_PEER__TRUNKS:
				getTrunks().clear();
				getTrunks().addAll((Collection<? extends Trunk>)newValue);
				return;
			case TopologyPackage.TRUNK_PEER__DEFAULT_GATEWAY:
				setDefaultGateway((Boolean)newValue);
				return;
			case TopologyPackage.TRUNK_PEER__ROUTABLE:
				setRoutable((Boolean)newValue);
				return;
			case TopologyPackage.TRUNK_PEER__MEDIA_IP_ADDRESS:
				setMediaIpAddress((String)newValue);
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
			case TopologyPackage.TRUNK_PEER__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case TopologyPackage.TRUNK_PEER__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case TopologyPackage.TRUNK_PEER__IP_VERSION:
				setIpVersion(IP_VERSION_EDEFAULT);
				return;
			case TopologyPackage.TRUNK_PEER__PSTN_PORTS:
				setPstnPorts(PSTN_PORTS_EDEFAULT);
				return;
			case TopologyPackage.TRUNK_PEER__COUNTRY_REGION:
				setCountryRegion(COUNTRY_REGION_EDEFAULT);
				return;
			case TopologyPackage.TRUNK_PEER__SUPPORTS_TLS:
				setSupportsTls(SUPPORTS_TLS_EDEFAULT);
				return;
			case TopologyPackage.TRUNK_PEER__SUPPORTS_DNS_LOAD_BALANCING:
				setSupportsDnsLoadBalancing(SUPPORTS_DNS_LOAD_BALANCING_EDEFAULT);
				return;
			case TopologyPackage.TRUNK_PEER__SUPPORTS_MEDIA_BYPASS:
				setSupportsMediaBypass(SUPPORTS_MEDIA_BYPASS_EDEFAULT);
				return;
			case TopologyPackage.TRUNK_PEER__ELIMINATES_GATEWAY_NEED:
				setEliminatesGatewayNeed(ELIMINATES_GATEWAY_NEED_EDEFAULT);
				return;
			case TopologyPackage.TRUNK_PEER__CERTIFIED:
				setCertified(CERTIFIED_EDEFAULT);
				return;
			case TopologyPackage.TRUNK_PEER__TRUNKS:
				getTrunks().clear();
				return;
			case TopologyPackage.TRUNK_PEER__DEFAULT_GATEWAY:
				setDefaultGateway(DEFAULT_GATEWAY_EDEFAULT);
				return;
			case TopologyPackage.TRUNK_PEER__ROUTABLE:
				setRoutable(ROUTABLE_EDEFAULT);
				return;
			case TopologyPackage.TRUNK_PEER__MEDIA_IP_ADDRESS:
				setMediaIpAddress(MEDIA_IP_ADDRESS_EDEFAULT);
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
			case TopologyPackage.TRUNK_PEER__KIND:
				return kind != KIND_EDEFAULT;
			case TopologyPackage.TRUNK_PEER__ADDRESS:
				return ADDRESS_EDEFAULT == null ? address != null : !ADDRESS_EDEFAULT.equals(address);
			case TopologyPackage.TRUNK_PEER__IP_VERSION:
				return ipVersion != IP_VERSION_EDEFAULT;
			case TopologyPackage.TRUNK_PEER__PSTN_PORTS:
				return pstnPorts != PSTN_PORTS_EDEFAULT;
			case TopologyPackage.TRUNK_PEER__COUNTRY_REGION:
				return COUNTRY_REGION_EDEFAULT == null ? countryRegion != null : !COUNTRY_REGION_EDEFAULT.equals(countryRegion);
			case TopologyPackage.TRUNK_PEER__SUPPORTS_TLS:
				return supportsTls != SUPPORTS_TLS_EDEFAULT;
			case TopologyPackage.TRUNK_PEER__SUPPORTS_DNS_LOAD_BALANCING:
				return supportsDnsLoadBalancing != SUPPORTS_DNS_LOAD_BALANCING_EDEFAULT;
			case TopologyPackage.TRUNK_PEER__SUPPORTS_MEDIA_BYPASS:
				return supportsMediaBypass != SUPPORTS_MEDIA_BYPASS_EDEFAULT;
			case TopologyPackage.TRUNK_PEER__ELIMINATES_GATEWAY_NEED:
				return eliminatesGatewayNeed != ELIMINATES_GATEWAY_NEED_EDEFAULT;
			case TopologyPackage.TRUNK_PEER__CERTIFIED:
				return certified != CERTIFIED_EDEFAULT;
			case TopologyPackage.TRUNK_PEER__ROOT_TRUNK:
				return getRootTrunk() != null;
			case TopologyPackage.TRUNK_PEER__TRUNKS:
				return trunks != null && !trunks.isEmpty();
			case TopologyPackage.TRUNK_PEER__DEFAULT_GATEWAY:
				return defaultGateway != DEFAULT_GATEWAY_EDEFAULT;
			case TopologyPackage.TRUNK_PEER__ROUTABLE:
				return routable != ROUTABLE_EDEFAULT;
			case TopologyPackage.TRUNK_PEER__MEDIA_IP_ADDRESS:
				return MEDIA_IP_ADDRESS_EDEFAULT == null ? mediaIpAddress != null : !MEDIA_IP_ADDRESS_EDEFAULT.equals(mediaIpAddress);
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", address: ");
		result.append(address);
		result.append(", ipVersion: ");
		result.append(ipVersion);
		result.append(", pstnPorts: ");
		result.append(pstnPorts);
		result.append(", countryRegion: ");
		result.append(countryRegion);
		result.append(", supportsTls: ");
		result.append(supportsTls);
		result.append(", supportsDnsLoadBalancing: ");
		result.append(supportsDnsLoadBalancing);
		result.append(", supportsMediaBypass: ");
		result.append(supportsMediaBypass);
		result.append(", eliminatesGatewayNeed: ");
		result.append(eliminatesGatewayNeed);
		result.append(", certified: ");
		result.append(certified);
		result.append(", defaultGateway: ");
		result.append(defaultGateway);
		result.append(", routable: ");
		result.append(routable);
		result.append(", mediaIpAddress: ");
		result.append(mediaIpAddress);
		result.append(')');
		return result.toString();
	}

} //TrunkPeerImpl
