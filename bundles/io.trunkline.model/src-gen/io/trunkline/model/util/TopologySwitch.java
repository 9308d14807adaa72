/**
 */
package io.trunkline.model.util;

import io.trunkline.model.*;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see io.trunkline.model.TopologyPackage
 * @generated
 */
public class TopologySwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static TopologyPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TopologySwitch() {
		if (modelPackage == null) {
			modelPackage = TopologyPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case TopologyPackage.ELEMENT: {
				Element element = (Element)theEObject;
				T result = caseElement(element);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.TOPOLOGY: {
				Topology topology = (Topology)theEObject;
				T result = caseTopology(topology);
				if (result == null) result = caseElement(topology);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.SITE: {
				Site site = (Site)theEObject;
				T result = caseSite(site);
				if (result == null) result = caseElement(site);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.CENTRAL_SITE: {
				CentralSite centralSite = (CentralSite)theEObject;
				T result = caseCentralSite(centralSite);
				if (result == null) result = caseSite(centralSite);
				if (result == null) result = caseElement(centralSite);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.BRANCH_SITE: {
				BranchSite branchSite = (BranchSite)theEObject;
				T result = caseBranchSite(branchSite);
				if (result == null) result = caseSite(branchSite);
				if (result == null) result = caseElement(branchSite);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.POOL: {
				Pool pool = (Pool)theEObject;
				T result = casePool(pool);
				if (result == null) result = caseElement(pool);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.FRONT_END_POOL: {
				FrontEndPool frontEndPool = (FrontEndPool)theEObject;
				T result = caseFrontEndPool(frontEndPool);
				if (result == null) result = casePool(frontEndPool);
				if (result == null) result = caseElement(frontEndPool);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.DIRECTOR_POOL: {
				DirectorPool directorPool = (DirectorPool)theEObject;
				T result = caseDirectorPool(directorPool);
				if (result == null) result = casePool(directorPool);
				if (result == null) result = caseElement(directorPool);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.EDGE_POOL: {
				EdgePool edgePool = (EdgePool)theEObject;
				T result = caseEdgePool(edgePool);
				if (result == null) result = casePool(edgePool);
				if (result == null) result = caseElement(edgePool);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.MEDIATION_POOL: {
				MediationPool mediationPool = (MediationPool)theEObject;
				T result = caseMediationPool(mediationPool);
				if (result == null) result = casePool(mediationPool);
				if (result == null) result = caseElement(mediationPool);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.SURVIVABLE_BRANCH: {
				SurvivableBranch survivableBranch = (SurvivableBranch)theEObject;
				T result = caseSurvivableBranch(survivableBranch);
				if (result == null) result = casePool(survivableBranch);
				if (result == null) result = caseElement(survivableBranch);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.TRUNK_PEER: {
				TrunkPeer trunkPeer = (TrunkPeer)theEObject;
				T result = caseTrunkPeer(trunkPeer);
				if (result == null) result = caseElement(trunkPeer);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.TRUNK: {
				Trunk trunk = (Trunk)theEObject;
				T result = caseTrunk(trunk);
				if (result == null) result = caseElement(trunk);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.PBX: {
				Pbx pbx = (Pbx)theEObject;
				T result = casePbx(pbx);
				if (result == null) result = caseElement(pbx);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.PBX_LINK: {
				PbxLink pbxLink = (PbxLink)theEObject;
				T result = casePbxLink(pbxLink);
				if (result == null) result = caseElement(pbxLink);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.PSTN_LINK: {
				PstnLink pstnLink = (PstnLink)theEObject;
				T result = casePstnLink(pstnLink);
				if (result == null) result = caseElement(pstnLink);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.WAN_LINK: {
				WanLink wanLink = (WanLink)theEObject;
				T result = caseWanLink(wanLink);
				if (result == null) result = caseElement(wanLink);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.VOICE_ROUTE: {
				VoiceRoute voiceRoute = (VoiceRoute)theEObject;
				T result = caseVoiceRoute(voiceRoute);
				if (result == null) result = caseElement(voiceRoute);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.PSTN_USAGE: {
				PstnUsage pstnUsage = (PstnUsage)theEObject;
				T result = casePstnUsage(pstnUsage);
				if (result == null) result = caseElement(pstnUsage);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.VOICE_POLICY: {
				VoicePolicy voicePolicy = (VoicePolicy)theEObject;
				T result = caseVoicePolicy(voicePolicy);
				if (result == null) result = caseElement(voicePolicy);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.NETWORK_REGION: {
				NetworkRegion networkRegion = (NetworkRegion)theEObject;
				T result = caseNetworkRegion(networkRegion);
				if (result == null) result = caseElement(networkRegion);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.NETWORK_SITE: {
				NetworkSite networkSite = (NetworkSite)theEObject;
				T result = caseNetworkSite(networkSite);
				if (result == null) result = caseElement(networkSite);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.SUBNET: {
				Subnet subnet = (Subnet)theEObject;
				T result = caseSubnet(subnet);
				if (result == null) result = caseElement(subnet);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.BANDWIDTH_POLICY_PROFILE: {
				BandwidthPolicyProfile bandwidthPolicyProfile = (BandwidthPolicyProfile)theEObject;
				T result = caseBandwidthPolicyProfile(bandwidthPolicyProfile);
				if (result == null) result = caseElement(bandwidthPolicyProfile);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.REGION_LINK: {
				RegionLink regionLink = (RegionLink)theEObject;
				T result = caseRegionLink(regionLink);
				if (result == null) result = caseElement(regionLink);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.REGION_ROUTE: {
				RegionRoute regionRoute = (RegionRoute)theEObject;
				T result = caseRegionRoute(regionRoute);
				if (result == null) result = caseElement(regionRoute);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.EMERGENCY_LOCATION: {
				EmergencyLocation emergencyLocation = (EmergencyLocation)theEObject;
				T result = caseEmergencyLocation(emergencyLocation);
				if (result == null) result = caseElement(emergencyLocation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TopologyPackage.SUPPRESSION: {
				Suppression suppression = (Suppression)theEObject;
				T result = caseSuppression(suppression);
				if (result == null) result = caseElement(suppression);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseElement(Element object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Topology</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Topology</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTopology(Topology object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Site</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Site</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSite(Site object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Central Site</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Central Site</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCentralSite(CentralSite object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Branch Site</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Branch Site</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBranchSite(BranchSite object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Pool</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Pool</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePool(Pool object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Front End Pool</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Front End Pool</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFrontEndPool(FrontEndPool object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Director Pool</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Director Pool</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDirectorPool(DirectorPool object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Edge Pool</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Edge Pool</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEdgePool(EdgePool object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Mediation Pool</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Mediation Pool</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMediationPool(MediationPool object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Survivable Branch</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Survivable Branch</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSurvivableBranch(SurvivableBranch object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Trunk Peer</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Trunk Peer</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTrunkPeer(TrunkPeer object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Trunk</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Trunk</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTrunk(Trunk object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Pbx</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Pbx</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePbx(Pbx object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Pbx Link</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Pbx Link</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePbxLink(PbxLink object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Pstn Link</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Pstn Link</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePstnLink(PstnLink object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Wan Link</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Wan Link</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseWanLink(WanLink object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Voice Route</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Voice Route</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseVoiceRoute(VoiceRoute object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Pstn Usage</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Pstn Usage</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePstnUsage(PstnUsage object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Voice Policy</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Voice Policy</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseVoicePolicy(VoicePolicy object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Network Region</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Network Region</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNetworkRegion(NetworkRegion object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Network Site</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Network Site</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNetworkSite(NetworkSite object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Subnet</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Subnet</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSubnet(Subnet object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Bandwidth Policy Profile</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Bandwidth Policy Profile</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBandwidthPolicyProfile(BandwidthPolicyProfile object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Region Link</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Region Link</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRegionLink(RegionLink object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Region Route</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Region Route</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRegionRoute(RegionRoute object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Emergency Location</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Emergency Location</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEmergencyLocation(EmergencyLocation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Suppression</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Suppression</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSuppression(Suppression object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //TopologySwitch
