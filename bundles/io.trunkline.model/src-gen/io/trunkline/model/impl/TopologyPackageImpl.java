/**
 */
package io.trunkline.model.impl;

import io.trunkline.model.BandwidthPolicyProfile;
import io.trunkline.model.BranchSite;
import io.trunkline.model.CentralSite;
import io.trunkline.model.DeploymentOption;
import io.trunkline.model.DirectorPool;
import io.trunkline.model.EdgePool;
import io.trunkline.model.Edition;
import io.trunkline.model.Element;
import io.trunkline.model.EmergencyLocation;
import io.trunkline.model.FrontEndPool;
import io.trunkline.model.IpVersion;
import io.trunkline.model.LineType;
import io.trunkline.model.MediaBypassMode;
import io.trunkline.model.MediationKind;
import io.trunkline.model.MediationPool;
import io.trunkline.model.NetworkRegion;
import io.trunkline.model.NetworkSite;
import io.trunkline.model.Pbx;
import io.trunkline.model.PbxKind;
import io.trunkline.model.PbxLink;
import io.trunkline.model.PbxPlacement;
import io.trunkline.model.PeerKind;
import io.trunkline.model.Pool;
import io.trunkline.model.PstnLink;
import io.trunkline.model.PstnUsage;
import io.trunkline.model.RegionLink;
import io.trunkline.model.RegionRoute;
import io.trunkline.model.SipTrunkConnection;
import io.trunkline.model.Site;
import io.trunkline.model.Subnet;
import io.trunkline.model.Suppression;
import io.trunkline.model.SurvivableBranch;
import io.trunkline.model.SurvivableKind;
import io.trunkline.model.Topology;
import io.trunkline.model.TopologyFactory;
import io.trunkline.model.TopologyPackage;
import io.trunkline.model.Transport;
import io.trunkline.model.Trunk;
import io.trunkline.model.TrunkPeer;
import io.trunkline.model.UsageProfile;
import io.trunkline.model.VoicePolicy;
import io.trunkline.model.VoicePolicyScope;
import io.trunkline.model.VoiceRoute;
import io.trunkline.model.WanCodec;
import io.trunkline.model.WanLink;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class TopologyPackageImpl extends EPackageImpl implements TopologyPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass elementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass topologyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass siteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass centralSiteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass branchSiteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass poolEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass frontEndPoolEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass directorPoolEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass edgePoolEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass mediationPoolEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass survivableBranchEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trunkPeerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trunkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass pbxEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass pbxLinkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass pstnLinkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass wanLinkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass voiceRouteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass pstnUsageEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass voicePolicyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass networkRegionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass networkSiteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass subnetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass bandwidthPolicyProfileEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass regionLinkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass regionRouteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass emergencyLocationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass suppressionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum usageProfileEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum deploymentOptionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum mediaBypassModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum editionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum mediationKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum survivableKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum peerKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum ipVersionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum transportEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum pbxKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum pbxPlacementEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum lineTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sipTrunkConnectionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum voicePolicyScopeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum wanCodecEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see io.trunkline.model.TopologyPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private TopologyPackageImpl() {
		super(eNS_URI, TopologyFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link TopologyPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static TopologyPackage init() {
		if (isInited) return (TopologyPackage)EPackage.Registry.INSTANCE.getEPackage(TopologyPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredTopologyPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		TopologyPackageImpl theTopologyPackage = registeredTopologyPackage instanceof TopologyPackageImpl ? (TopologyPackageImpl)registeredTopologyPackage : new TopologyPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theTopologyPackage.createPackageContents();

		// Initialize created meta-data
		theTopologyPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theTopologyPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(TopologyPackage.eNS_URI, theTopologyPackage);
		return theTopologyPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getElement() {
		return elementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElement_Id() {
		return (EAttribute)elementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElement_Name() {
		return (EAttribute)elementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElement_Description() {
		return (EAttribute)elementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTopology() {
		return topologyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTopology_Organisation() {
		return (EAttribute)topologyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTopology_SipDomains() {
		return (EAttribute)topologyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTopology_MeanHoldingTimeSeconds() {
		return (EAttribute)topologyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTopology_GradeOfService() {
		return (EAttribute)topologyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTopology_MediaBypassMode() {
		return (EAttribute)topologyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTopology_CallAdmissionControl() {
		return (EAttribute)topologyEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTopology_CentralSites() {
		return (EReference)topologyEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTopology_Trunks() {
		return (EReference)topologyEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTopology_WanLinks() {
		return (EReference)topologyEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTopology_VoiceRoutes() {
		return (EReference)topologyEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTopology_PstnUsages() {
		return (EReference)topologyEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTopology_VoicePolicies() {
		return (EReference)topologyEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTopology_NetworkRegions() {
		return (EReference)topologyEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTopology_NetworkSites() {
		return (EReference)topologyEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTopology_Subnets() {
		return (EReference)topologyEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTopology_BandwidthPolicyProfiles() {
		return (EReference)topologyEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTopology_RegionLinks() {
		return (EReference)topologyEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTopology_RegionRoutes() {
		return (EReference)topologyEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTopology_Suppressions() {
		return (EReference)topologyEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSite() {
		return siteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSite_City() {
		return (EAttribute)siteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSite_State() {
		return (EAttribute)siteEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSite_CountryRegion() {
		return (EAttribute)siteEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSite_Users() {
		return (EAttribute)siteEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSite_UsageProfile() {
		return (EAttribute)siteEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSite_CustomCallsPerUserBusyHour() {
		return (EAttribute)siteEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSite_NeedsPstn() {
		return (EAttribute)siteEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSite_DeploymentOption() {
		return (EAttribute)siteEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSite_DrawnPstnPorts() {
		return (EAttribute)siteEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSite_PstnServedBy() {
		return (EReference)siteEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSite_TrunkPeers() {
		return (EReference)siteEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSite_MediationPools() {
		return (EReference)siteEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSite_Pbxs() {
		return (EReference)siteEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSite_PbxLinks() {
		return (EReference)siteEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSite_PstnLinks() {
		return (EReference)siteEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSite_EmergencyLocations() {
		return (EReference)siteEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCentralSite() {
		return centralSiteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCentralSite_SiteId() {
		return (EAttribute)centralSiteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCentralSite_FrontEndPools() {
		return (EReference)centralSiteEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCentralSite_DirectorPools() {
		return (EReference)centralSiteEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCentralSite_EdgePools() {
		return (EReference)centralSiteEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCentralSite_BranchSites() {
		return (EReference)centralSiteEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBranchSite() {
		return branchSiteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBranchSite_SurvivableBranches() {
		return (EReference)branchSiteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPool() {
		return poolEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPool_Fqdn() {
		return (EAttribute)poolEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPool_Servers() {
		return (EAttribute)poolEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPool_IpAddresses() {
		return (EAttribute)poolEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFrontEndPool() {
		return frontEndPoolEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFrontEndPool_Edition() {
		return (EAttribute)frontEndPoolEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFrontEndPool_CollocatedMediation() {
		return (EAttribute)frontEndPoolEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFrontEndPool_DnsLoadBalancing() {
		return (EAttribute)frontEndPoolEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFrontEndPool_BackupRegistrar() {
		return (EReference)frontEndPoolEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFrontEndPool_HardwareLoadBalancing() {
		return (EAttribute)frontEndPoolEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDirectorPool() {
		return directorPoolEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEdgePool() {
		return edgePoolEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdgePool_ConcurrentRemoteUsers() {
		return (EAttribute)edgePoolEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdgePool_DnsLoadBalancing() {
		return (EAttribute)edgePoolEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdgePool_HardwareLoadBalancing() {
		return (EAttribute)edgePoolEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMediationPool() {
		return mediationPoolEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMediationPool_Kind() {
		return (EAttribute)mediationPoolEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMediationPool_CollocatedWith() {
		return (EReference)mediationPoolEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMediationPool_NextHop() {
		return (EReference)mediationPoolEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMediationPool_EdgePool() {
		return (EReference)mediationPoolEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMediationPool_HyperThreading() {
		return (EAttribute)mediationPoolEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMediationPool_TlsPortFirst() {
		return (EAttribute)mediationPoolEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMediationPool_TlsPortLast() {
		return (EAttribute)mediationPoolEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMediationPool_TcpEnabled() {
		return (EAttribute)mediationPoolEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMediationPool_TcpPortFirst() {
		return (EAttribute)mediationPoolEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMediationPool_TcpPortLast() {
		return (EAttribute)mediationPoolEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMediationPool_FrontEndPort() {
		return (EAttribute)mediationPoolEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMediationPool_DnsLoadBalancing() {
		return (EAttribute)mediationPoolEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMediationPool_Trunks() {
		return (EReference)mediationPoolEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSurvivableBranch() {
		return survivableBranchEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurvivableBranch_Kind() {
		return (EAttribute)survivableBranchEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSurvivableBranch_FrontEndPool() {
		return (EReference)survivableBranchEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSurvivableBranch_Gateway() {
		return (EReference)survivableBranchEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSurvivableBranch_BackupRegistrar() {
		return (EReference)survivableBranchEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurvivableBranch_FailoverSeconds() {
		return (EAttribute)survivableBranchEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSurvivableBranch_FallbackSeconds() {
		return (EAttribute)survivableBranchEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrunkPeer() {
		return trunkPeerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrunkPeer_Kind() {
		return (EAttribute)trunkPeerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrunkPeer_Address() {
		return (EAttribute)trunkPeerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrunkPeer_IpVersion() {
		return (EAttribute)trunkPeerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrunkPeer_PstnPorts() {
		return (EAttribute)trunkPeerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrunkPeer_CountryRegion() {
		return (EAttribute)trunkPeerEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrunkPeer_SupportsTls() {
		return (EAttribute)trunkPeerEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrunkPeer_SupportsDnsLoadBalancing() {
		return (EAttribute)trunkPeerEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrunkPeer_SupportsMediaBypass() {
		return (EAttribute)trunkPeerEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrunkPeer_EliminatesGatewayNeed() {
		return (EAttribute)trunkPeerEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrunkPeer_Certified() {
		return (EAttribute)trunkPeerEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrunkPeer_RootTrunk() {
		return (EReference)trunkPeerEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrunkPeer_Trunks() {
		return (EReference)trunkPeerEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrunkPeer_DefaultGateway() {
		return (EAttribute)trunkPeerEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrunkPeer_Routable() {
		return (EAttribute)trunkPeerEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrunkPeer_MediaIpAddress() {
		return (EAttribute)trunkPeerEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrunk() {
		return trunkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrunk_Root() {
		return (EAttribute)trunkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrunk_MediationPool() {
		return (EReference)trunkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrunk_Peer() {
		return (EReference)trunkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrunk_Transport() {
		return (EAttribute)trunkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrunk_PeerPort() {
		return (EAttribute)trunkEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrunk_MediationPort() {
		return (EAttribute)trunkEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrunk_MediaBypass() {
		return (EAttribute)trunkEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrunk_CentralizedMediaProcessing() {
		return (EAttribute)trunkEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrunk_ReferSupport() {
		return (EAttribute)trunkEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrunk_RtcpActiveCalls() {
		return (EAttribute)trunkEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrunk_RtcpCallsOnHold() {
		return (EAttribute)trunkEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrunk_MaxSimultaneousCalls() {
		return (EAttribute)trunkEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrunk_AccessBandwidthKbps() {
		return (EAttribute)trunkEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrunk_ConnectionType() {
		return (EAttribute)trunkEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrunk_Vpn() {
		return (EAttribute)trunkEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPbx() {
		return pbxEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPbx_Kind() {
		return (EAttribute)pbxEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPbx_UsersRemaining() {
		return (EAttribute)pbxEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPbx_Placement() {
		return (EAttribute)pbxEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPbxLink() {
		return pbxLinkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPbxLink_Gateway() {
		return (EReference)pbxLinkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPbxLink_Pbx() {
		return (EReference)pbxLinkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPbxLink_LineType() {
		return (EAttribute)pbxLinkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPbxLink_Channels() {
		return (EAttribute)pbxLinkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPstnLink() {
		return pstnLinkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPstnLink_Gateway() {
		return (EReference)pstnLinkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPstnLink_Carrier() {
		return (EAttribute)pstnLinkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPstnLink_LineType() {
		return (EAttribute)pstnLinkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPstnLink_Channels() {
		return (EAttribute)pstnLinkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPstnLink_Lines() {
		return (EAttribute)pstnLinkEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWanLink() {
		return wanLinkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWanLink_SiteA() {
		return (EReference)wanLinkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWanLink_SiteB() {
		return (EReference)wanLinkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWanLink_Resilient() {
		return (EAttribute)wanLinkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWanLink_BandwidthConstrained() {
		return (EAttribute)wanLinkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWanLink_AudioBandwidthKbps() {
		return (EAttribute)wanLinkEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWanLink_Codec() {
		return (EAttribute)wanLinkEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVoiceRoute() {
		return voiceRouteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVoiceRoute_NumberPattern() {
		return (EAttribute)voiceRouteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVoiceRoute_PstnUsages() {
		return (EReference)voiceRouteEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVoiceRoute_Trunks() {
		return (EReference)voiceRouteEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVoiceRoute_FailoverFor() {
		return (EReference)voiceRouteEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPstnUsage() {
		return pstnUsageEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVoicePolicy() {
		return voicePolicyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVoicePolicy_Scope() {
		return (EAttribute)voicePolicyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVoicePolicy_Site() {
		return (EReference)voicePolicyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVoicePolicy_GrantedTo() {
		return (EReference)voicePolicyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVoicePolicy_PstnUsages() {
		return (EReference)voicePolicyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNetworkRegion() {
		return networkRegionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetworkRegion_CentralSite() {
		return (EReference)networkRegionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNetworkSite() {
		return networkSiteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetworkSite_Region() {
		return (EReference)networkSiteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetworkSite_Site() {
		return (EReference)networkSiteEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetworkSite_BandwidthPolicy() {
		return (EReference)networkSiteEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSubnet() {
		return subnetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubnet_Address() {
		return (EAttribute)subnetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubnet_MaskBits() {
		return (EAttribute)subnetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSubnet_NetworkSite() {
		return (EReference)subnetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBandwidthPolicyProfile() {
		return bandwidthPolicyProfileEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBandwidthPolicyProfile_AudioLimitKbps() {
		return (EAttribute)bandwidthPolicyProfileEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBandwidthPolicyProfile_AudioSessionLimitKbps() {
		return (EAttribute)bandwidthPolicyProfileEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBandwidthPolicyProfile_VideoLimitKbps() {
		return (EAttribute)bandwidthPolicyProfileEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBandwidthPolicyProfile_VideoSessionLimitKbps() {
		return (EAttribute)bandwidthPolicyProfileEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRegionLink() {
		return regionLinkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRegionLink_RegionA() {
		return (EReference)regionLinkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRegionLink_RegionB() {
		return (EReference)regionLinkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRegionLink_BandwidthPolicy() {
		return (EReference)regionLinkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRegionRoute() {
		return regionRouteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRegionRoute_RegionA() {
		return (EReference)regionRouteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRegionRoute_RegionB() {
		return (EReference)regionRouteEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRegionRoute_Links() {
		return (EReference)regionRouteEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEmergencyLocation() {
		return emergencyLocationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmergencyLocation_Location() {
		return (EAttribute)emergencyLocationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmergencyLocation_Elin() {
		return (EAttribute)emergencyLocationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSuppression() {
		return suppressionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSuppression_RuleId() {
		return (EAttribute)suppressionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSuppression_Element() {
		return (EReference)suppressionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSuppression_Reason() {
		return (EAttribute)suppressionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getUsageProfile() {
		return usageProfileEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDeploymentOption() {
		return deploymentOptionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMediaBypassMode() {
		return mediaBypassModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEdition() {
		return editionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMediationKind() {
		return mediationKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSurvivableKind() {
		return survivableKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPeerKind() {
		return peerKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getIpVersion() {
		return ipVersionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTransport() {
		return transportEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPbxKind() {
		return pbxKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPbxPlacement() {
		return pbxPlacementEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLineType() {
		return lineTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSipTrunkConnection() {
		return sipTrunkConnectionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getVoicePolicyScope() {
		return voicePolicyScopeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getWanCodec() {
		return wanCodecEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TopologyFactory getTopologyFactory() {
		return (TopologyFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		elementEClass = createEClass(ELEMENT);
		createEAttribute(elementEClass, ELEMENT__ID);
		createEAttribute(elementEClass, ELEMENT__NAME);
		createEAttribute(elementEClass, ELEMENT__DESCRIPTION);

		topologyEClass = createEClass(TOPOLOGY);
		createEAttribute(topologyEClass, TOPOLOGY__ORGANISATION);
		createEAttribute(topologyEClass, TOPOLOGY__SIP_DOMAINS);
		createEAttribute(topologyEClass, TOPOLOGY__MEAN_HOLDING_TIME_SECONDS);
		createEAttribute(topologyEClass, TOPOLOGY__GRADE_OF_SERVICE);
		createEAttribute(topologyEClass, TOPOLOGY__MEDIA_BYPASS_MODE);
		createEAttribute(topologyEClass, TOPOLOGY__CALL_ADMISSION_CONTROL);
		createEReference(topologyEClass, TOPOLOGY__CENTRAL_SITES);
		createEReference(topologyEClass, TOPOLOGY__TRUNKS);
		createEReference(topologyEClass, TOPOLOGY__WAN_LINKS);
		createEReference(topologyEClass, TOPOLOGY__VOICE_ROUTES);
		createEReference(topologyEClass, TOPOLOGY__PSTN_USAGES);
		createEReference(topologyEClass, TOPOLOGY__VOICE_POLICIES);
		createEReference(topologyEClass, TOPOLOGY__NETWORK_REGIONS);
		createEReference(topologyEClass, TOPOLOGY__NETWORK_SITES);
		createEReference(topologyEClass, TOPOLOGY__SUBNETS);
		createEReference(topologyEClass, TOPOLOGY__BANDWIDTH_POLICY_PROFILES);
		createEReference(topologyEClass, TOPOLOGY__REGION_LINKS);
		createEReference(topologyEClass, TOPOLOGY__REGION_ROUTES);
		createEReference(topologyEClass, TOPOLOGY__SUPPRESSIONS);

		siteEClass = createEClass(SITE);
		createEAttribute(siteEClass, SITE__CITY);
		createEAttribute(siteEClass, SITE__STATE);
		createEAttribute(siteEClass, SITE__COUNTRY_REGION);
		createEAttribute(siteEClass, SITE__USERS);
		createEAttribute(siteEClass, SITE__USAGE_PROFILE);
		createEAttribute(siteEClass, SITE__CUSTOM_CALLS_PER_USER_BUSY_HOUR);
		createEAttribute(siteEClass, SITE__NEEDS_PSTN);
		createEAttribute(siteEClass, SITE__DEPLOYMENT_OPTION);
		createEAttribute(siteEClass, SITE__DRAWN_PSTN_PORTS);
		createEReference(siteEClass, SITE__PSTN_SERVED_BY);
		createEReference(siteEClass, SITE__TRUNK_PEERS);
		createEReference(siteEClass, SITE__MEDIATION_POOLS);
		createEReference(siteEClass, SITE__PBXS);
		createEReference(siteEClass, SITE__PBX_LINKS);
		createEReference(siteEClass, SITE__PSTN_LINKS);
		createEReference(siteEClass, SITE__EMERGENCY_LOCATIONS);

		centralSiteEClass = createEClass(CENTRAL_SITE);
		createEAttribute(centralSiteEClass, CENTRAL_SITE__SITE_ID);
		createEReference(centralSiteEClass, CENTRAL_SITE__FRONT_END_POOLS);
		createEReference(centralSiteEClass, CENTRAL_SITE__DIRECTOR_POOLS);
		createEReference(centralSiteEClass, CENTRAL_SITE__EDGE_POOLS);
		createEReference(centralSiteEClass, CENTRAL_SITE__BRANCH_SITES);

		branchSiteEClass = createEClass(BRANCH_SITE);
		createEReference(branchSiteEClass, BRANCH_SITE__SURVIVABLE_BRANCHES);

		poolEClass = createEClass(POOL);
		createEAttribute(poolEClass, POOL__FQDN);
		createEAttribute(poolEClass, POOL__SERVERS);
		createEAttribute(poolEClass, POOL__IP_ADDRESSES);

		frontEndPoolEClass = createEClass(FRONT_END_POOL);
		createEAttribute(frontEndPoolEClass, FRONT_END_POOL__EDITION);
		createEAttribute(frontEndPoolEClass, FRONT_END_POOL__COLLOCATED_MEDIATION);
		createEAttribute(frontEndPoolEClass, FRONT_END_POOL__DNS_LOAD_BALANCING);
		createEReference(frontEndPoolEClass, FRONT_END_POOL__BACKUP_REGISTRAR);
		createEAttribute(frontEndPoolEClass, FRONT_END_POOL__HARDWARE_LOAD_BALANCING);

		directorPoolEClass = createEClass(DIRECTOR_POOL);

		edgePoolEClass = createEClass(EDGE_POOL);
		createEAttribute(edgePoolEClass, EDGE_POOL__CONCURRENT_REMOTE_USERS);
		createEAttribute(edgePoolEClass, EDGE_POOL__DNS_LOAD_BALANCING);
		createEAttribute(edgePoolEClass, EDGE_POOL__HARDWARE_LOAD_BALANCING);

		mediationPoolEClass = createEClass(MEDIATION_POOL);
		createEAttribute(mediationPoolEClass, MEDIATION_POOL__KIND);
		createEReference(mediationPoolEClass, MEDIATION_POOL__COLLOCATED_WITH);
		createEReference(mediationPoolEClass, MEDIATION_POOL__NEXT_HOP);
		createEReference(mediationPoolEClass, MEDIATION_POOL__EDGE_POOL);
		createEAttribute(mediationPoolEClass, MEDIATION_POOL__HYPER_THREADING);
		createEAttribute(mediationPoolEClass, MEDIATION_POOL__TLS_PORT_FIRST);
		createEAttribute(mediationPoolEClass, MEDIATION_POOL__TLS_PORT_LAST);
		createEAttribute(mediationPoolEClass, MEDIATION_POOL__TCP_ENABLED);
		createEAttribute(mediationPoolEClass, MEDIATION_POOL__TCP_PORT_FIRST);
		createEAttribute(mediationPoolEClass, MEDIATION_POOL__TCP_PORT_LAST);
		createEAttribute(mediationPoolEClass, MEDIATION_POOL__FRONT_END_PORT);
		createEAttribute(mediationPoolEClass, MEDIATION_POOL__DNS_LOAD_BALANCING);
		createEReference(mediationPoolEClass, MEDIATION_POOL__TRUNKS);

		survivableBranchEClass = createEClass(SURVIVABLE_BRANCH);
		createEAttribute(survivableBranchEClass, SURVIVABLE_BRANCH__KIND);
		createEReference(survivableBranchEClass, SURVIVABLE_BRANCH__FRONT_END_POOL);
		createEReference(survivableBranchEClass, SURVIVABLE_BRANCH__GATEWAY);
		createEReference(survivableBranchEClass, SURVIVABLE_BRANCH__BACKUP_REGISTRAR);
		createEAttribute(survivableBranchEClass, SURVIVABLE_BRANCH__FAILOVER_SECONDS);
		createEAttribute(survivableBranchEClass, SURVIVABLE_BRANCH__FALLBACK_SECONDS);

		trunkPeerEClass = createEClass(TRUNK_PEER);
		createEAttribute(trunkPeerEClass, TRUNK_PEER__KIND);
		createEAttribute(trunkPeerEClass, TRUNK_PEER__ADDRESS);
		createEAttribute(trunkPeerEClass, TRUNK_PEER__IP_VERSION);
		createEAttribute(trunkPeerEClass, TRUNK_PEER__PSTN_PORTS);
		createEAttribute(trunkPeerEClass, TRUNK_PEER__COUNTRY_REGION);
		createEAttribute(trunkPeerEClass, TRUNK_PEER__SUPPORTS_TLS);
		createEAttribute(trunkPeerEClass, TRUNK_PEER__SUPPORTS_DNS_LOAD_BALANCING);
		createEAttribute(trunkPeerEClass, TRUNK_PEER__SUPPORTS_MEDIA_BYPASS);
		createEAttribute(trunkPeerEClass, TRUNK_PEER__ELIMINATES_GATEWAY_NEED);
		createEAttribute(trunkPeerEClass, TRUNK_PEER__CERTIFIED);
		createEReference(trunkPeerEClass, TRUNK_PEER__ROOT_TRUNK);
		createEReference(trunkPeerEClass, TRUNK_PEER__TRUNKS);
		createEAttribute(trunkPeerEClass, TRUNK_PEER__DEFAULT_GATEWAY);
		createEAttribute(trunkPeerEClass, TRUNK_PEER__ROUTABLE);
		createEAttribute(trunkPeerEClass, TRUNK_PEER__MEDIA_IP_ADDRESS);

		trunkEClass = createEClass(TRUNK);
		createEAttribute(trunkEClass, TRUNK__ROOT);
		createEReference(trunkEClass, TRUNK__MEDIATION_POOL);
		createEReference(trunkEClass, TRUNK__PEER);
		createEAttribute(trunkEClass, TRUNK__TRANSPORT);
		createEAttribute(trunkEClass, TRUNK__PEER_PORT);
		createEAttribute(trunkEClass, TRUNK__MEDIATION_PORT);
		createEAttribute(trunkEClass, TRUNK__MEDIA_BYPASS);
		createEAttribute(trunkEClass, TRUNK__CENTRALIZED_MEDIA_PROCESSING);
		createEAttribute(trunkEClass, TRUNK__REFER_SUPPORT);
		createEAttribute(trunkEClass, TRUNK__RTCP_ACTIVE_CALLS);
		createEAttribute(trunkEClass, TRUNK__RTCP_CALLS_ON_HOLD);
		createEAttribute(trunkEClass, TRUNK__MAX_SIMULTANEOUS_CALLS);
		createEAttribute(trunkEClass, TRUNK__ACCESS_BANDWIDTH_KBPS);
		createEAttribute(trunkEClass, TRUNK__CONNECTION_TYPE);
		createEAttribute(trunkEClass, TRUNK__VPN);

		pbxEClass = createEClass(PBX);
		createEAttribute(pbxEClass, PBX__KIND);
		createEAttribute(pbxEClass, PBX__USERS_REMAINING);
		createEAttribute(pbxEClass, PBX__PLACEMENT);

		pbxLinkEClass = createEClass(PBX_LINK);
		createEReference(pbxLinkEClass, PBX_LINK__GATEWAY);
		createEReference(pbxLinkEClass, PBX_LINK__PBX);
		createEAttribute(pbxLinkEClass, PBX_LINK__LINE_TYPE);
		createEAttribute(pbxLinkEClass, PBX_LINK__CHANNELS);

		pstnLinkEClass = createEClass(PSTN_LINK);
		createEReference(pstnLinkEClass, PSTN_LINK__GATEWAY);
		createEAttribute(pstnLinkEClass, PSTN_LINK__CARRIER);
		createEAttribute(pstnLinkEClass, PSTN_LINK__LINE_TYPE);
		createEAttribute(pstnLinkEClass, PSTN_LINK__CHANNELS);
		createEAttribute(pstnLinkEClass, PSTN_LINK__LINES);

		wanLinkEClass = createEClass(WAN_LINK);
		createEReference(wanLinkEClass, WAN_LINK__SITE_A);
		createEReference(wanLinkEClass, WAN_LINK__SITE_B);
		createEAttribute(wanLinkEClass, WAN_LINK__RESILIENT);
		createEAttribute(wanLinkEClass, WAN_LINK__BANDWIDTH_CONSTRAINED);
		createEAttribute(wanLinkEClass, WAN_LINK__AUDIO_BANDWIDTH_KBPS);
		createEAttribute(wanLinkEClass, WAN_LINK__CODEC);

		voiceRouteEClass = createEClass(VOICE_ROUTE);
		createEAttribute(voiceRouteEClass, VOICE_ROUTE__NUMBER_PATTERN);
		createEReference(voiceRouteEClass, VOICE_ROUTE__PSTN_USAGES);
		createEReference(voiceRouteEClass, VOICE_ROUTE__TRUNKS);
		createEReference(voiceRouteEClass, VOICE_ROUTE__FAILOVER_FOR);

		pstnUsageEClass = createEClass(PSTN_USAGE);

		voicePolicyEClass = createEClass(VOICE_POLICY);
		createEAttribute(voicePolicyEClass, VOICE_POLICY__SCOPE);
		createEReference(voicePolicyEClass, VOICE_POLICY__SITE);
		createEReference(voicePolicyEClass, VOICE_POLICY__GRANTED_TO);
		createEReference(voicePolicyEClass, VOICE_POLICY__PSTN_USAGES);

		networkRegionEClass = createEClass(NETWORK_REGION);
		createEReference(networkRegionEClass, NETWORK_REGION__CENTRAL_SITE);

		networkSiteEClass = createEClass(NETWORK_SITE);
		createEReference(networkSiteEClass, NETWORK_SITE__REGION);
		createEReference(networkSiteEClass, NETWORK_SITE__SITE);
		createEReference(networkSiteEClass, NETWORK_SITE__BANDWIDTH_POLICY);

		subnetEClass = createEClass(SUBNET);
		createEAttribute(subnetEClass, SUBNET__ADDRESS);
		createEAttribute(subnetEClass, SUBNET__MASK_BITS);
		createEReference(subnetEClass, SUBNET__NETWORK_SITE);

		bandwidthPolicyProfileEClass = createEClass(BANDWIDTH_POLICY_PROFILE);
		createEAttribute(bandwidthPolicyProfileEClass, BANDWIDTH_POLICY_PROFILE__AUDIO_LIMIT_KBPS);
		createEAttribute(bandwidthPolicyProfileEClass, BANDWIDTH_POLICY_PROFILE__AUDIO_SESSION_LIMIT_KBPS);
		createEAttribute(bandwidthPolicyProfileEClass, BANDWIDTH_POLICY_PROFILE__VIDEO_LIMIT_KBPS);
		createEAttribute(bandwidthPolicyProfileEClass, BANDWIDTH_POLICY_PROFILE__VIDEO_SESSION_LIMIT_KBPS);

		regionLinkEClass = createEClass(REGION_LINK);
		createEReference(regionLinkEClass, REGION_LINK__REGION_A);
		createEReference(regionLinkEClass, REGION_LINK__REGION_B);
		createEReference(regionLinkEClass, REGION_LINK__BANDWIDTH_POLICY);

		regionRouteEClass = createEClass(REGION_ROUTE);
		createEReference(regionRouteEClass, REGION_ROUTE__REGION_A);
		createEReference(regionRouteEClass, REGION_ROUTE__REGION_B);
		createEReference(regionRouteEClass, REGION_ROUTE__LINKS);

		emergencyLocationEClass = createEClass(EMERGENCY_LOCATION);
		createEAttribute(emergencyLocationEClass, EMERGENCY_LOCATION__LOCATION);
		createEAttribute(emergencyLocationEClass, EMERGENCY_LOCATION__ELIN);

		suppressionEClass = createEClass(SUPPRESSION);
		createEAttribute(suppressionEClass, SUPPRESSION__RULE_ID);
		createEReference(suppressionEClass, SUPPRESSION__ELEMENT);
		createEAttribute(suppressionEClass, SUPPRESSION__REASON);

		// Create enums
		usageProfileEEnum = createEEnum(USAGE_PROFILE);
		deploymentOptionEEnum = createEEnum(DEPLOYMENT_OPTION);
		mediaBypassModeEEnum = createEEnum(MEDIA_BYPASS_MODE);
		editionEEnum = createEEnum(EDITION);
		mediationKindEEnum = createEEnum(MEDIATION_KIND);
		survivableKindEEnum = createEEnum(SURVIVABLE_KIND);
		peerKindEEnum = createEEnum(PEER_KIND);
		ipVersionEEnum = createEEnum(IP_VERSION);
		transportEEnum = createEEnum(TRANSPORT);
		pbxKindEEnum = createEEnum(PBX_KIND);
		pbxPlacementEEnum = createEEnum(PBX_PLACEMENT);
		lineTypeEEnum = createEEnum(LINE_TYPE);
		sipTrunkConnectionEEnum = createEEnum(SIP_TRUNK_CONNECTION);
		voicePolicyScopeEEnum = createEEnum(VOICE_POLICY_SCOPE);
		wanCodecEEnum = createEEnum(WAN_CODEC);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		topologyEClass.getESuperTypes().add(this.getElement());
		siteEClass.getESuperTypes().add(this.getElement());
		centralSiteEClass.getESuperTypes().add(this.getSite());
		branchSiteEClass.getESuperTypes().add(this.getSite());
		poolEClass.getESuperTypes().add(this.getElement());
		frontEndPoolEClass.getESuperTypes().add(this.getPool());
		directorPoolEClass.getESuperTypes().add(this.getPool());
		edgePoolEClass.getESuperTypes().add(this.getPool());
		mediationPoolEClass.getESuperTypes().add(this.getPool());
		survivableBranchEClass.getESuperTypes().add(this.getPool());
		trunkPeerEClass.getESuperTypes().add(this.getElement());
		trunkEClass.getESuperTypes().add(this.getElement());
		pbxEClass.getESuperTypes().add(this.getElement());
		pbxLinkEClass.getESuperTypes().add(this.getElement());
		pstnLinkEClass.getESuperTypes().add(this.getElement());
		wanLinkEClass.getESuperTypes().add(this.getElement());
		voiceRouteEClass.getESuperTypes().add(this.getElement());
		pstnUsageEClass.getESuperTypes().add(this.getElement());
		voicePolicyEClass.getESuperTypes().add(this.getElement());
		networkRegionEClass.getESuperTypes().add(this.getElement());
		networkSiteEClass.getESuperTypes().add(this.getElement());
		subnetEClass.getESuperTypes().add(this.getElement());
		bandwidthPolicyProfileEClass.getESuperTypes().add(this.getElement());
		regionLinkEClass.getESuperTypes().add(this.getElement());
		regionRouteEClass.getESuperTypes().add(this.getElement());
		emergencyLocationEClass.getESuperTypes().add(this.getElement());
		suppressionEClass.getESuperTypes().add(this.getElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(elementEClass, Element.class, "Element", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getElement_Id(), ecorePackage.getEString(), "id", null, 1, 1, Element.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getElement_Name(), ecorePackage.getEString(), "name", null, 0, 1, Element.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getElement_Description(), ecorePackage.getEString(), "description", null, 0, 1, Element.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(topologyEClass, Topology.class, "Topology", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTopology_Organisation(), ecorePackage.getEString(), "organisation", null, 0, 1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTopology_SipDomains(), ecorePackage.getEString(), "sipDomains", null, 0, -1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTopology_MeanHoldingTimeSeconds(), ecorePackage.getEInt(), "meanHoldingTimeSeconds", "180", 0, 1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTopology_GradeOfService(), ecorePackage.getEDouble(), "gradeOfService", "0.01", 0, 1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTopology_MediaBypassMode(), this.getMediaBypassMode(), "mediaBypassMode", "OFF", 0, 1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTopology_CallAdmissionControl(), ecorePackage.getEBoolean(), "callAdmissionControl", "false", 0, 1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTopology_CentralSites(), this.getCentralSite(), null, "centralSites", null, 0, -1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTopology_Trunks(), this.getTrunk(), null, "trunks", null, 0, -1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTopology_WanLinks(), this.getWanLink(), null, "wanLinks", null, 0, -1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTopology_VoiceRoutes(), this.getVoiceRoute(), null, "voiceRoutes", null, 0, -1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTopology_PstnUsages(), this.getPstnUsage(), null, "pstnUsages", null, 0, -1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTopology_VoicePolicies(), this.getVoicePolicy(), null, "voicePolicies", null, 0, -1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTopology_NetworkRegions(), this.getNetworkRegion(), null, "networkRegions", null, 0, -1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTopology_NetworkSites(), this.getNetworkSite(), null, "networkSites", null, 0, -1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTopology_Subnets(), this.getSubnet(), null, "subnets", null, 0, -1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTopology_BandwidthPolicyProfiles(), this.getBandwidthPolicyProfile(), null, "bandwidthPolicyProfiles", null, 0, -1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTopology_RegionLinks(), this.getRegionLink(), null, "regionLinks", null, 0, -1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTopology_RegionRoutes(), this.getRegionRoute(), null, "regionRoutes", null, 0, -1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTopology_Suppressions(), this.getSuppression(), null, "suppressions", null, 0, -1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(siteEClass, Site.class, "Site", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSite_City(), ecorePackage.getEString(), "city", null, 0, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSite_State(), ecorePackage.getEString(), "state", null, 0, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSite_CountryRegion(), ecorePackage.getEString(), "countryRegion", null, 0, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSite_Users(), ecorePackage.getEInt(), "users", "0", 0, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSite_UsageProfile(), this.getUsageProfile(), "usageProfile", "MODERATE", 0, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSite_CustomCallsPerUserBusyHour(), ecorePackage.getEDouble(), "customCallsPerUserBusyHour", "0.0", 0, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSite_NeedsPstn(), ecorePackage.getEBoolean(), "needsPstn", "true", 0, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSite_DeploymentOption(), this.getDeploymentOption(), "deploymentOption", "VOIP_ONLY", 0, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSite_DrawnPstnPorts(), ecorePackage.getEInt(), "drawnPstnPorts", null, 0, 1, Site.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getSite_PstnServedBy(), this.getSite(), null, "pstnServedBy", null, 0, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSite_TrunkPeers(), this.getTrunkPeer(), null, "trunkPeers", null, 0, -1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSite_MediationPools(), this.getMediationPool(), null, "mediationPools", null, 0, -1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSite_Pbxs(), this.getPbx(), null, "pbxs", null, 0, -1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSite_PbxLinks(), this.getPbxLink(), null, "pbxLinks", null, 0, -1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSite_PstnLinks(), this.getPstnLink(), null, "pstnLinks", null, 0, -1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSite_EmergencyLocations(), this.getEmergencyLocation(), null, "emergencyLocations", null, 0, -1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(centralSiteEClass, CentralSite.class, "CentralSite", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCentralSite_SiteId(), ecorePackage.getEInt(), "siteId", "0", 0, 1, CentralSite.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCentralSite_FrontEndPools(), this.getFrontEndPool(), null, "frontEndPools", null, 0, -1, CentralSite.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCentralSite_DirectorPools(), this.getDirectorPool(), null, "directorPools", null, 0, -1, CentralSite.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCentralSite_EdgePools(), this.getEdgePool(), null, "edgePools", null, 0, -1, CentralSite.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCentralSite_BranchSites(), this.getBranchSite(), null, "branchSites", null, 0, -1, CentralSite.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(branchSiteEClass, BranchSite.class, "BranchSite", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getBranchSite_SurvivableBranches(), this.getSurvivableBranch(), null, "survivableBranches", null, 0, -1, BranchSite.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(poolEClass, Pool.class, "Pool", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPool_Fqdn(), ecorePackage.getEString(), "fqdn", null, 0, 1, Pool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPool_Servers(), ecorePackage.getEInt(), "servers", "1", 0, 1, Pool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPool_IpAddresses(), ecorePackage.getEString(), "ipAddresses", null, 0, -1, Pool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(frontEndPoolEClass, FrontEndPool.class, "FrontEndPool", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFrontEndPool_Edition(), this.getEdition(), "edition", "ENTERPRISE", 0, 1, FrontEndPool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFrontEndPool_CollocatedMediation(), ecorePackage.getEBoolean(), "collocatedMediation", "true", 0, 1, FrontEndPool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFrontEndPool_DnsLoadBalancing(), ecorePackage.getEBoolean(), "dnsLoadBalancing", "true", 0, 1, FrontEndPool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFrontEndPool_BackupRegistrar(), this.getFrontEndPool(), null, "backupRegistrar", null, 0, 1, FrontEndPool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFrontEndPool_HardwareLoadBalancing(), ecorePackage.getEBoolean(), "hardwareLoadBalancing", "false", 0, 1, FrontEndPool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(directorPoolEClass, DirectorPool.class, "DirectorPool", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(edgePoolEClass, EdgePool.class, "EdgePool", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEdgePool_ConcurrentRemoteUsers(), ecorePackage.getEInt(), "concurrentRemoteUsers", "0", 0, 1, EdgePool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEdgePool_DnsLoadBalancing(), ecorePackage.getEBoolean(), "dnsLoadBalancing", "true", 0, 1, EdgePool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEdgePool_HardwareLoadBalancing(), ecorePackage.getEBoolean(), "hardwareLoadBalancing", "false", 0, 1, EdgePool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(mediationPoolEClass, MediationPool.class, "MediationPool", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMediationPool_Kind(), this.getMediationKind(), "kind", "STANDALONE", 0, 1, MediationPool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMediationPool_CollocatedWith(), this.getPool(), null, "collocatedWith", null, 0, 1, MediationPool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMediationPool_NextHop(), this.getPool(), null, "nextHop", null, 0, 1, MediationPool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMediationPool_EdgePool(), this.getEdgePool(), null, "edgePool", null, 0, 1, MediationPool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMediationPool_HyperThreading(), ecorePackage.getEBoolean(), "hyperThreading", "false", 0, 1, MediationPool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMediationPool_TlsPortFirst(), ecorePackage.getEInt(), "tlsPortFirst", "5067", 0, 1, MediationPool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMediationPool_TlsPortLast(), ecorePackage.getEInt(), "tlsPortLast", "5067", 0, 1, MediationPool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMediationPool_TcpEnabled(), ecorePackage.getEBoolean(), "tcpEnabled", "false", 0, 1, MediationPool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMediationPool_TcpPortFirst(), ecorePackage.getEInt(), "tcpPortFirst", "5068", 0, 1, MediationPool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMediationPool_TcpPortLast(), ecorePackage.getEInt(), "tcpPortLast", "5068", 0, 1, MediationPool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMediationPool_FrontEndPort(), ecorePackage.getEInt(), "frontEndPort", "5070", 0, 1, MediationPool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMediationPool_DnsLoadBalancing(), ecorePackage.getEBoolean(), "dnsLoadBalancing", "false", 0, 1, MediationPool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMediationPool_Trunks(), this.getTrunk(), this.getTrunk_MediationPool(), "trunks", null, 0, -1, MediationPool.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(survivableBranchEClass, SurvivableBranch.class, "SurvivableBranch", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSurvivableBranch_Kind(), this.getSurvivableKind(), "kind", "SBA", 0, 1, SurvivableBranch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSurvivableBranch_FrontEndPool(), this.getFrontEndPool(), null, "frontEndPool", null, 0, 1, SurvivableBranch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSurvivableBranch_Gateway(), this.getTrunkPeer(), null, "gateway", null, 0, 1, SurvivableBranch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSurvivableBranch_BackupRegistrar(), this.getFrontEndPool(), null, "backupRegistrar", null, 0, 1, SurvivableBranch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSurvivableBranch_FailoverSeconds(), ecorePackage.getEInt(), "failoverSeconds", "120", 0, 1, SurvivableBranch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSurvivableBranch_FallbackSeconds(), ecorePackage.getEInt(), "fallbackSeconds", "240", 0, 1, SurvivableBranch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(trunkPeerEClass, TrunkPeer.class, "TrunkPeer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTrunkPeer_Kind(), this.getPeerKind(), "kind", "PSTN_GATEWAY", 0, 1, TrunkPeer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrunkPeer_Address(), ecorePackage.getEString(), "address", null, 0, 1, TrunkPeer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrunkPeer_IpVersion(), this.getIpVersion(), "ipVersion", "IPV4", 0, 1, TrunkPeer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrunkPeer_PstnPorts(), ecorePackage.getEInt(), "pstnPorts", "0", 0, 1, TrunkPeer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrunkPeer_CountryRegion(), ecorePackage.getEString(), "countryRegion", null, 0, 1, TrunkPeer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrunkPeer_SupportsTls(), ecorePackage.getEBoolean(), "supportsTls", "true", 0, 1, TrunkPeer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrunkPeer_SupportsDnsLoadBalancing(), ecorePackage.getEBoolean(), "supportsDnsLoadBalancing", "false", 0, 1, TrunkPeer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrunkPeer_SupportsMediaBypass(), ecorePackage.getEBoolean(), "supportsMediaBypass", "false", 0, 1, TrunkPeer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrunkPeer_EliminatesGatewayNeed(), ecorePackage.getEBoolean(), "eliminatesGatewayNeed", "false", 0, 1, TrunkPeer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrunkPeer_Certified(), ecorePackage.getEBoolean(), "certified", "true", 0, 1, TrunkPeer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrunkPeer_RootTrunk(), this.getTrunk(), null, "rootTrunk", null, 0, 1, TrunkPeer.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getTrunkPeer_Trunks(), this.getTrunk(), this.getTrunk_Peer(), "trunks", null, 0, -1, TrunkPeer.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrunkPeer_DefaultGateway(), ecorePackage.getEBoolean(), "defaultGateway", "false", 0, 1, TrunkPeer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrunkPeer_Routable(), ecorePackage.getEBoolean(), "routable", "true", 0, 1, TrunkPeer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrunkPeer_MediaIpAddress(), ecorePackage.getEString(), "mediaIpAddress", null, 0, 1, TrunkPeer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(trunkEClass, Trunk.class, "Trunk", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTrunk_Root(), ecorePackage.getEBoolean(), "root", "false", 0, 1, Trunk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrunk_MediationPool(), this.getMediationPool(), this.getMediationPool_Trunks(), "mediationPool", null, 1, 1, Trunk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrunk_Peer(), this.getTrunkPeer(), this.getTrunkPeer_Trunks(), "peer", null, 1, 1, Trunk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrunk_Transport(), this.getTransport(), "transport", "TLS", 0, 1, Trunk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrunk_PeerPort(), ecorePackage.getEInt(), "peerPort", "5067", 0, 1, Trunk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrunk_MediationPort(), ecorePackage.getEInt(), "mediationPort", "5067", 0, 1, Trunk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrunk_MediaBypass(), ecorePackage.getEBoolean(), "mediaBypass", "false", 0, 1, Trunk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrunk_CentralizedMediaProcessing(), ecorePackage.getEBoolean(), "centralizedMediaProcessing", "true", 0, 1, Trunk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrunk_ReferSupport(), ecorePackage.getEBoolean(), "referSupport", "true", 0, 1, Trunk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrunk_RtcpActiveCalls(), ecorePackage.getEBoolean(), "rtcpActiveCalls", "true", 0, 1, Trunk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrunk_RtcpCallsOnHold(), ecorePackage.getEBoolean(), "rtcpCallsOnHold", "true", 0, 1, Trunk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrunk_MaxSimultaneousCalls(), ecorePackage.getEInt(), "maxSimultaneousCalls", "0", 0, 1, Trunk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrunk_AccessBandwidthKbps(), ecorePackage.getEInt(), "accessBandwidthKbps", "0", 0, 1, Trunk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrunk_ConnectionType(), this.getSipTrunkConnection(), "connectionType", "NOT_PLANNED", 0, 1, Trunk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrunk_Vpn(), ecorePackage.getEBoolean(), "vpn", "false", 0, 1, Trunk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(pbxEClass, Pbx.class, "Pbx", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPbx_Kind(), this.getPbxKind(), "kind", "TDM", 0, 1, Pbx.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPbx_UsersRemaining(), ecorePackage.getEInt(), "usersRemaining", "0", 0, 1, Pbx.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPbx_Placement(), this.getPbxPlacement(), "placement", "EV_BEHIND_PBX", 0, 1, Pbx.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(pbxLinkEClass, PbxLink.class, "PbxLink", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPbxLink_Gateway(), this.getTrunkPeer(), null, "gateway", null, 1, 1, PbxLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPbxLink_Pbx(), this.getPbx(), null, "pbx", null, 1, 1, PbxLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPbxLink_LineType(), this.getLineType(), "lineType", "T1", 0, 1, PbxLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPbxLink_Channels(), ecorePackage.getEInt(), "channels", "23", 0, 1, PbxLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(pstnLinkEClass, PstnLink.class, "PstnLink", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPstnLink_Gateway(), this.getTrunkPeer(), null, "gateway", null, 1, 1, PstnLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPstnLink_Carrier(), ecorePackage.getEString(), "carrier", null, 0, 1, PstnLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPstnLink_LineType(), this.getLineType(), "lineType", "T1", 0, 1, PstnLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPstnLink_Channels(), ecorePackage.getEInt(), "channels", "23", 0, 1, PstnLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPstnLink_Lines(), ecorePackage.getEInt(), "lines", "1", 0, 1, PstnLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(wanLinkEClass, WanLink.class, "WanLink", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getWanLink_SiteA(), this.getSite(), null, "siteA", null, 1, 1, WanLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWanLink_SiteB(), this.getSite(), null, "siteB", null, 1, 1, WanLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWanLink_Resilient(), ecorePackage.getEBoolean(), "resilient", "false", 0, 1, WanLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWanLink_BandwidthConstrained(), ecorePackage.getEBoolean(), "bandwidthConstrained", "false", 0, 1, WanLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWanLink_AudioBandwidthKbps(), ecorePackage.getEInt(), "audioBandwidthKbps", "0", 0, 1, WanLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWanLink_Codec(), this.getWanCodec(), "codec", "G711", 0, 1, WanLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(voiceRouteEClass, VoiceRoute.class, "VoiceRoute", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getVoiceRoute_NumberPattern(), ecorePackage.getEString(), "numberPattern", null, 0, 1, VoiceRoute.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVoiceRoute_PstnUsages(), this.getPstnUsage(), null, "pstnUsages", null, 0, -1, VoiceRoute.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVoiceRoute_Trunks(), this.getTrunk(), null, "trunks", null, 0, -1, VoiceRoute.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVoiceRoute_FailoverFor(), this.getVoiceRoute(), null, "failoverFor", null, 0, 1, VoiceRoute.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(pstnUsageEClass, PstnUsage.class, "PstnUsage", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(voicePolicyEClass, VoicePolicy.class, "VoicePolicy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getVoicePolicy_Scope(), this.getVoicePolicyScope(), "scope", "GLOBAL", 0, 1, VoicePolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVoicePolicy_Site(), this.getSite(), null, "site", null, 0, 1, VoicePolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVoicePolicy_GrantedTo(), this.getSite(), null, "grantedTo", null, 0, -1, VoicePolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVoicePolicy_PstnUsages(), this.getPstnUsage(), null, "pstnUsages", null, 0, -1, VoicePolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(networkRegionEClass, NetworkRegion.class, "NetworkRegion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getNetworkRegion_CentralSite(), this.getCentralSite(), null, "centralSite", null, 0, 1, NetworkRegion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(networkSiteEClass, NetworkSite.class, "NetworkSite", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getNetworkSite_Region(), this.getNetworkRegion(), null, "region", null, 0, 1, NetworkSite.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNetworkSite_Site(), this.getSite(), null, "site", null, 0, 1, NetworkSite.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNetworkSite_BandwidthPolicy(), this.getBandwidthPolicyProfile(), null, "bandwidthPolicy", null, 0, 1, NetworkSite.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(subnetEClass, Subnet.class, "Subnet", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSubnet_Address(), ecorePackage.getEString(), "address", null, 0, 1, Subnet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubnet_MaskBits(), ecorePackage.getEInt(), "maskBits", "24", 0, 1, Subnet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSubnet_NetworkSite(), this.getNetworkSite(), null, "networkSite", null, 0, 1, Subnet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(bandwidthPolicyProfileEClass, BandwidthPolicyProfile.class, "BandwidthPolicyProfile", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBandwidthPolicyProfile_AudioLimitKbps(), ecorePackage.getEInt(), "audioLimitKbps", "0", 0, 1, BandwidthPolicyProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBandwidthPolicyProfile_AudioSessionLimitKbps(), ecorePackage.getEInt(), "audioSessionLimitKbps", "0", 0, 1, BandwidthPolicyProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBandwidthPolicyProfile_VideoLimitKbps(), ecorePackage.getEInt(), "videoLimitKbps", "0", 0, 1, BandwidthPolicyProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBandwidthPolicyProfile_VideoSessionLimitKbps(), ecorePackage.getEInt(), "videoSessionLimitKbps", "0", 0, 1, BandwidthPolicyProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(regionLinkEClass, RegionLink.class, "RegionLink", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRegionLink_RegionA(), this.getNetworkRegion(), null, "regionA", null, 1, 1, RegionLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRegionLink_RegionB(), this.getNetworkRegion(), null, "regionB", null, 1, 1, RegionLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRegionLink_BandwidthPolicy(), this.getBandwidthPolicyProfile(), null, "bandwidthPolicy", null, 0, 1, RegionLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(regionRouteEClass, RegionRoute.class, "RegionRoute", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRegionRoute_RegionA(), this.getNetworkRegion(), null, "regionA", null, 1, 1, RegionRoute.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRegionRoute_RegionB(), this.getNetworkRegion(), null, "regionB", null, 1, 1, RegionRoute.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRegionRoute_Links(), this.getRegionLink(), null, "links", null, 0, -1, RegionRoute.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(emergencyLocationEClass, EmergencyLocation.class, "EmergencyLocation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEmergencyLocation_Location(), ecorePackage.getEString(), "location", null, 0, 1, EmergencyLocation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEmergencyLocation_Elin(), ecorePackage.getEString(), "elin", null, 0, 1, EmergencyLocation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(suppressionEClass, Suppression.class, "Suppression", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSuppression_RuleId(), ecorePackage.getEString(), "ruleId", null, 0, 1, Suppression.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSuppression_Element(), this.getElement(), null, "element", null, 1, 1, Suppression.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSuppression_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, Suppression.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(usageProfileEEnum, UsageProfile.class, "UsageProfile");
		addEEnumLiteral(usageProfileEEnum, UsageProfile.LIGHT);
		addEEnumLiteral(usageProfileEEnum, UsageProfile.MODERATE);
		addEEnumLiteral(usageProfileEEnum, UsageProfile.HEAVY);
		addEEnumLiteral(usageProfileEEnum, UsageProfile.CUSTOM);

		initEEnum(deploymentOptionEEnum, DeploymentOption.class, "DeploymentOption");
		addEEnumLiteral(deploymentOptionEEnum, DeploymentOption.VOIP_ONLY);
		addEEnumLiteral(deploymentOptionEEnum, DeploymentOption.EV_BEHIND_PBX);
		addEEnumLiteral(deploymentOptionEEnum, DeploymentOption.EV_IN_FRONT_OF_PBX);
		addEEnumLiteral(deploymentOptionEEnum, DeploymentOption.BRANCH);
		addEEnumLiteral(deploymentOptionEEnum, DeploymentOption.CENTRAL_TELEPHONY);

		initEEnum(mediaBypassModeEEnum, MediaBypassMode.class, "MediaBypassMode");
		addEEnumLiteral(mediaBypassModeEEnum, MediaBypassMode.OFF);
		addEEnumLiteral(mediaBypassModeEEnum, MediaBypassMode.ALWAYS_BYPASS);
		addEEnumLiteral(mediaBypassModeEEnum, MediaBypassMode.USE_SITE_AND_REGION);

		initEEnum(editionEEnum, Edition.class, "Edition");
		addEEnumLiteral(editionEEnum, Edition.ENTERPRISE);
		addEEnumLiteral(editionEEnum, Edition.STANDARD);

		initEEnum(mediationKindEEnum, MediationKind.class, "MediationKind");
		addEEnumLiteral(mediationKindEEnum, MediationKind.COLLOCATED_FE);
		addEEnumLiteral(mediationKindEEnum, MediationKind.COLLOCATED_SE);
		addEEnumLiteral(mediationKindEEnum, MediationKind.COLLOCATED_SBA);
		addEEnumLiteral(mediationKindEEnum, MediationKind.STANDALONE);

		initEEnum(survivableKindEEnum, SurvivableKind.class, "SurvivableKind");
		addEEnumLiteral(survivableKindEEnum, SurvivableKind.SBA);
		addEEnumLiteral(survivableKindEEnum, SurvivableKind.SBS);

		initEEnum(peerKindEEnum, PeerKind.class, "PeerKind");
		addEEnumLiteral(peerKindEEnum, PeerKind.PSTN_GATEWAY);
		addEEnumLiteral(peerKindEEnum, PeerKind.IP_PBX);
		addEEnumLiteral(peerKindEEnum, PeerKind.ITSP_SBC);
		addEEnumLiteral(peerKindEEnum, PeerKind.SBA_GATEWAY);

		initEEnum(ipVersionEEnum, IpVersion.class, "IpVersion");
		addEEnumLiteral(ipVersionEEnum, IpVersion.IPV4);
		addEEnumLiteral(ipVersionEEnum, IpVersion.IPV6);

		initEEnum(transportEEnum, Transport.class, "Transport");
		addEEnumLiteral(transportEEnum, Transport.TLS);
		addEEnumLiteral(transportEEnum, Transport.TCP);

		initEEnum(pbxKindEEnum, PbxKind.class, "PbxKind");
		addEEnumLiteral(pbxKindEEnum, PbxKind.TDM);
		addEEnumLiteral(pbxKindEEnum, PbxKind.IP);

		initEEnum(pbxPlacementEEnum, PbxPlacement.class, "PbxPlacement");
		addEEnumLiteral(pbxPlacementEEnum, PbxPlacement.EV_BEHIND_PBX);
		addEEnumLiteral(pbxPlacementEEnum, PbxPlacement.EV_IN_FRONT_OF_PBX);

		initEEnum(lineTypeEEnum, LineType.class, "LineType");
		addEEnumLiteral(lineTypeEEnum, LineType.T1);
		addEEnumLiteral(lineTypeEEnum, LineType.E1);
		addEEnumLiteral(lineTypeEEnum, LineType.ANALOG);

		initEEnum(sipTrunkConnectionEEnum, SipTrunkConnection.class, "SipTrunkConnection");
		addEEnumLiteral(sipTrunkConnectionEEnum, SipTrunkConnection.NOT_PLANNED);
		addEEnumLiteral(sipTrunkConnectionEEnum, SipTrunkConnection.MPLS);
		addEEnumLiteral(sipTrunkConnectionEEnum, SipTrunkConnection.PRIVATE_LINE);
		addEEnumLiteral(sipTrunkConnectionEEnum, SipTrunkConnection.INTERNET);

		initEEnum(voicePolicyScopeEEnum, VoicePolicyScope.class, "VoicePolicyScope");
		addEEnumLiteral(voicePolicyScopeEEnum, VoicePolicyScope.GLOBAL);
		addEEnumLiteral(voicePolicyScopeEEnum, VoicePolicyScope.SITE);
		addEEnumLiteral(voicePolicyScopeEEnum, VoicePolicyScope.USER);

		initEEnum(wanCodecEEnum, WanCodec.class, "WanCodec");
		addEEnumLiteral(wanCodecEEnum, WanCodec.G711);
		addEEnumLiteral(wanCodecEEnum, WanCodec.G711_FEC);

		// Create resource
		createResource(eNS_URI);
	}

} //TopologyPackageImpl
