/**
 */
package io.trunkline.model.impl;

import io.trunkline.model.FrontEndPool;
import io.trunkline.model.SurvivableBranch;
import io.trunkline.model.SurvivableKind;
import io.trunkline.model.TopologyPackage;
import io.trunkline.model.TrunkPeer;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Survivable Branch</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.trunkline.model.impl.SurvivableBranchImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.trunkline.model.impl.SurvivableBranchImpl#getFrontEndPool <em>Front End Pool</em>}</li>
 *   <li>{@link io.trunkline.model.impl.SurvivableBranchImpl#getGateway <em>Gateway</em>}</li>
 *   <li>{@link io.trunkline.model.impl.SurvivableBranchImpl#getBackupRegistrar <em>Backup Registrar</em>}</li>
 *   <li>{@link io.trunkline.model.impl.SurvivableBranchImpl#getFailoverSeconds <em>Failover Seconds</em>}</li>
 *   <li>{@link io.trunkline.model.impl.SurvivableBranchImpl#getFallbackSeconds <em>Fallback Seconds</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SurvivableBranchImpl extends PoolImpl implements SurvivableBranch {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final SurvivableKind KIND_EDEFAULT = SurvivableKind.SBA;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected SurvivableKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFrontEndPool() <em>Front End Pool</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrontEndPool()
	 * @generated
	 * @ordered
	 */
	protected FrontEndPool frontEndPool;

	/**
	 * The cached value of the '{@link #getGateway() <em>Gateway</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGateway()
	 * @generated
	 * @ordered
	 */
	protected TrunkPeer gateway;

	/**
	 * The cached value of the '{@link #getBackupRegistrar() <em>Backup Registrar</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackupRegistrar()
	 * @generated
	 * @ordered
	 */
	protected FrontEndPool backupRegistrar;

	/**
	 * The default value of the '{@link #getFailoverSeconds() <em>Failover Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailoverSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final int FAILOVER_SECONDS_EDEFAULT = 120;

	/**
	 * The cached value of the '{@link #getFailoverSeconds() <em>Failover Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailoverSeconds()
	 * @generated
	 * @ordered
	 */
	protected int failoverSeconds = FAILOVER_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFallbackSeconds() <em>Fallback Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFallbackSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final int FALLBACK_SECONDS_EDEFAULT = 240;

	/**
	 * The cached value of the '{@link #getFallbackSeconds() <em>Fallback Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFallbackSeconds()
	 * @generated
	 * @ordered
	 */
	protected int fallbackSeconds = FALLBACK_SECONDS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SurvivableBranchImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.SURVIVABLE_BRANCH;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SurvivableKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(SurvivableKind newKind) {
		SurvivableKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.SURVIVABLE_BRANCH__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FrontEndPool getFrontEndPool() {
		if (frontEndPool != null && frontEndPool.eIsProxy()) {
			InternalEObject oldFrontEndPool = (InternalEObject)frontEndPool;
			frontEndPool = (FrontEndPool)eResolveProxy(oldFrontEndPool);
			if (frontEndPool != oldFrontEndPool) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.SURVIVABLE_BRANCH__FRONT_END_POOL, oldFrontEndPool, frontEndPool));
			}
		}
		return frontEndPool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FrontEndPool basicGetFrontEndPool() {
		return frontEndPool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrontEndPool(FrontEndPool newFrontEndPool) {
		FrontEndPool oldFrontEndPool = frontEndPool;
		frontEndPool = newFrontEndPool;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.SURVIVABLE_BRANCH__FRONT_END_POOL, oldFrontEndPool, frontEndPool));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrunkPeer getGateway() {
		if (gateway != null && gateway.eIsProxy()) {
			InternalEObject oldGateway = (InternalEObject)gateway;
			gateway = (TrunkPeer)eResolveProxy(oldGateway);
			if (gateway != oldGateway) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.SURVIVABLE_BRANCH__GATEWAY, oldGateway, gateway));
			}
		}
		return gateway;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TrunkPeer basicGetGateway() {
		return gateway;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGateway(TrunkPeer newGateway) {
		TrunkPeer oldGateway = gateway;
		gateway = newGateway;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.SURVIVABLE_BRANCH__GATEWAY, oldGateway, gateway));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FrontEndPool getBackupRegistrar() {
		if (backupRegistrar != null && backupRegistrar.eIsProxy()) {
			InternalEObject oldBackupRegistrar = (InternalEObject)backupRegistrar;
			backupRegistrar = (FrontEndPool)eResolveProxy(oldBackupRegistrar);
			if (backupRegistrar != oldBackupRegistrar) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.SURVIVABLE_BRANCH__BACKUP_REGISTRAR, oldBackupRegistrar, backupRegistrar));
			}
		}
		return backupRegistrar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FrontEndPool basicGetBackupRegistrar() {
		return backupRegistrar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBackupRegistrar(FrontEndPool newBackupRegistrar) {
		FrontEndPool oldBackupRegistrar = backupRegistrar;
		backupRegistrar = newBackupRegistrar;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.SURVIVABLE_BRANCH__BACKUP_REGISTRAR, oldBackupRegistrar, backupRegistrar));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFailoverSeconds() {
		return failoverSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFailoverSeconds(int newFailoverSeconds) {
		int oldFailoverSeconds = failoverSeconds;
		failoverSeconds = newFailoverSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.SURVIVABLE_BRANCH__FAILOVER_SECONDS, oldFailoverSeconds, failoverSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFallbackSeconds() {
		return fallbackSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFallbackSeconds(int newFallbackSeconds) {
		int oldFallbackSeconds = fallbackSeconds;
		fallbackSeconds = newFallbackSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.SURVIVABLE_BRANCH__FALLBACK_SECONDS, oldFallbackSeconds, fallbackSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.SURVIVABLE_BRANCH__KIND:
				return getKind();
			case TopologyPackage.SURVIVABLE_BRANCH__FRONT_END_POOL:
				if (resolve) return getFrontEndPool();
				return basicGetFrontEndPool();
			case TopologyPackage.SURVIVABLE_BRANCH__GATEWAY:
				if (resolve) return getGateway();
				return basicGetGateway();
			case TopologyPackage.SURVIVABLE_BRANCH__BACKUP_REGISTRAR:
				if (resolve) return getBackupRegistrar();
				return basicGetBackupRegistrar();
			case TopologyPackage.SURVIVABLE_BRANCH__FAILOVER_SECONDS:
				return getFailoverSeconds();
			case TopologyPackage.SURVIVABLE_BRANCH__FALLBACK_SECONDS:
				return getFallbackSeconds();
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
			case TopologyPackage.SURVIVABLE_BRANCH__KIND:
				setKind((SurvivableKind)newValue);
				return;
			case TopologyPackage.SURVIVABLE_BRANCH__FRONT_END_POOL:
				setFrontEndPool((FrontEndPool)newValue);
				return;
			case TopologyPackage.SURVIVABLE_BRANCH__GATEWAY:
				setGateway((TrunkPeer)newValue);
				return;
			case TopologyPackage.SURVIVABLE_BRANCH__BACKUP_REGISTRAR:
				setBackupRegistrar((FrontEndPool)newValue);
				return;
			case TopologyPackage.SURVIVABLE_BRANCH__FAILOVER_SECONDS:
				setFailoverSeconds((Integer)newValue);
				return;
			case TopologyPackage.SURVIVABLE_BRANCH__FALLBACK_SECONDS:
				setFallbackSeconds((Integer)newValue);
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
			case TopologyPackage.SURVIVABLE_BRANCH__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case TopologyPackage.SURVIVABLE_BRANCH__FRONT_END_POOL:
				setFrontEndPool((FrontEndPool)null);
				return;
			case TopologyPackage.SURVIVABLE_BRANCH__GATEWAY:
				setGateway((TrunkPeer)null);
				return;
			case TopologyPackage.SURVIVABLE_BRANCH__BACKUP_REGISTRAR:
				setBackupRegistrar((FrontEndPool)null);
				return;
			case TopologyPackage.SURVIVABLE_BRANCH__FAILOVER_SECONDS:
				setFailoverSeconds(FAILOVER_SECONDS_EDEFAULT);
				return;
			case TopologyPackage.SURVIVABLE_BRANCH__FALLBACK_SECONDS:
				setFallbackSeconds(FALLBACK_SECONDS_EDEFAULT);
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
			case TopologyPackage.SURVIVABLE_BRANCH__KIND:
				return kind != KIND_EDEFAULT;
			case TopologyPackage.SURVIVABLE_BRANCH__FRONT_END_POOL:
				return frontEndPool != null;
			case TopologyPackage.SURVIVABLE_BRANCH__GATEWAY:
				return gateway != null;
			case TopologyPackage.SURVIVABLE_BRANCH__BACKUP_REGISTRAR:
				return backupRegistrar != null;
			case TopologyPackage.SURVIVABLE_BRANCH__FAILOVER_SECONDS:
				return failoverSeconds != FAILOVER_SECONDS_EDEFAULT;
			case TopologyPackage.SURVIVABLE_BRANCH__FALLBACK_SECONDS:
				return fallbackSeconds != FALLBACK_SECONDS_EDEFAULT;
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
		result.append(", failoverSeconds: ");
		result.append(failoverSeconds);
		result.append(", fallbackSeconds: ");
		result.append(fallbackSeconds);
		result.append(')');
		return result.toString();
	}

} //SurvivableBranchImpl
