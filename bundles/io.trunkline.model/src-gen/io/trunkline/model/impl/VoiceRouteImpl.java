/**
 */
package io.trunkline.model.impl;

import io.trunkline.model.PstnUsage;
import io.trunkline.model.TopologyPackage;
import io.trunkline.model.Trunk;
import io.trunkline.model.VoiceRoute;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Voice Route</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.trunkline.model.impl.VoiceRouteImpl#getNumberPattern <em>Number Pattern</em>}</li>
 *   <li>{@link io.trunkline.model.impl.VoiceRouteImpl#getPstnUsages <em>Pstn Usages</em>}</li>
 *   <li>{@link io.trunkline.model.impl.VoiceRouteImpl#getTrunks <em>Trunks</em>}</li>
 *   <li>{@link io.trunkline.model.impl.VoiceRouteImpl#getFailoverFor <em>Failover For</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VoiceRouteImpl extends ElementImpl implements VoiceRoute {
	/**
	 * The default value of the '{@link #getNumberPattern() <em>Number Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumberPattern()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMBER_PATTERN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumberPattern() <em>Number Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumberPattern()
	 * @generated
	 * @ordered
	 */
	protected String numberPattern = NUMBER_PATTERN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPstnUsages() <em>Pstn Usages</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPstnUsages()
	 * @generated
	 * @ordered
	 */
	protected EList<PstnUsage> pstnUsages;

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
	 * The cached value of the '{@link #getFailoverFor() <em>Failover For</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailoverFor()
	 * @generated
	 * @ordered
	 */
	protected VoiceRoute failoverFor;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VoiceRouteImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.VOICE_ROUTE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNumberPattern() {
		return numberPattern;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumberPattern(String newNumberPattern) {
		String oldNumberPattern = numberPattern;
		numberPattern = newNumberPattern;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.VOICE_ROUTE__NUMBER_PATTERN, oldNumberPattern, numberPattern));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PstnUsage> getPstnUsages() {
		if (pstnUsages == null) {
			pstnUsages = new EObjectResolvingEList<PstnUsage>(PstnUsage.class, this, TopologyPackage.VOICE_ROUTE__PSTN_USAGES);
		}
		return pstnUsages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Trunk> getTrunks() {
		if (trunks == null) {
			trunks = new EObjectResolvingEList<Trunk>(Trunk.class, this, TopologyPackage.VOICE_ROUTE__TRUNKS);
		}
		return trunks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VoiceRoute getFailoverFor() {
		if (failoverFor != null && failoverFor.eIsProxy()) {
			InternalEObject oldFailoverFor = (InternalEObject)failoverFor;
			failoverFor = (VoiceRoute)eResolveProxy(oldFailoverFor);
			if (failoverFor != oldFailoverFor) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.VOICE_ROUTE__FAILOVER_FOR, oldFailoverFor, failoverFor));
			}
		}
		return failoverFor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VoiceRoute basicGetFailoverFor() {
		return failoverFor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFailoverFor(VoiceRoute newFailoverFor) {
		VoiceRoute oldFailoverFor = failoverFor;
		failoverFor = newFailoverFor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.VOICE_ROUTE__FAILOVER_FOR, oldFailoverFor, failoverFor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.VOICE_ROUTE__NUMBER_PATTERN:
				return getNumberPattern();
			case TopologyPackage.VOICE_ROUTE__PSTN_USAGES:
				return getPstnUsages();
			case TopologyPackage.VOICE_ROUTE__TRUNKS:
				return getTrunks();
			case TopologyPackage.VOICE_ROUTE__FAILOVER_FOR:
				if (resolve) return getFailoverFor();
				return basicGetFailoverFor();
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
			case TopologyPackage.VOICE_ROUTE__NUMBER_PATTERN:
				setNumberPattern((String)newValue);
				return;
			case TopologyPackage.VOICE_ROUTE__PSTN_USAGES:
				getPstnUsages().clear();
				getPstnUsages().addAll((Collection<? extends PstnUsage>)newValue);
				return;
			case TopologyPackage.VOICE_ROUTE__TRUNKS:
				getTrunks().clear();
				getTrunks().addAll((Collection<? extends Trunk>)newValue);
				return;
			case TopologyPackage.VOICE_ROUTE__FAILOVER_FOR:
				setFailoverFor((VoiceRoute)newValue);
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
			case TopologyPackage.VOICE_ROUTE__NUMBER_PATTERN:
				setNumberPattern(NUMBER_PATTERN_EDEFAULT);
				return;
			case TopologyPackage.VOICE_ROUTE__PSTN_USAGES:
				getPstnUsages().clear();
				return;
			case TopologyPackage.VOICE_ROUTE__TRUNKS:
				getTrunks().clear();
				return;
			case TopologyPackage.VOICE_ROUTE__FAILOVER_FOR:
				setFailoverFor((VoiceRoute)null);
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
			case TopologyPackage.VOICE_ROUTE__NUMBER_PATTERN:
				return NUMBER_PATTERN_EDEFAULT == null ? numberPattern != null : !NUMBER_PATTERN_EDEFAULT.equals(numberPattern);
			case TopologyPackage.VOICE_ROUTE__PSTN_USAGES:
				return pstnUsages != null && !pstnUsages.isEmpty();
			case TopologyPackage.VOICE_ROUTE__TRUNKS:
				return trunks != null && !trunks.isEmpty();
			case TopologyPackage.VOICE_ROUTE__FAILOVER_FOR:
				return failoverFor != null;
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
		result.append(" (numberPattern: ");
		result.append(numberPattern);
		result.append(')');
		return result.toString();
	}

} //VoiceRouteImpl
