/**
 */
package io.trunkline.model.util;

import io.trunkline.model.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see io.trunkline.model.TopologyPackage
 * @generated
 */
public class TopologyAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static TopologyPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TopologyAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = TopologyPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TopologySwitch<Adapter> modelSwitch =
		new TopologySwitch<Adapter>() {
			@Override
			public Adapter caseElement(Element object) {
				return createElementAdapter();
			}
			@Override
			public Adapter caseTopology(Topology object) {
				return createTopologyAdapter();
			}
			@Override
			public Adapter caseSite(Site object) {
				return createSiteAdapter();
			}
			@Override
			public Adapter caseCentralSite(CentralSite object) {
				return createCentralSiteAdapter();
			}
			@Override
			public Adapter caseBranchSite(BranchSite object) {
				return createBranchSiteAdapter();
			}
			@Override
			public Adapter casePool(Pool object) {
				return createPoolAdapter();
			}
			@Override
			public Adapter caseFrontEndPool(FrontEndPool object) {
				return createFrontEndPoolAdapter();
			}
			@Override
			public Adapter caseDirectorPool(DirectorPool object) {
				return createDirectorPoolAdapter();
			}
			@Override
			public Adapter caseEdgePool(EdgePool object) {
				return createEdgePoolAdapter();
			}
			@Override
			public Adapter caseMediationPool(MediationPool object) {
				return createMediationPoolAdapter();
			}
			@Override
			public Adapter caseSurvivableBranch(SurvivableBranch object) {
				return createSurvivableBranchAdapter();
			}
			@Override
			public Adapter caseTrunkPeer(TrunkPeer object) {
				return createTrunkPeerAdapter();
			}
			@Override
			public Adapter caseTrunk(Trunk object) {
				return createTrunkAdapter();
			}
			@Override
			public Adapter casePbx(Pbx object) {
				return createPbxAdapter();
			}
			@Override
			public Adapter casePbxLink(PbxLink object) {
				return createPbxLinkAdapter();
			}
			@Override
			public Adapter casePstnLink(PstnLink object) {
				return createPstnLinkAdapter();
			}
			@Override
			public Adapter caseWanLink(WanLink object) {
				return createWanLinkAdapter();
			}
			@Override
			public Adapter caseVoiceRoute(VoiceRoute object) {
				return createVoiceRouteAdapter();
			}
			@Override
			public Adapter casePstnUsage(PstnUsage object) {
				return createPstnUsageAdapter();
			}
			@Override
			public Adapter caseVoicePolicy(VoicePolicy object) {
				return createVoicePolicyAdapter();
			}
			@Override
			public Adapter caseNetworkRegion(NetworkRegion object) {
				return createNetworkRegionAdapter();
			}
			@Override
			public Adapter caseNetworkSite(NetworkSite object) {
				return createNetworkSiteAdapter();
			}
			@Override
			public Adapter caseSubnet(Subnet object) {
				return createSubnetAdapter();
			}
			@Override
			public Adapter caseBandwidthPolicyProfile(BandwidthPolicyProfile object) {
				return createBandwidthPolicyProfileAdapter();
			}
			@Override
			public Adapter caseRegionLink(RegionLink object) {
				return createRegionLinkAdapter();
			}
			@Override
			public Adapter caseRegionRoute(RegionRoute object) {
				return createRegionRouteAdapter();
			}
			@Override
			public Adapter caseEmergencyLocation(EmergencyLocation object) {
				return createEmergencyLocationAdapter();
			}
			@Override
			public Adapter caseSuppression(Suppression object) {
				return createSuppressionAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link io.trunkline.model.Element <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.trunkline.model.Element
	 * @generated
	 */
	public Adapter createElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.trunkline.model.Topology <em>Topology</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.trunkline.model.Topology
	 * @generated
	 */
	public Adapter createTopologyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.trunkline.model.Site <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.trunkline.model.Site
	 * @generated
	 */
	public Adapter createSiteAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.trunkline.model.CentralSite <em>Central Site</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.trunkline.model.CentralSite
	 * @generated
	 */
	public Adapter createCentralSiteAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.trunkline.model.BranchSite <em>Branch Site</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.trunkline.model.BranchSite
	 * @generated
	 */
	public Adapter createBranchSiteAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.trunkline.model.Pool <em>Pool</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.trunkline.model.Pool
	 * @generated
	 */
	public Adapter createPoolAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.trunkline.model.FrontEndPool <em>Front End Pool</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.trunkline.model.FrontEndPool
	 * @generated
	 */
	public Adapter createFrontEndPoolAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.trunkline.model.DirectorPool <em>Director Pool</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.trunkline.model.DirectorPool
	 * @generated
	 */
	public Adapter createDirectorPoolAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.trunkline.model.EdgePool <em>Edge Pool</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.trunkline.model.EdgePool
	 * @generated
	 */
	public Adapter createEdgePoolAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.trunkline.model.MediationPool <em>Mediation Pool</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.trunkline.model.MediationPool
	 * @generated
	 */
	public Adapter createMediationPoolAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.trunkline.model.SurvivableBranch <em>Survivable Branch</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.trunkline.model.SurvivableBranch
	 * @generated
	 */
	public Adapter createSurvivableBranchAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.trunkline.model.TrunkPeer <em>Trunk Peer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.trunkline.model.TrunkPeer
	 * @generated
	 */
	public Adapter createTrunkPeerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.trunkline.model.Trunk <em>Trunk</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.trunkline.model.Trunk
	 * @generated
	 */
	public Adapter createTrunkAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.trunkline.model.Pbx <em>Pbx</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.trunkline.model.Pbx
	 * @generated
	 */
	public Adapter createPbxAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.trunkline.model.PbxLink <em>Pbx Link</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.trunkline.model.PbxLink
	 * @generated
	 */
	public Adapter createPbxLinkAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.trunkline.model.PstnLink <em>Pstn Link</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.trunkline.model.PstnLink
	 * @generated
	 */
	public Adapter createPstnLinkAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.trunkline.model.WanLink <em>Wan Link</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.trunkline.model.WanLink
	 * @generated
	 */
	public Adapter createWanLinkAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.trunkline.model.VoiceRoute <em>Voice Route</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.trunkline.model.VoiceRoute
	 * @generated
	 */
	public Adapter createVoiceRouteAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.trunkline.model.PstnUsage <em>Pstn Usage</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.trunkline.model.PstnUsage
	 * @generated
	 */
	public Adapter createPstnUsageAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.trunkline.model.VoicePolicy <em>Voice Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.trunkline.model.VoicePolicy
	 * @generated
	 */
	public Adapter createVoicePolicyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.trunkline.model.NetworkRegion <em>Network Region</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.trunkline.model.NetworkRegion
	 * @generated
	 */
	public Adapter createNetworkRegionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.trunkline.model.NetworkSite <em>Network Site</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.trunkline.model.NetworkSite
	 * @generated
	 */
	public Adapter createNetworkSiteAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.trunkline.model.Subnet <em>Subnet</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.trunkline.model.Subnet
	 * @generated
	 */
	public Adapter createSubnetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.trunkline.model.BandwidthPolicyProfile <em>Bandwidth Policy Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.trunkline.model.BandwidthPolicyProfile
	 * @generated
	 */
	public Adapter createBandwidthPolicyProfileAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.trunkline.model.RegionLink <em>Region Link</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.trunkline.model.RegionLink
	 * @generated
	 */
	public Adapter createRegionLinkAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.trunkline.model.RegionRoute <em>Region Route</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.trunkline.model.RegionRoute
	 * @generated
	 */
	public Adapter createRegionRouteAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.trunkline.model.EmergencyLocation <em>Emergency Location</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.trunkline.model.EmergencyLocation
	 * @generated
	 */
	public Adapter createEmergencyLocationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.trunkline.model.Suppression <em>Suppression</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.trunkline.model.Suppression
	 * @generated
	 */
	public Adapter createSuppressionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //TopologyAdapterFactory
