/**
 */
package io.trunkline.model.impl;

import io.trunkline.model.MediationPool;
import io.trunkline.model.SipTrunkConnection;
import io.trunkline.model.TopologyPackage;
import io.trunkline.model.Transport;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Trunk</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.trunkline.model.impl.TrunkImpl#isRoot <em>Root</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TrunkImpl#getMediationPool <em>Mediation Pool</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TrunkImpl#getPeer <em>Peer</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TrunkImpl#getTransport <em>Transport</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TrunkImpl#getPeerPort <em>Peer Port</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TrunkImpl#getMediationPort <em>Mediation Port</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TrunkImpl#isMediaBypass <em>Media Bypass</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TrunkImpl#isCentralizedMediaProcessing <em>Centralized Media Processing</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TrunkImpl#isReferSupport <em>Refer Support</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TrunkImpl#isRtcpActiveCalls <em>Rtcp Active Calls</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TrunkImpl#isRtcpCallsOnHold <em>Rtcp Calls On Hold</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TrunkImpl#getMaxSimultaneousCalls <em>Max Simultaneous Calls</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TrunkImpl#getAccessBandwidthKbps <em>Access Bandwidth Kbps</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TrunkImpl#getConnectionType <em>Connection Type</em>}</li>
 *   <li>{@link io.trunkline.model.impl.TrunkImpl#isVpn <em>Vpn</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TrunkImpl extends ElementImpl implements Trunk {
	/**
	 * The default value of the '{@link #isRoot() <em>Root</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRoot()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ROOT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRoot() <em>Root</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRoot()
	 * @generated
	 * @ordered
	 */
	protected boolean root = ROOT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMediationPool() <em>Mediation Pool</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMediationPool()
	 * @generated
	 * @ordered
	 */
	protected MediationPool mediationPool;

	/**
	 * The cached value of the '{@link #getPeer() <em>Peer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeer()
	 * @generated
	 * @ordered
	 */
	protected TrunkPeer peer;

	/**
	 * The default value of the '{@link #getTransport() <em>Transport</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransport()
	 * @generated
	 * @ordered
	 */
	protected static final Transport TRANSPORT_EDEFAULT = Transport.TLS;

	/**
	 * The cached value of the '{@link #getTransport() <em>Transport</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransport()
	 * @generated
	 * @ordered
	 */
	protected Transport transport = TRANSPORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeerPort() <em>Peer Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeerPort()
	 * @generated
	 * @ordered
	 */
	protected static final int PEER_PORT_EDEFAULT = 5067;

	/**
	 * The cached value of the '{@link #getPeerPort() <em>Peer Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeerPort()
	 * @generated
	 * @ordered
	 */
	protected int peerPort = PEER_PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getMediationPort() <em>Mediation Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMediationPort()
	 * @generated
	 * @ordered
	 */
	protected static final int MEDIATION_PORT_EDEFAULT = 5067;

	/**
	 * The cached value of the '{@link #getMediationPort() <em>Mediation Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMediationPort()
	 * @generated
	 * @ordered
	 */
	protected int mediationPort = MEDIATION_PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #isMediaBypass() <em>Media Bypass</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMediaBypass()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MEDIA_BYPASS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMediaBypass() <em>Media Bypass</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMediaBypass()
	 * @generated
	 * @ordered
	 */
	protected boolean mediaBypass = MEDIA_BYPASS_EDEFAULT;

	/**
	 * The default value of the '{@link #isCentralizedMediaProcessing() <em>Centralized Media Processing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCentralizedMediaProcessing()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CENTRALIZED_MEDIA_PROCESSING_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isCentralizedMediaProcessing() <em>Centralized Media Processing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCentralizedMediaProcessing()
	 * @generated
	 * @ordered
	 */
	protected boolean centralizedMediaProcessing = CENTRALIZED_MEDIA_PROCESSING_EDEFAULT;

	/**
	 * The default value of the '{@link #isReferSupport() <em>Refer Support</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReferSupport()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REFER_SUPPORT_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isReferSupport() <em>Refer Support</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReferSupport()
	 * @generated
	 * @ordered
	 */
	protected boolean referSupport = REFER_SUPPORT_EDEFAULT;

	/**
	 * The default value of the '{@link #isRtcpActiveCalls() <em>Rtcp Active Calls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRtcpActiveCalls()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RTCP_ACTIVE_CALLS_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isRtcpActiveCalls() <em>Rtcp Active Calls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRtcpActiveCalls()
	 * @generated
	 * @ordered
	 */
	protected boolean rtcpActiveCalls = RTCP_ACTIVE_CALLS_EDEFAULT;

	/**
	 * The default value of the '{@link #isRtcpCallsOnHold() <em>Rtcp Calls On Hold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRtcpCallsOnHold()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RTCP_CALLS_ON_HOLD_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isRtcpCallsOnHold() <em>Rtcp Calls On Hold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRtcpCallsOnHold()
	 * @generated
	 * @ordered
	 */
	protected boolean rtcpCallsOnHold = RTCP_CALLS_ON_HOLD_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxSimultaneousCalls() <em>Max Simultaneous Calls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxSimultaneousCalls()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_SIMULTANEOUS_CALLS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMaxSimultaneousCalls() <em>Max Simultaneous Calls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxSimultaneousCalls()
	 * @generated
	 * @ordered
	 */
	protected int maxSimultaneousCalls = MAX_SIMULTANEOUS_CALLS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAccessBandwidthKbps() <em>Access Bandwidth Kbps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccessBandwidthKbps()
	 * @generated
	 * @ordered
	 */
	protected static final int ACCESS_BANDWIDTH_KBPS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAccessBandwidthKbps() <em>Access Bandwidth Kbps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccessBandwidthKbps()
	 * @generated
	 * @ordered
	 */
	protected int accessBandwidthKbps = ACCESS_BANDWIDTH_KBPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getConnectionType() <em>Connection Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnectionType()
	 * @generated
	 * @ordered
	 */
	protected static final SipTrunkConnection CONNECTION_TYPE_EDEFAULT = SipTrunkConnection.NOT_PLANNED;

	/**
	 * The cached value of the '{@link #getConnectionType() <em>Connection Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnectionType()
	 * @generated
	 * @ordered
	 */
	protected SipTrunkConnection connectionType = CONNECTION_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #isVpn() <em>Vpn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVpn()
	 * @generated
	 * @ordered
	 */
	protected static final boolean VPN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isVpn() <em>Vpn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVpn()
	 * @generated
	 * @ordered
	 */
	protected boolean vpn = VPN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TrunkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.TRUNK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRoot() {
		return root;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRoot(boolean newRoot) {
		boolean oldRoot = root;
		root = newRoot;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.TRUNK__ROOT, oldRoot, root));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MediationPool getMediationPool() {
		if (mediationPool != null && mediationPool.eIsProxy()) {
			InternalEObject oldMediationPool = (InternalEObject)mediationPool;
			mediationPool = (MediationPool)eResolveProxy(oldMediationPool);
			if (mediationPool != oldMediationPool) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.TRUNK__MEDIATION_POOL, oldMediationPool, mediationPool));
			}
		}
		return mediationPool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MediationPool basicGetMediationPool() {
		return mediationPool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMediationPool(MediationPool newMediationPool, NotificationChain msgs) {
		MediationPool oldMediationPool = mediationPool;
		mediationPool = newMediationPool;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TopologyPackage.TRUNK__MEDIATION_POOL, oldMediationPool, newMediationPool);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMediationPool(MediationPool newMediationPool) {
		if (newMediationPool != mediationPool) {
			NotificationChain msgs = null;
			if (mediationPool != null)
				msgs = ((InternalEObject)mediationPool).eInverseRemove(this, TopologyPackage.MEDIATION_POOL__TRUNKS, MediationPool.class, msgs);
			if (newMediationPool != null)
				msgs = ((InternalEObject)newMediationPool).eInverseAdd(this, TopologyPackage.MEDIATION_POOL__TRUNKS, MediationPool.class, msgs);
			msgs = basicSetMediationPool(newMediationPool, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.TRUNK__MEDIATION_POOL, newMediationPool, newMediationPool));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrunkPeer getPeer() {
		if (peer != null && peer.eIsProxy()) {
			InternalEObject oldPeer = (InternalEObject)peer;
			peer = (TrunkPeer)eResolveProxy(oldPeer);
			if (peer != oldPeer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.TRUNK__PEER, oldPeer, peer));
			}
		}
		return peer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TrunkPeer basicGetPeer() {
		return peer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPeer(TrunkPeer newPeer, NotificationChain msgs) {
		TrunkPeer oldPeer = peer;
		peer = newPeer;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TopologyPackage.TRUNK__PEER, oldPeer, newPeer);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeer(TrunkPeer newPeer) {
		if (newPeer != peer) {
			NotificationChain msgs = null;
			if (peer != null)
				msgs = ((InternalEObject)peer).eInverseRemove(this, TopologyPackage.TRUNK_PEER__TRUNKS, TrunkPeer.class, msgs);
			if (newPeer != null)
				msgs = ((InternalEObject)newPeer).eInverseAdd(this, TopologyPackage.TRUNK_PEER__TRUNKS, TrunkPeer.class, msgs);
			msgs = basicSetPeer(newPeer, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.TRUNK__PEER, newPeer, newPeer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Transport getTransport() {
		return transport;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTransport(Transport newTransport) {
		Transport oldTransport = transport;
		transport = newTransport == null ? TRANSPORT_EDEFAULT : newTransport;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.TRUNK__TRANSPORT, oldTransport, transport));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPeerPort() {
		return peerPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeerPort(int newPeerPort) {
		int oldPeerPort = peerPort;
		peerPort = newPeerPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.TRUNK__PEER_PORT, oldPeerPort, peerPort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMediationPort() {
		return mediationPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMediationPort(int newMediationPort) {
		int oldMediationPort = mediationPort;
		mediationPort = newMediationPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.TRUNK__MEDIATION_PORT, oldMediationPort, mediationPort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMediaBypass() {
		return mediaBypass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMediaBypass(boolean newMediaBypass) {
		boolean oldMediaBypass = mediaBypass;
		mediaBypass = newMediaBypass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.TRUNK__MEDIA_BYPASS, oldMediaBypass, mediaBypass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCentralizedMediaProcessing() {
		return centralizedMediaProcessing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCentralizedMediaProcessing(boolean newCentralizedMediaProcessing) {
		boolean oldCentralizedMediaProcessing = centralizedMediaProcessing;
		centralizedMediaProcessing = newCentralizedMediaProcessing;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.TRUNK__CENTRALIZED_MEDIA_PROCESSING, oldCentralizedMediaProcessing, centralizedMediaProcessing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isReferSupport() {
		return referSupport;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReferSupport(boolean newReferSupport) {
		boolean oldReferSupport = referSupport;
		referSupport = newReferSupport;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.TRUNK__REFER_SUPPORT, oldReferSupport, referSupport));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRtcpActiveCalls() {
		return rtcpActiveCalls;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRtcpActiveCalls(boolean newRtcpActiveCalls) {
		boolean oldRtcpActiveCalls = rtcpActiveCalls;
		rtcpActiveCalls = newRtcpActiveCalls;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.TRUNK__RTCP_ACTIVE_CALLS, oldRtcpActiveCalls, rtcpActiveCalls));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRtcpCallsOnHold() {
		return rtcpCallsOnHold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRtcpCallsOnHold(boolean newRtcpCallsOnHold) {
		boolean oldRtcpCallsOnHold = rtcpCallsOnHold;
		rtcpCallsOnHold = newRtcpCallsOnHold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.TRUNK__RTCP_CALLS_ON_HOLD, oldRtcpCallsOnHold, rtcpCallsOnHold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxSimultaneousCalls() {
		return maxSimultaneousCalls;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxSimultaneousCalls(int newMaxSimultaneousCalls) {
		int oldMaxSimultaneousCalls = maxSimultaneousCalls;
		maxSimultaneousCalls = newMaxSimultaneousCalls;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.TRUNK__MAX_SIMULTANEOUS_CALLS, oldMaxSimultaneousCalls, maxSimultaneousCalls));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAccessBandwidthKbps() {
		return accessBandwidthKbps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccessBandwidthKbps(int newAccessBandwidthKbps) {
		int oldAccessBandwidthKbps = accessBandwidthKbps;
		accessBandwidthKbps = newAccessBandwidthKbps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.TRUNK__ACCESS_BANDWIDTH_KBPS, oldAccessBandwidthKbps, accessBandwidthKbps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SipTrunkConnection getConnectionType() {
		return connectionType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConnectionType(SipTrunkConnection newConnectionType) {
		SipTrunkConnection oldConnectionType = connectionType;
		connectionType = newConnectionType == null ? CONNECTION_TYPE_EDEFAULT : newConnectionType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.TRUNK__CONNECTION_TYPE, oldConnectionType, connectionType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isVpn() {
		return vpn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVpn(boolean newVpn) {
		boolean oldVpn = vpn;
		vpn = newVpn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.TRUNK__VPN, oldVpn, vpn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TopologyPackage.TRUNK__MEDIATION_POOL:
				if (mediationPool != null)
					msgs = ((InternalEObject)mediationPool).eInverseRemove(this, TopologyPackage.MEDIATION_POOL__TRUNKS, MediationPool.class, msgs);
				return basicSetMediationPool((MediationPool)otherEnd, msgs);
			case TopologyPackage.TRUNK__PEER:
				if (peer != null)
					msgs = ((InternalEObject)peer).eInverseRemove(this, TopologyPackage.TRUNK_PEER__TRUNKS, TrunkPeer.class, msgs);
				return basicSetPeer((TrunkPeer)otherEnd, msgs);
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
			case TopologyPackage.TRUNK__MEDIATION_POOL:
				return basicSetMediationPool(null, msgs);
			case TopologyPackage.TRUNK__PEER:
				return basicSetPeer(null, msgs);
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
			case TopologyPackage.TRUNK__ROOT:
				return isRoot();
			case TopologyPackage.TRUNK__MEDIATION_POOL:
				if (resolve) return getMediationPool();
				return basicGetMediationPool();
			case TopologyPackage.TRUNK__PEER:
				if (resolve) return getPeer();
				return basicGetPeer();
			case TopologyPackage.TRUNK__TRANSPORT:
				return getTransport();
			case TopologyPackage.TRUNK__PEER_PORT:
				return getPeerPort();
			case TopologyPackage.TRUNK__MEDIATION_PORT:
				return getMediationPort();
			case TopologyPackage.TRUNK__MEDIA_BYPASS:
				return isMediaBypass();
			case TopologyPackage.TRUNK__CENTRALIZED_MEDIA_PROCESSING:
				return isCentralizedMediaProcessing();
			case TopologyPackage.TRUNK__REFER_SUPPORT:
				return isReferSupport();
			case TopologyPackage.TRUNK__RTCP_ACTIVE_CALLS:
				return isRtcpActiveCalls();
			case TopologyPackage.TRUNK__RTCP_CALLS_ON_HOLD:
				return isRtcpCallsOnHold();
			case TopologyPackage.TRUNK__MAX_SIMULTANEOUS_CALLS:
				return getMaxSimultaneousCalls();
			case TopologyPackage.TRUNK__ACCESS_BANDWIDTH_KBPS:
				return getAccessBandwidthKbps();
			case TopologyPackage.TRUNK__CONNECTION_TYPE:
				return getConnectionType();
			case TopologyPackage.TRUNK__VPN:
				return isVpn();
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
			case TopologyPackage.TRUNK__ROOT:
				setRoot((Boolean)newValue);
				return;
			case TopologyPackage.TRUNK__MEDIATION_POOL:
				setMediationPool((MediationPool)newValue);
				return;
			case TopologyPackage.TRUNK__PEER:
				setPeer((TrunkPeer)newValue);
				return;
			case TopologyPackage.TRUNK__TRANSPORT:
				setTransport((Transport)newValue);
				return;
			case TopologyPackage.TRUNK__PEER_PORT:
				setPeerPort((Integer)newValue);
				return;
			case TopologyPackage.TRUNK__MEDIATION_PORT:
				setMediationPort((Integer)newValue);
				return;
			case TopologyPackage.TRUNK__MEDIA_BYPASS:
				setMediaBypass((Boolean)newValue);
				return;
			case TopologyPackage.TRUNK__CENTRALIZED_MEDIA_PROCESSING:
				setCentralizedMediaProcessing((Boolean)newValue);
				return;
			case TopologyPackage.TRUNK__REFER_SUPPORT:
				setReferSupport((Boolean)newValue);
				return;
			case TopologyPackage.TRUNK__RTCP_ACTIVE_CALLS:
				setRtcpActiveCalls((Boolean)newValue);
				return;
			case TopologyPackage.TRUNK__RTCP_CALLS_ON_HOLD:
				setRtcpCallsOnHold((Boolean)newValue);
				return;
			case TopologyPackage.TRUNK__MAX_SIMULTANEOUS_CALLS:
				setMaxSimultaneousCalls((Integer)newValue);
				return;
			case TopologyPackage.TRUNK__ACCESS_BANDWIDTH_KBPS:
				setAccessBandwidthKbps((Integer)newValue);
				return;
			case TopologyPackage.TRUNK__CONNECTION_TYPE:
				setConnectionType((SipTrunkConnection)newValue);
				return;
			case TopologyPackage.TRUNK__VPN:
				setVpn((Boolean)newValue);
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
			case TopologyPackage.TRUNK__ROOT:
				setRoot(ROOT_EDEFAULT);
				return;
			case TopologyPackage.TRUNK__MEDIATION_POOL:
				setMediationPool((MediationPool)null);
				return;
			case TopologyPackage.TRUNK__PEER:
				setPeer((TrunkPeer)null);
				return;
			case TopologyPackage.TRUNK__TRANSPORT:
				setTransport(TRANSPORT_EDEFAULT);
				return;
			case TopologyPackage.TRUNK__PEER_PORT:
				setPeerPort(PEER_PORT_EDEFAULT);
				return;
			case TopologyPackage.TRUNK__MEDIATION_PORT:
				setMediationPort(MEDIATION_PORT_EDEFAULT);
				return;
			case TopologyPackage.TRUNK__MEDIA_BYPASS:
				setMediaBypass(MEDIA_BYPASS_EDEFAULT);
				return;
			case TopologyPackage.TRUNK__CENTRALIZED_MEDIA_PROCESSING:
				setCentralizedMediaProcessing(CENTRALIZED_MEDIA_PROCESSING_EDEFAULT);
				return;
			case TopologyPackage.TRUNK__REFER_SUPPORT:
				setReferSupport(REFER_SUPPORT_EDEFAULT);
				return;
			case TopologyPackage.TRUNK__RTCP_ACTIVE_CALLS:
				setRtcpActiveCalls(RTCP_ACTIVE_CALLS_EDEFAULT);
				return;
			case TopologyPackage.TRUNK__RTCP_CALLS_ON_HOLD:
				setRtcpCallsOnHold(RTCP_CALLS_ON_HOLD_EDEFAULT);
				return;
			case TopologyPackage.TRUNK__MAX_SIMULTANEOUS_CALLS:
				setMaxSimultaneousCalls(MAX_SIMULTANEOUS_CALLS_EDEFAULT);
				return;
			case TopologyPackage.TRUNK__ACCESS_BANDWIDTH_KBPS:
				setAccessBandwidthKbps(ACCESS_BANDWIDTH_KBPS_EDEFAULT);
				return;
			case TopologyPackage.TRUNK__CONNECTION_TYPE:
				setConnectionType(CONNECTION_TYPE_EDEFAULT);
				return;
			case TopologyPackage.TRUNK__VPN:
				setVpn(VPN_EDEFAULT);
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
			case TopologyPackage.TRUNK__ROOT:
				return root != ROOT_EDEFAULT;
			case TopologyPackage.TRUNK__MEDIATION_POOL:
				return mediationPool != null;
			case TopologyPackage.TRUNK__PEER:
				return peer != null;
			case TopologyPackage.TRUNK__TRANSPORT:
				return transport != TRANSPORT_EDEFAULT;
			case TopologyPackage.TRUNK__PEER_PORT:
				return peerPort != PEER_PORT_EDEFAULT;
			case TopologyPackage.TRUNK__MEDIATION_PORT:
				return mediationPort != MEDIATION_PORT_EDEFAULT;
			case TopologyPackage.TRUNK__MEDIA_BYPASS:
				return mediaBypass != MEDIA_BYPASS_EDEFAULT;
			case TopologyPackage.TRUNK__CENTRALIZED_MEDIA_PROCESSING:
				return centralizedMediaProcessing != CENTRALIZED_MEDIA_PROCESSING_EDEFAULT;
			case TopologyPackage.TRUNK__REFER_SUPPORT:
				return referSupport != REFER_SUPPORT_EDEFAULT;
			case TopologyPackage.TRUNK__RTCP_ACTIVE_CALLS:
				return rtcpActiveCalls != RTCP_ACTIVE_CALLS_EDEFAULT;
			case TopologyPackage.TRUNK__RTCP_CALLS_ON_HOLD:
				return rtcpCallsOnHold != RTCP_CALLS_ON_HOLD_EDEFAULT;
			case TopologyPackage.TRUNK__MAX_SIMULTANEOUS_CALLS:
				return maxSimultaneousCalls != MAX_SIMULTANEOUS_CALLS_EDEFAULT;
			case TopologyPackage.TRUNK__ACCESS_BANDWIDTH_KBPS:
				return accessBandwidthKbps != ACCESS_BANDWIDTH_KBPS_EDEFAULT;
			case TopologyPackage.TRUNK__CONNECTION_TYPE:
				return connectionType != CONNECTION_TYPE_EDEFAULT;
			case TopologyPackage.TRUNK__VPN:
				return vpn != VPN_EDEFAULT;
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
		result.append(" (root: ");
		result.append(root);
		result.append(", transport: ");
		result.append(transport);
		result.append(", peerPort: ");
		result.append(peerPort);
		result.append(", mediationPort: ");
		result.append(mediationPort);
		result.append(", mediaBypass: ");
		result.append(mediaBypass);
		result.append(", centralizedMediaProcessing: ");
		result.append(centralizedMediaProcessing);
		result.append(", referSupport: ");
		result.append(referSupport);
		result.append(", rtcpActiveCalls: ");
		result.append(rtcpActiveCalls);
		result.append(", rtcpCallsOnHold: ");
		result.append(rtcpCallsOnHold);
		result.append(", maxSimultaneousCalls: ");
		result.append(maxSimultaneousCalls);
		result.append(", accessBandwidthKbps: ");
		result.append(accessBandwidthKbps);
		result.append(", connectionType: ");
		result.append(connectionType);
		result.append(", vpn: ");
		result.append(vpn);
		result.append(')');
		return result.toString();
	}

} //TrunkImpl
