/**
 */
package io.trunkline.model.impl;

import io.trunkline.model.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class TopologyFactoryImpl extends EFactoryImpl implements TopologyFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static TopologyFactory init() {
		try {
			TopologyFactory theTopologyFactory = (TopologyFactory)EPackage.Registry.INSTANCE.getEFactory(TopologyPackage.eNS_URI);
			if (theTopologyFactory != null) {
				return theTopologyFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new TopologyFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TopologyFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case TopologyPackage.TOPOLOGY: return createTopology();
			case TopologyPackage.CENTRAL_SITE: return createCentralSite();
			case TopologyPackage.BRANCH_SITE: return createBranchSite();
			case TopologyPackage.FRONT_END_POOL: return createFrontEndPool();
			case TopologyPackage.DIRECTOR_POOL: return createDirectorPool();
			case TopologyPackage.EDGE_POOL: return createEdgePool();
			case TopologyPackage.MEDIATION_POOL: return createMediationPool();
			case TopologyPackage.SURVIVABLE_BRANCH: return createSurvivableBranch();
			case TopologyPackage.TRUNK_PEER: return createTrunkPeer();
			case TopologyPackage.TRUNK: return createTrunk();
			case TopologyPackage.PBX: return createPbx();
			case TopologyPackage.PBX_LINK: return createPbxLink();
			case TopologyPackage.PSTN_LINK: return createPstnLink();
			case TopologyPackage.WAN_LINK: return createWanLink();
			case TopologyPackage.VOICE_ROUTE: return createVoiceRoute();
			case TopologyPackage.PSTN_USAGE: return createPstnUsage();
			case TopologyPackage.VOICE_POLICY: return createVoicePolicy();
			case TopologyPackage.NETWORK_REGION: return createNetworkRegion();
			case TopologyPackage.NETWORK_SITE: return createNetworkSite();
			case TopologyPackage.SUBNET: return createSubnet();
			case TopologyPackage.BANDWIDTH_POLICY_PROFILE: return createBandwidthPolicyProfile();
			case TopologyPackage.REGION_LINK: return createRegionLink();
			case TopologyPackage.REGION_ROUTE: return createRegionRoute();
			case TopologyPackage.EMERGENCY_LOCATION: return createEmergencyLocation();
			case TopologyPackage.SUPPRESSION: return createSuppression();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case TopologyPackage.USAGE_PROFILE:
				return createUsageProfileFromString(eDataType, initialValue);
			case TopologyPackage.DEPLOYMENT_OPTION:
				return createDeploymentOptionFromString(eDataType, initialValue);
			case TopologyPackage.MEDIA_BYPASS_MODE:
				return createMediaBypassModeFromString(eDataType, initialValue);
			case TopologyPackage.EDITION:
				return createEditionFromString(eDataType, initialValue);
			case TopologyPackage.MEDIATION_KIND:
				return createMediationKindFromString(eDataType, initialValue);
			case TopologyPackage.SURVIVABLE_KIND:
				return createSurvivableKindFromString(eDataType, initialValue);
			case TopologyPackage.PEER_KIND:
				return createPeerKindFromString(eDataType, initialValue);
			case TopologyPackage.IP_VERSION:
				return createIpVersionFromString(eDataType, initialValue);
			case TopologyPackage.TRANSPORT:
				return createTransportFromString(eDataType, initialValue);
			case TopologyPackage.PBX_KIND:
				return createPbxKindFromString(eDataType, initialValue);
			case TopologyPackage.PBX_PLACEMENT:
				return createPbxPlacementFromString(eDataType, initialValue);
			case TopologyPackage.LINE_TYPE:
				return createLineTypeFromString(eDataType, initialValue);
			case TopologyPackage.SIP_TRUNK_CONNECTION:
				return createSipTrunkConnectionFromString(eDataType, initialValue);
			case TopologyPackage.VOICE_POLICY_SCOPE:
				return createVoicePolicyScopeFromString(eDataType, initialValue);
			case TopologyPackage.WAN_CODEC:
				return createWanCodecFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case TopologyPackage.USAGE_PROFILE:
				return convertUsageProfileToString(eDataType, instanceValue);
			case TopologyPackage.DEPLOYMENT_OPTION:
				return convertDeploymentOptionToString(eDataType, instanceValue);
			case TopologyPackage.MEDIA_BYPASS_MODE:
				return convertMediaBypassModeToString(eDataType, instanceValue);
			case TopologyPackage.EDITION:
				return convertEditionToString(eDataType, instanceValue);
			case TopologyPackage.MEDIATION_KIND:
				return convertMediationKindToString(eDataType, instanceValue);
			case TopologyPackage.SURVIVABLE_KIND:
				return convertSurvivableKindToString(eDataType, instanceValue);
			case TopologyPackage.PEER_KIND:
				return convertPeerKindToString(eDataType, instanceValue);
			case TopologyPackage.IP_VERSION:
				return convertIpVersionToString(eDataType, instanceValue);
			case TopologyPackage.TRANSPORT:
				return convertTransportToString(eDataType, instanceValue);
			case TopologyPackage.PBX_KIND:
				return convertPbxKindToString(eDataType, instanceValue);
			case TopologyPackage.PBX_PLACEMENT:
				return convertPbxPlacementToString(eDataType, instanceValue);
			case TopologyPackage.LINE_TYPE:
				return convertLineTypeToString(eDataType, instanceValue);
			case TopologyPackage.SIP_TRUNK_CONNECTION:
				return convertSipTrunkConnectionToString(eDataType, instanceValue);
			case TopologyPackage.VOICE_POLICY_SCOPE:
				return convertVoicePolicyScopeToString(eDataType, instanceValue);
			case TopologyPackage.WAN_CODEC:
				return convertWanCodecToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Topology createTopology() {
		TopologyImpl topology = new TopologyImpl();
		return topology;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CentralSite createCentralSite() {
		CentralSiteImpl centralSite = new CentralSiteImpl();
		return centralSite;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BranchSite createBranchSite() {
		BranchSiteImpl branchSite = new BranchSiteImpl();
		return branchSite;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FrontEndPool createFrontEndPool() {
		FrontEndPoolImpl frontEndPool = new FrontEndPoolImpl();
		return frontEndPool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DirectorPool createDirectorPool() {
		DirectorPoolImpl directorPool = new DirectorPoolImpl();
		return directorPool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EdgePool createEdgePool() {
		EdgePoolImpl edgePool = new EdgePoolImpl();
		return edgePool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MediationPool createMediationPool() {
		MediationPoolImpl mediationPool = new MediationPoolImpl();
		return mediationPool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SurvivableBranch createSurvivableBranch() {
		SurvivableBranchImpl survivableBranch = new SurvivableBranchImpl();
		return survivableBranch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrunkPeer createTrunkPeer() {
		TrunkPeerImpl trunkPeer = new TrunkPeerImpl();
		return trunkPeer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Trunk createTrunk() {
		TrunkImpl trunk = new TrunkImpl();
		return trunk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Pbx createPbx() {
		PbxImpl pbx = new PbxImpl();
		return pbx;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PbxLink createPbxLink() {
		PbxLinkImpl pbxLink = new PbxLinkImpl();
		return pbxLink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PstnLink createPstnLink() {
		PstnLinkImpl pstnLink = new PstnLinkImpl();
		return pstnLink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WanLink createWanLink() {
		WanLinkImpl wanLink = new WanLinkImpl();
		return wanLink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VoiceRoute createVoiceRoute() {
		VoiceRouteImpl voiceRoute = new VoiceRouteImpl();
		return voiceRoute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PstnUsage createPstnUsage() {
		PstnUsageImpl pstnUsage = new PstnUsageImpl();
		return pstnUsage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VoicePolicy createVoicePolicy() {
		VoicePolicyImpl voicePolicy = new VoicePolicyImpl();
		return voicePolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkRegion createNetworkRegion() {
		NetworkRegionImpl networkRegion = new NetworkRegionImpl();
		return networkRegion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkSite createNetworkSite() {
		NetworkSiteImpl networkSite = new NetworkSiteImpl();
		return networkSite;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Subnet createSubnet() {
		SubnetImpl subnet = new SubnetImpl();
		return subnet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BandwidthPolicyProfile createBandwidthPolicyProfile() {
		BandwidthPolicyProfileImpl bandwidthPolicyProfile = new BandwidthPolicyProfileImpl();
		return bandwidthPolicyProfile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RegionLink createRegionLink() {
		RegionLinkImpl regionLink = new RegionLinkImpl();
		return regionLink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RegionRoute createRegionRoute() {
		RegionRouteImpl regionRoute = new RegionRouteImpl();
		return regionRoute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EmergencyLocation createEmergencyLocation() {
		EmergencyLocationImpl emergencyLocation = new EmergencyLocationImpl();
		return emergencyLocation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Suppression createSuppression() {
		SuppressionImpl suppression = new SuppressionImpl();
		return suppression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public UsageProfile createUsageProfileFromString(EDataType eDataType, String initialValue) {
		UsageProfile result = UsageProfile.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUsageProfileToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DeploymentOption createDeploymentOptionFromString(EDataType eDataType, String initialValue) {
		DeploymentOption result = DeploymentOption.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDeploymentOptionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MediaBypassMode createMediaBypassModeFromString(EDataType eDataType, String initialValue) {
		MediaBypassMode result = MediaBypassMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMediaBypassModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Edition createEditionFromString(EDataType eDataType, String initialValue) {
		Edition result = Edition.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEditionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MediationKind createMediationKindFromString(EDataType eDataType, String initialValue) {
		MediationKind result = MediationKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMediationKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SurvivableKind createSurvivableKindFromString(EDataType eDataType, String initialValue) {
		SurvivableKind result = SurvivableKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSurvivableKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PeerKind createPeerKindFromString(EDataType eDataType, String initialValue) {
		PeerKind result = PeerKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPeerKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IpVersion createIpVersionFromString(EDataType eDataType, String initialValue) {
		IpVersion result = IpVersion.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIpVersionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Transport createTransportFromString(EDataType eDataType, String initialValue) {
		Transport result = Transport.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTransportToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PbxKind createPbxKindFromString(EDataType eDataType, String initialValue) {
		PbxKind result = PbxKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPbxKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PbxPlacement createPbxPlacementFromString(EDataType eDataType, String initialValue) {
		PbxPlacement result = PbxPlacement.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPbxPlacementToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LineType createLineTypeFromString(EDataType eDataType, String initialValue) {
		LineType result = LineType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLineTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SipTrunkConnection createSipTrunkConnectionFromString(EDataType eDataType, String initialValue) {
		SipTrunkConnection result = SipTrunkConnection.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSipTrunkConnectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VoicePolicyScope createVoicePolicyScopeFromString(EDataType eDataType, String initialValue) {
		VoicePolicyScope result = VoicePolicyScope.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVoicePolicyScopeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WanCodec createWanCodecFromString(EDataType eDataType, String initialValue) {
		WanCodec result = WanCodec.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertWanCodecToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TopologyPackage getTopologyPackage() {
		return (TopologyPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static TopologyPackage getPackage() {
		return TopologyPackage.eINSTANCE;
	}

} //TopologyFactoryImpl
