/**
 */
package io.trunkline.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.trunkline.model.TopologyPackage
 * @generated
 */
public interface TopologyFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	TopologyFactory eINSTANCE = io.trunkline.model.impl.TopologyFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Topology</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Topology</em>'.
	 * @generated
	 */
	Topology createTopology();

	/**
	 * Returns a new object of class '<em>Central Site</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Central Site</em>'.
	 * @generated
	 */
	CentralSite createCentralSite();

	/**
	 * Returns a new object of class '<em>Branch Site</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Branch Site</em>'.
	 * @generated
	 */
	BranchSite createBranchSite();

	/**
	 * Returns a new object of class '<em>Front End Pool</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Front End Pool</em>'.
	 * @generated
	 */
	FrontEndPool createFrontEndPool();

	/**
	 * Returns a new object of class '<em>Director Pool</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Director Pool</em>'.
	 * @generated
	 */
	DirectorPool createDirectorPool();

	/**
	 * Returns a new object of class '<em>Edge Pool</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Edge Pool</em>'.
	 * @generated
	 */
	EdgePool createEdgePool();

	/**
	 * Returns a new object of class '<em>Mediation Pool</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Mediation Pool</em>'.
	 * @generated
	 */
	MediationPool createMediationPool();

	/**
	 * Returns a new object of class '<em>Survivable Branch</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Survivable Branch</em>'.
	 * @generated
	 */
	SurvivableBranch createSurvivableBranch();

	/**
	 * Returns a new object of class '<em>Trunk Peer</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Trunk Peer</em>'.
	 * @generated
	 */
	TrunkPeer createTrunkPeer();

	/**
	 * Returns a new object of class '<em>Trunk</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Trunk</em>'.
	 * @generated
	 */
	Trunk createTrunk();

	/**
	 * Returns a new object of class '<em>Pbx</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pbx</em>'.
	 * @generated
	 */
	Pbx createPbx();

	/**
	 * Returns a new object of class '<em>Pbx Link</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pbx Link</em>'.
	 * @generated
	 */
	PbxLink createPbxLink();

	/**
	 * Returns a new object of class '<em>Pstn Link</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pstn Link</em>'.
	 * @generated
	 */
	PstnLink createPstnLink();

	/**
	 * Returns a new object of class '<em>Wan Link</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Wan Link</em>'.
	 * @generated
	 */
	WanLink createWanLink();

	/**
	 * Returns a new object of class '<em>Voice Route</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Voice Route</em>'.
	 * @generated
	 */
	VoiceRoute createVoiceRoute();

	/**
	 * Returns a new object of class '<em>Pstn Usage</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pstn Usage</em>'.
	 * @generated
	 */
	PstnUsage createPstnUsage();

	/**
	 * Returns a new object of class '<em>Voice Policy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Voice Policy</em>'.
	 * @generated
	 */
	VoicePolicy createVoicePolicy();

	/**
	 * Returns a new object of class '<em>Network Region</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Network Region</em>'.
	 * @generated
	 */
	NetworkRegion createNetworkRegion();

	/**
	 * Returns a new object of class '<em>Network Site</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Network Site</em>'.
	 * @generated
	 */
	NetworkSite createNetworkSite();

	/**
	 * Returns a new object of class '<em>Subnet</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Subnet</em>'.
	 * @generated
	 */
	Subnet createSubnet();

	/**
	 * Returns a new object of class '<em>Bandwidth Policy Profile</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Bandwidth Policy Profile</em>'.
	 * @generated
	 */
	BandwidthPolicyProfile createBandwidthPolicyProfile();

	/**
	 * Returns a new object of class '<em>Region Link</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Region Link</em>'.
	 * @generated
	 */
	RegionLink createRegionLink();

	/**
	 * Returns a new object of class '<em>Region Route</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Region Route</em>'.
	 * @generated
	 */
	RegionRoute createRegionRoute();

	/**
	 * Returns a new object of class '<em>Emergency Location</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Emergency Location</em>'.
	 * @generated
	 */
	EmergencyLocation createEmergencyLocation();

	/**
	 * Returns a new object of class '<em>Suppression</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Suppression</em>'.
	 * @generated
	 */
	Suppression createSuppression();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	TopologyPackage getTopologyPackage();

} //TopologyFactory
