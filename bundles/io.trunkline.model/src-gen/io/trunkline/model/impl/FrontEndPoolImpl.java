/**
 */
package io.trunkline.model.impl;

import io.trunkline.model.Edition;
import io.trunkline.model.FrontEndPool;
import io.trunkline.model.TopologyPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Front End Pool</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.trunkline.model.impl.FrontEndPoolImpl#getEdition <em>Edition</em>}</li>
 *   <li>{@link io.trunkline.model.impl.FrontEndPoolImpl#isCollocatedMediation <em>Collocated Mediation</em>}</li>
 *   <li>{@link io.trunkline.model.impl.FrontEndPoolImpl#isDnsLoadBalancing <em>Dns Load Balancing</em>}</li>
 *   <li>{@link io.trunkline.model.impl.FrontEndPoolImpl#getBackupRegistrar <em>Backup Registrar</em>}</li>
 *   <li>{@link io.trunkline.model.impl.FrontEndPoolImpl#isHardwareLoadBalancing <em>Hardware Load Balancing</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FrontEndPoolImpl extends PoolImpl implements FrontEndPool {
	/**
	 * The default value of the '{@link #getEdition() <em>Edition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEdition()
	 * @generated
	 * @ordered
	 */
	protected static final Edition EDITION_EDEFAULT = Edition.ENTERPRISE;

	/**
	 * The cached value of the '{@link #getEdition() <em>Edition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEdition()
	 * @generated
	 * @ordered
	 */
	protected Edition edition = EDITION_EDEFAULT;

	/**
	 * The default value of the '{@link #isCollocatedMediation() <em>Collocated Mediation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCollocatedMediation()
	 * @generated
	 * @ordered
	 */
	protected static final boolean COLLOCATED_MEDIATION_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isCollocatedMediation() <em>Collocated Mediation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCollocatedMediation()
	 * @generated
	 * @ordered
	 */
	protected boolean collocatedMediation = COLLOCATED_MEDIATION_EDEFAULT;

	/**
	 * The default value of the '{@link #isDnsLoadBalancing() <em>Dns Load Balancing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDnsLoadBalancing()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DNS_LOAD_BALANCING_EDEFAULT = true;

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
	 * The cached value of the '{@link #getBackupRegistrar() <em>Backup Registrar</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackupRegistrar()
	 * @generated
	 * @ordered
	 */
	protected FrontEndPool backupRegistrar;

	/**
	 * The default value of the '{@link #isHardwareLoadBalancing() <em>Hardware Load Balancing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHardwareLoadBalancing()
	 * @generated
	 * @ordered
	 */
	protected static final boolean HARDWARE_LOAD_BALANCING_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isHardwareLoadBalancing() <em>Hardware Load Balancing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHardwareLoadBalancing()
	 * @generated
	 * @ordered
	 */
	protected boolean hardwareLoadBalancing = HARDWARE_LOAD_BALANCING_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FrontEndPoolImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.FRONT_END_POOL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Edition getEdition() {
		return edition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEdition(Edition newEdition) {
		Edition oldEdition = edition;
		edition = newEdition == null ? EDITION_EDEFAULT : newEdition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.FRONT_END_POOL__EDITION, oldEdition, edition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCollocatedMediation() {
		return collocatedMediation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCollocatedMediation(boolean newCollocatedMediation) {
		boolean oldCollocatedMediation = collocatedMediation;
		collocatedMediation = newCollocatedMediation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.FRONT_END_POOL__COLLOCATED_MEDIATION, oldCollocatedMediation, collocatedMediation));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.FRONT_END_POOL__DNS_LOAD_BALANCING, oldDnsLoadBalancing, dnsLoadBalancing));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.FRONT_END_POOL__BACKUP_REGISTRAR, oldBackupRegistrar, backupRegistrar));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.FRONT_END_POOL__BACKUP_REGISTRAR, oldBackupRegistrar, backupRegistrar));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isHardwareLoadBalancing() {
		return hardwareLoadBalancing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHardwareLoadBalancing(boolean newHardwareLoadBalancing) {
		boolean oldHardwareLoadBalancing = hardwareLoadBalancing;
		hardwareLoadBalancing = newHardwareLoadBalancing;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.FRONT_END_POOL__HARDWARE_LOAD_BALANCING, oldHardwareLoadBalancing, hardwareLoadBalancing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.FRONT_END_POOL__EDITION:
				return getEdition();
			case TopologyPackage.FRONT_END_POOL__COLLOCATED_MEDIATION:
				return isCollocatedMediation();
			case TopologyPackage.FRONT_END_POOL__DNS_LOAD_BALANCING:
				return isDnsLoadBalancing();
			case TopologyPackage.FRONT_END_POOL__BACKUP_REGISTRAR:
				if (resolve) return getBackupRegistrar();
				return basicGetBackupRegistrar();
			case TopologyPackage.FRONT_END_POOL__HARDWARE_LOAD_BALANCING:
				return isHardwareLoadBalancing();
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
			case TopologyPackage.FRONT_END_POOL__EDITION:
				setEdition((Edition)newValue);
				return;
			case TopologyPackage.FRONT_END_POOL__COLLOCATED_MEDIATION:
				setCollocatedMediation((Boolean)newValue);
				return;
			case TopologyPackage.FRONT_END_POOL__DNS_LOAD_BALANCING:
				setDnsLoadBalancing((Boolean)newValue);
				return;
			case TopologyPackage.FRONT_END_POOL__BACKUP_REGISTRAR:
				setBackupRegistrar((FrontEndPool)newValue);
				return;
			case TopologyPackage.FRONT_END_POOL__HARDWARE_LOAD_BALANCING:
				setHardwareLoadBalancing((Boolean)newValue);
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
			case TopologyPackage.FRONT_END_POOL__EDITION:
				setEdition(EDITION_EDEFAULT);
				return;
			case TopologyPackage.FRONT_END_POOL__COLLOCATED_MEDIATION:
				setCollocatedMediation(COLLOCATED_MEDIATION_EDEFAULT);
				return;
			case TopologyPackage.FRONT_END_POOL__DNS_LOAD_BALANCING:
				setDnsLoadBalancing(DNS_LOAD_BALANCING_EDEFAULT);
				return;
			case TopologyPackage.FRONT_END_POOL__BACKUP_REGISTRAR:
				setBackupRegistrar((FrontEndPool)null);
				return;
			case TopologyPackage.FRONT_END_POOL__HARDWARE_LOAD_BALANCING:
				setHardwareLoadBalancing(HARDWARE_LOAD_BALANCING_EDEFAULT);
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
			case TopologyPackage.FRONT_END_POOL__EDITION:
				return edition != EDITION_EDEFAULT;
			case TopologyPackage.FRONT_END_POOL__COLLOCATED_MEDIATION:
				return collocatedMediation != COLLOCATED_MEDIATION_EDEFAULT;
			case TopologyPackage.FRONT_END_POOL__DNS_LOAD_BALANCING:
				return dnsLoadBalancing != DNS_LOAD_BALANCING_EDEFAULT;
			case TopologyPackage.FRONT_END_POOL__BACKUP_REGISTRAR:
				return backupRegistrar != null;
			case TopologyPackage.FRONT_END_POOL__HARDWARE_LOAD_BALANCING:
				return hardwareLoadBalancing != HARDWARE_LOAD_BALANCING_EDEFAULT;
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
		result.append(" (edition: ");
		result.append(edition);
		result.append(", collocatedMediation: ");
		result.append(collocatedMediation);
		result.append(", dnsLoadBalancing: ");
		result.append(dnsLoadBalancing);
		result.append(", hardwareLoadBalancing: ");
		result.append(hardwareLoadBalancing);
		result.append(')');
		return result.toString();
	}

} //FrontEndPoolImpl
