/**
 */
package io.trunkline.model.impl;

import io.trunkline.model.EdgePool;
import io.trunkline.model.MediationKind;
import io.trunkline.model.MediationPool;
import io.trunkline.model.Pool;
import io.trunkline.model.TopologyPackage;
import io.trunkline.model.Trunk;

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
 * An implementation of the model object '<em><b>Mediation Pool</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.trunkline.model.impl.MediationPoolImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.trunkline.model.impl.MediationPoolImpl#getCollocatedWith <em>Collocated With</em>}</li>
 *   <li>{@link io.trunkline.model.impl.MediationPoolImpl#getNextHop <em>Next Hop</em>}</li>
 *   <li>{@link io.trunkline.model.impl.MediationPoolImpl#getEdgePool <em>Edge Pool</em>}</li>
 *   <li>{@link io.trunkline.model.impl.MediationPoolImpl#isHyperThreading <em>Hyper Threading</em>}</li>
 *   <li>{@link io.trunkline.model.impl.MediationPoolImpl#getTlsPortFirst <em>Tls Port First</em>}</li>
 *   <li>{@link io.trunkline.model.impl.MediationPoolImpl#getTlsPortLast <em>Tls Port Last</em>}</li>
 *   <li>{@link io.trunkline.model.impl.MediationPoolImpl#isTcpEnabled <em>Tcp Enabled</em>}</li>
 *   <li>{@link io.trunkline.model.impl.MediationPoolImpl#getTcpPortFirst <em>Tcp Port First</em>}</li>
 *   <li>{@link io.trunkline.model.impl.MediationPoolImpl#getTcpPortLast <em>Tcp Port Last</em>}</li>
 *   <li>{@link io.trunkline.model.impl.MediationPoolImpl#getFrontEndPort <em>Front End Port</em>}</li>
 *   <li>{@link io.trunkline.model.impl.MediationPoolImpl#isDnsLoadBalancing <em>Dns Load Balancing</em>}</li>
 *   <li>{@link io.trunkline.model.impl.MediationPoolImpl#getTrunks <em>Trunks</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MediationPoolImpl extends PoolImpl implements MediationPool {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final MediationKind KIND_EDEFAULT = MediationKind.STANDALONE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected MediationKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCollocatedWith() <em>Collocated With</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCollocatedWith()
	 * @generated
	 * @ordered
	 */
	protected Pool collocatedWith;

	/**
	 * The cached value of the '{@link #getNextHop() <em>Next Hop</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNextHop()
	 * @generated
	 * @ordered
	 */
	protected Pool nextHop;

	/**
	 * The cached value of the '{@link #getEdgePool() <em>Edge Pool</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEdgePool()
	 * @generated
	 * @ordered
	 */
	protected EdgePool edgePool;

	/**
	 * The default value of the '{@link #isHyperThreading() <em>Hyper Threading</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHyperThreading()
	 * @generated
	 * @ordered
	 */
	protected static final boolean HYPER_THREADING_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isHyperThreading() <em>Hyper Threading</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHyperThreading()
	 * @generated
	 * @ordered
	 */
	protected boolean hyperThreading = HYPER_THREADING_EDEFAULT;

	/**
	 * The default value of the '{@link #getTlsPortFirst() <em>Tls Port First</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTlsPortFirst()
	 * @generated
	 * @ordered
	 */
	protected static final int TLS_PORT_FIRST_EDEFAULT = 5067;

	/**
	 * The cached value of the '{@link #getTlsPortFirst() <em>Tls Port First</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTlsPortFirst()
	 * @generated
	 * @ordered
	 */
	protected int tlsPortFirst = TLS_PORT_FIRST_EDEFAULT;

	/**
	 * The default value of the '{@link #getTlsPortLast() <em>Tls Port Last</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTlsPortLast()
	 * @generated
	 * @ordered
	 */
	protected static final int TLS_PORT_LAST_EDEFAULT = 5067;

	/**
	 * The cached value of the '{@link #getTlsPortLast() <em>Tls Port Last</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTlsPortLast()
	 * @generated
	 * @ordered
	 */
	protected int tlsPortLast = TLS_PORT_LAST_EDEFAULT;

	/**
	 * The default value of the '{@link #isTcpEnabled() <em>Tcp Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTcpEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean TCP_ENABLED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isTcpEnabled() <em>Tcp Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTcpEnabled()
	 * @generated
	 * @ordered
	 */
	protected boolean tcpEnabled = TCP_ENABLED_EDEFAULT;

	/**
	 * The default value of the '{@link #getTcpPortFirst() <em>Tcp Port First</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTcpPortFirst()
	 * @generated
	 * @ordered
	 */
	protected static final int TCP_PORT_FIRST_EDEFAULT = 5068;

	/**
	 * The cached value of the '{@link #getTcpPortFirst() <em>Tcp Port First</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTcpPortFirst()
	 * @generated
	 * @ordered
	 */
	protected int tcpPortFirst = TCP_PORT_FIRST_EDEFAULT;

	/**
	 * The default value of the '{@link #getTcpPortLast() <em>Tcp Port Last</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTcpPortLast()
	 * @generated
	 * @ordered
	 */
	protected static final int TCP_PORT_LAST_EDEFAULT = 5068;

	/**
	 * The cached value of the '{@link #getTcpPortLast() <em>Tcp Port Last</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTcpPortLast()
	 * @generated
	 * @ordered
	 */
	protected int tcpPortLast = TCP_PORT_LAST_EDEFAULT;

	/**
	 * The default value of the '{@link #getFrontEndPort() <em>Front End Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrontEndPort()
	 * @generated
	 * @ordered
	 */
	protected static final int FRONT_END_PORT_EDEFAULT = 5070;

	/**
	 * The cached value of the '{@link #getFrontEndPort() <em>Front End Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrontEndPort()
	 * @generated
	 * @ordered
	 */
	protected int frontEndPort = FRONT_END_PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #isDnsLoadBalancing() <em>Dns Load Balancing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDnsLoadBalancing()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DNS_LOAD_BALANCING_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDnsLoadBalancing() <em>Dns Load Balancing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDnsLoadBalancing()
	 * @generated
	 * @ordered
	 */
	protected boolean dnsLoadBalancing = DNS_LOAD_BALANCING_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MediationPoolImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.MEDIATION_POOL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MediationKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(MediationKind newKind) {
		MediationKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.MEDIATION_POOL__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Pool getCollocatedWith() {
		if (collocatedWith != null && collocatedWith.eIsProxy()) {
			InternalEObject oldCollocatedWith = (InternalEObject)collocatedWith;
			collocatedWith = (Pool)eResolveProxy(oldCollocatedWith);
			if (collocatedWith != oldCollocatedWith) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.MEDIATION_POOL__COLLOCATED_WITH, oldCollocatedWith, collocatedWith));
			}
		}
		return collocatedWith;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Pool basicGetCollocatedWith() {
		return collocatedWith;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCollocatedWith(Pool newCollocatedWith) {
		Pool oldCollocatedWith = collocatedWith;
		collocatedWith = newCollocatedWith;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.MEDIATION_POOL__COLLOCATED_WITH, oldCollocatedWith, collocatedWith));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Pool getNextHop() {
		if (nextHop != null && nextHop.eIsProxy()) {
			InternalEObject oldNextHop = (InternalEObject)nextHop;
			nextHop = (Pool)eResolveProxy(oldNextHop);
			if (nextHop != oldNextHop) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.MEDIATION_POOL__NEXT_HOP, oldNextHop, nextHop));
			}
		}
		return nextHop;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Pool basicGetNextHop() {
		return nextHop;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNextHop(Pool newNextHop) {
		Pool oldNextHop = nextHop;
		nextHop = newNextHop;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.MEDIATION_POOL__NEXT_HOP, oldNextHop, nextHop));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EdgePool getEdgePool() {
		if (edgePool != null && edgePool.eIsProxy()) {
			InternalEObject oldEdgePool = (InternalEObject)edgePool;
			edgePool = (EdgePool)eResolveProxy(oldEdgePool);
			if (edgePool != oldEdgePool) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.MEDIATION_POOL__EDGE_POOL, oldEdgePool, edgePool));
			}
		}
		return edgePool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EdgePool basicGetEdgePool() {
		return edgePool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEdgePool(EdgePool newEdgePool) {
		EdgePool oldEdgePool = edgePool;
		edgePool = newEdgePool;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.MEDIATION_POOL__EDGE_POOL, oldEdgePool, edgePool));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isHyperThreading() {
		return hyperThreading;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHyperThreading(boolean newHyperThreading) {
		boolean oldHyperThreading = hyperThreading;
		hyperThreading = newHyperThreading;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.MEDIATION_POOL__HYPER_THREADING, oldHyperThreading, hyperThreading));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTlsPortFirst() {
		return tlsPortFirst;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTlsPortFirst(int newTlsPortFirst) {
		int oldTlsPortFirst = tlsPortFirst;
		tlsPortFirst = newTlsPortFirst;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.MEDIATION_POOL__TLS_PORT_FIRST, oldTlsPortFirst, tlsPortFirst));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTlsPortLast() {
		return tlsPortLast;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTlsPortLast(int newTlsPortLast) {
		int oldTlsPortLast = tlsPortLast;
		tlsPortLast = newTlsPortLast;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.MEDIATION_POOL__TLS_PORT_LAST, oldTlsPortLast, tlsPortLast));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isTcpEnabled() {
		return tcpEnabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTcpEnabled(boolean newTcpEnabled) {
		boolean oldTcpEnabled = tcpEnabled;
		tcpEnabled = newTcpEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.MEDIATION_POOL__TCP_ENABLED, oldTcpEnabled, tcpEnabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTcpPortFirst() {
		return tcpPortFirst;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTcpPortFirst(int newTcpPortFirst) {
		int oldTcpPortFirst = tcpPortFirst;
		tcpPortFirst = newTcpPortFirst;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.MEDIATION_POOL__TCP_PORT_FIRST, oldTcpPortFirst, tcpPortFirst));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTcpPortLast() {
		return tcpPortLast;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTcpPortLast(int newTcpPortLast) {
		int oldTcpPortLast = tcpPortLast;
		tcpPortLast = newTcpPortLast;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.MEDIATION_POOL__TCP_PORT_LAST, oldTcpPortLast, tcpPortLast));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFrontEndPort() {
		return frontEndPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrontEndPort(int newFrontEndPort) {
		int oldFrontEndPort = frontEndPort;
		frontEndPort = newFrontEndPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.MEDIATION_POOL__FRONT_END_PORT, oldFrontEndPort, frontEndPort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDnsLoadBalancing() {
		return dnsLoadBalancing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDnsLoadBalancing(boolean newDnsLoadBalancing) {
		boolean oldDnsLoadBalancing = dnsLoadBalancing;
		dnsLoadBalancing = newDnsLoadBalancing;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.MEDIATION_POOL__DNS_LOAD_BALANCING, oldDnsLoadBalancing, dnsLoadBalancing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Trunk> getTrunks() {
		if (trunks == null) {
			trunks = new EObjectWithInverseResolvingEList<Trunk>(Trunk.class, this, TopologyPackage.MEDIATION_POOL__TRUNKS, TopologyPackage.TRUNK__MEDIATION_POOL);
		}
		return trunks;
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
			case TopologyPackage.MEDIATION_POOL__TRUNKS:
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
			case TopologyPackage.MEDIATION_POOL__TRUNKS:
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
			case TopologyPackage.MEDIATION_POOL__KIND:
				return getKind();
			case TopologyPackage.MEDIATION_POOL__COLLOCATED_WITH:
				if (resolve) return getCollocatedWith();
				return basicGetCollocatedWith();
			case TopologyPackage.MEDIATION_POOL__NEXT_HOP:
				if (resolve) return getNextHop();
				return basicGetNextHop();
			case TopologyPackage.MEDIATION_POOL__EDGE_POOL:
				if (resolve) return getEdgePool();
				return basicGetEdgePool();
			case TopologyPackage.MEDIATION_POOL__HYPER_THREADING:
				return isHyperThreading();
			case TopologyPackage.MEDIATION_POOL__TLS_PORT_FIRST:
				return getTlsPortFirst();
			case TopologyPackage.MEDIATION_POOL__TLS_PORT_LAST:
				return getTlsPortLast();
			case TopologyPackage.MEDIATION_POOL__TCP_ENABLED:
				return isTcpEnabled();
			case TopologyPackage.MEDIATION_POOL__TCP_PORT_FIRST:
				return getTcpPortFirst();
			case TopologyPackage.MEDIATION_POOL__TCP_PORT_LAST:
				return getTcpPortLast();
			case TopologyPackage.MEDIATION_POOL__FRONT_END_PORT:
				return getFrontEndPort();
			case TopologyPackage.MEDIATION_POOL__DNS_LOAD_BALANCING:
				return isDnsLoadBalancing();
			case TopologyPackage.MEDIATION_POOL__TRUNKS:
				return getTrunks();
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
			case TopologyPackage.MEDIATION_POOL__KIND:
				setKind((MediationKind)newValue);
				return;
			case TopologyPackage.MEDIATION_POOL__COLLOCATED_WITH:
				setCollocatedWith((Pool)newValue);
				return;
			case TopologyPackage.MEDIATION_POOL__NEXT_HOP:
				setNextHop((Pool)newValue);
				return;
			case TopologyPackage.MEDIATION_POOL__EDGE_POOL:
				setEdgePool((EdgePool)newValue);
				return;
			case TopologyPackage.MEDIATION_POOL__HYPER_THREADING:
				setHyperThreading((Boolean)newValue);
				return;
			case TopologyPackage.MEDIATION_POOL__TLS_PORT_FIRST:
				setTlsPortFirst((Integer)newValue);
				return;
			case TopologyPackage.MEDIATION_POOL__TLS_PORT_LAST:
				setTlsPortLast((Integer)newValue);
				return;
			case TopologyPackage.MEDIATION_POOL__TCP_ENABLED:
				setTcpEnabled((Boolean)newValue);
				return;
			case TopologyPackage.MEDIATION_POOL__TCP_PORT_FIRST:
				setTcpPortFirst((Integer)newValue);
				return;
			case TopologyPackage.MEDIATION_POOL__TCP_PORT_LAST:
				setTcpPortLast((Integer)newValue);
				return;
			case TopologyPackage.MEDIATION_POOL__FRONT_END_PORT:
				setFrontEndPort((Integer)newValue);
				return;
			case TopologyPackage.MEDIATION_POOL__DNS_LOAD_BALANCING:
				setDnsLoadBalancing((Boolean)newValue);
				return;
			case TopologyPackage.MEDIATION_POOL__TRUNKS:
				getTrunks().clear();
				getTrunks().addAll((Collection<? extends Trunk>)newValue);
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
			case TopologyPackage.MEDIATION_POOL__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case TopologyPackage.MEDIATION_POOL__COLLOCATED_WITH:
				setCollocatedWith((Pool)null);
				return;
			case TopologyPackage.MEDIATION_POOL__NEXT_HOP:
				setNextHop((Pool)null);
				return;
			case TopologyPackage.MEDIATION_POOL__EDGE_POOL:
				setEdgePool((EdgePool)null);
				return;
			case TopologyPackage.MEDIATION_POOL__HYPER_THREADING:
				setHyperThreading(HYPER_THREADING_EDEFAULT);
				return;
			case TopologyPackage.MEDIATION_POOL__TLS_PORT_FIRST:
				setTlsPortFirst(TLS_PORT_FIRST_EDEFAULT);
				return;
			case TopologyPackage.MEDIATION_POOL__TLS_PORT_LAST:
				setTlsPortLast(TLS_PORT_LAST_EDEFAULT);
				return;
			case TopologyPackage.MEDIATION_POOL__TCP_ENABLED:
				setTcpEnabled(TCP_ENABLED_EDEFAULT);
				return;
			case TopologyPackage.MEDIATION_POOL__TCP_PORT_FIRST:
				setTcpPortFirst(TCP_PORT_FIRST_EDEFAULT);
				return;
			case TopologyPackage.MEDIATION_POOL__TCP_PORT_LAST:
				setTcpPortLast(TCP_PORT_LAST_EDEFAULT);
				return;
			case TopologyPackage.MEDIATION_POOL__FRONT_END_PORT:
				setFrontEndPort(FRONT_END_PORT_EDEFAULT);
				return;
			case TopologyPackage.MEDIATION_POOL__DNS_LOAD_BALANCING:
				setDnsLoadBalancing(DNS_LOAD_BALANCING_EDEFAULT);
				return;
			case TopologyPackage.MEDIATION_POOL__TRUNKS:
				getTrunks().clear();
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
			case TopologyPackage.MEDIATION_POOL__KIND:
				return kind != KIND_EDEFAULT;
			case TopologyPackage.MEDIATION_POOL__COLLOCATED_WITH:
				return collocatedWith != null;
			case TopologyPackage.MEDIATION_POOL__NEXT_HOP:
				return nextHop != null;
			case TopologyPackage.MEDIATION_POOL__EDGE_POOL:
				return edgePool != null;
			case TopologyPackage.MEDIATION_POOL__HYPER_THREADING:
				return hyperThreading != HYPER_THREADING_EDEFAULT;
			case TopologyPackage.MEDIATION_POOL__TLS_PORT_FIRST:
				return tlsPortFirst != TLS_PORT_FIRST_EDEFAULT;
			case TopologyPackage.MEDIATION_POOL__TLS_PORT_LAST:
				return tlsPortLast != TLS_PORT_LAST_EDEFAULT;
			case TopologyPackage.MEDIATION_POOL__TCP_ENABLED:
				return tcpEnabled != TCP_ENABLED_EDEFAULT;
			case TopologyPackage.MEDIATION_POOL__TCP_PORT_FIRST:
				return tcpPortFirst != TCP_PORT_FIRST_EDEFAULT;
			case TopologyPackage.MEDIATION_POOL__TCP_PORT_LAST:
				return tcpPortLast != TCP_PORT_LAST_EDEFAULT;
			case TopologyPackage.MEDIATION_POOL__FRONT_END_PORT:
				return frontEndPort != FRONT_END_PORT_EDEFAULT;
			case TopologyPackage.MEDIATION_POOL__DNS_LOAD_BALANCING:
				return dnsLoadBalancing != DNS_LOAD_BALANCING_EDEFAULT;
			case TopologyPackage.MEDIATION_POOL__TRUNKS:
				return trunks != null && !trunks.isEmpty();
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
		result.append(", hyperThreading: ");
		result.append(hyperThreading);
		result.append(", tlsPortFirst: ");
		result.append(tlsPortFirst);
		result.append(", tlsPortLast: ");
		result.append(tlsPortLast);
		result.append(", tcpEnabled: ");
		result.append(tcpEnabled);
		result.append(", tcpPortFirst: ");
		result.append(tcpPortFirst);
		result.append(", tcpPortLast: ");
		result.append(tcpPortLast);
		result.append(", frontEndPort: ");
		result.append(frontEndPort);
		result.append(", dnsLoadBalancing: ");
		result.append(dnsLoadBalancing);
		result.append(')');
		return result.toString();
	}

} //MediationPoolImpl
