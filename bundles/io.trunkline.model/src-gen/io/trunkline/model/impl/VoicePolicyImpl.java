/**
 */
package io.trunkline.model.impl;

import io.trunkline.model.PstnUsage;
import io.trunkline.model.Site;
import io.trunkline.model.TopologyPackage;
import io.trunkline.model.VoicePolicy;
import io.trunkline.model.VoicePolicyScope;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Voice Policy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.trunkline.model.impl.VoicePolicyImpl#getScope <em>Scope</em>}</li>
 *   <li>{@link io.trunkline.model.impl.VoicePolicyImpl#getSite <em>Site</em>}</li>
 *   <li>{@link io.trunkline.model.impl.VoicePolicyImpl#getGrantedTo <em>Granted To</em>}</li>
 *   <li>{@link io.trunkline.model.impl.VoicePolicyImpl#getPstnUsages <em>Pstn Usages</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VoicePolicyImpl extends ElementImpl implements VoicePolicy {
	/**
	 * The default value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected static final VoicePolicyScope SCOPE_EDEFAULT = VoicePolicyScope.GLOBAL;

	/**
	 * The cached value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected VoicePolicyScope scope = SCOPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSite() <em>Site</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSite()
	 * @generated
	 * @ordered
	 */
	protected Site site;

	/**
	 * The cached value of the '{@link #getGrantedTo() <em>Granted To</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrantedTo()
	 * @generated
	 * @ordered
	 */
	protected EList<Site> grantedTo;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VoicePolicyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.VOICE_POLICY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VoicePolicyScope getScope() {
		return scope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScope(VoicePolicyScope newScope) {
		VoicePolicyScope oldScope = scope;
		scope = newScope == null ? SCOPE_EDEFAULT : newScope;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.VOICE_POLICY__SCOPE, oldScope, scope));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Site getSite() {
		if (site != null && site.eIsProxy()) {
			InternalEObject oldSite = (InternalEObject)site;
			site = (Site)eResolveProxy(oldSite);
			if (site != oldSite) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.VOICE_POLICY__SITE, oldSite, site));
			}
		}
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Site basicGetSite() {
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSite(Site newSite) {
		Site oldSite = site;
		site = newSite;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.VOICE_POLICY__SITE, oldSite, site));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Site> getGrantedTo() {
		if (grantedTo == null) {
			grantedTo = new EObjectResolvingEList<Site>(Site.class, this, TopologyPackage.VOICE_POLICY__GRANTED_TO);
		}
		return grantedTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PstnUsage> getPstnUsages() {
		if (pstnUsages == null) {
			pstnUsages = new EObjectResolvingEList<PstnUsage>(PstnUsage.class, this, TopologyPackage.VOICE_POLICY__PSTN_USAGES);
		}
		return pstnUsages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.VOICE_POLICY__SCOPE:
				return getScope();
			case TopologyPackage.VOICE_POLICY__SITE:
				if (resolve) return getSite();
				return basicGetSite();
			case TopologyPackage.VOICE_POLICY__GRANTED_TO:
				return getGrantedTo();
			case TopologyPackage.VOICE_POLICY__PSTN_USAGES:
				return getPstnUsages();
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
			case TopologyPackage.VOICE_POLICY__SCOPE:
				setScope((VoicePolicyScope)newValue);
				return;
			case TopologyPackage.VOICE_POLICY__SITE:
				setSite((Site)newValue);
				return;
			case TopologyPackage.VOICE_POLICY__GRANTED_TO:
				getGrantedTo().clear();
				getGrantedTo().addAll((Collection<? extends Site>)newValue);
				return;
			case TopologyPackage.VOICE_POLICY__PSTN_USAGES:
				getPstnUsages().clear();
				getPstnUsages().addAll((Collection<? extends PstnUsage>)newValue);
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
			case TopologyPackage.VOICE_POLICY__SCOPE:
				setScope(SCOPE_EDEFAULT);
				return;
			case TopologyPackage.VOICE_POLICY__SITE:
				setSite((Site)null);
				return;
			case TopologyPackage.VOICE_POLICY__GRANTED_TO:
				getGrantedTo().clear();
				return;
			case TopologyPackage.VOICE_POLICY__PSTN_USAGES:
				getPstnUsages().clear();
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
			case TopologyPackage.VOICE_POLICY__SCOPE:
				return scope != SCOPE_EDEFAULT;
			case TopologyPackage.VOICE_POLICY__SITE:
				return site != null;
			case TopologyPackage.VOICE_POLICY__GRANTED_TO:
				return grantedTo != null && !grantedTo.isEmpty();
			case TopologyPackage.VOICE_POLICY__PSTN_USAGES:
				return pstnUsages != null && !pstnUsages.isEmpty();
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
		result.append(" (scope: ");
		result.append(scope);
		result.append(')');
		return result.toString();
	}

} //VoicePolicyImpl
