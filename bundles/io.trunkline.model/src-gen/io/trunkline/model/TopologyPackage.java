/**
 */
package io.trunkline.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Enterprise Voice topologies of Skype for Business Server: sites, pools, PSTN gateways, trunks and links, as described by the Trunkline domain specification (domain.md) and its sourced catalogue (domain-catalogue.md).
 * <!-- end-model-doc -->
 * @see io.trunkline.model.TopologyFactory
 * @model kind="package"
 * @generated
 */
public interface TopologyPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://trunkline.io/topology/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "topology";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	TopologyPackage eINSTANCE = io.trunkline.model.impl.TopologyPackageImpl.init();

	/**
	 * The meta object id for the '{@link io.trunkline.model.impl.ElementImpl <em>Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.trunkline.model.impl.ElementImpl
	 * @see io.trunkline.model.impl.TopologyPackageImpl#getElement()
	 * @generated
	 */
	int ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__NAME = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__DESCRIPTION = 2;

	/**
	 * The number of structural features of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.trunkline.model.impl.TopologyImpl <em>Topology</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.trunkline.model.impl.TopologyImpl
	 * @see io.trunkline.model.impl.TopologyPackageImpl#getTopology()
	 * @generated
	 */
	int TOPOLOGY = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Organisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__ORGANISATION = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sip Domains</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__SIP_DOMAINS = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Mean Holding Time Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__MEAN_HOLDING_TIME_SECONDS = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Grade Of Service</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__GRADE_OF_SERVICE = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Media Bypass Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__MEDIA_BYPASS_MODE = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Call Admission Control</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__CALL_ADMISSION_CONTROL = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Central Sites</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__CENTRAL_SITES = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Trunks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__TRUNKS = ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Wan Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__WAN_LINKS = ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Voice Routes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__VOICE_ROUTES = ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Pstn Usages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__PSTN_USAGES = ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Voice Policies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__VOICE_POLICIES = ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Network Regions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__NETWORK_REGIONS = ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Network Sites</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__NETWORK_SITES = ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Subnets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__SUBNETS = ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Bandwidth Policy Profiles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__BANDWIDTH_POLICY_PROFILES = ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Region Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__REGION_LINKS = ELEMENT_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Region Routes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__REGION_ROUTES = ELEMENT_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Suppressions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__SUPPRESSIONS = ELEMENT_FEATURE_COUNT + 18;

	/**
	 * The number of structural features of the '<em>Topology</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 19;

	/**
	 * The number of operations of the '<em>Topology</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.trunkline.model.impl.SiteImpl <em>Site</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.trunkline.model.impl.SiteImpl
	 * @see io.trunkline.model.impl.TopologyPackageImpl#getSite()
	 * @generated
	 */
	int SITE = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>City</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__CITY = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__STATE = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Country Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__COUNTRY_REGION = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Users</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__USERS = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Usage Profile</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__USAGE_PROFILE = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Custom Calls Per User Busy Hour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__CUSTOM_CALLS_PER_USER_BUSY_HOUR = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Needs Pstn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__NEEDS_PSTN = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Deployment Option</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__DEPLOYMENT_OPTION = ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Drawn Pstn Ports</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__DRAWN_PSTN_PORTS = ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Pstn Served By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__PSTN_SERVED_BY = ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Trunk Peers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__TRUNK_PEERS = ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Mediation Pools</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__MEDIATION_POOLS = ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Pbxs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__PBXS = ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Pbx Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__PBX_LINKS = ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Pstn Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__PSTN_LINKS = ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Emergency Locations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__EMERGENCY_LOCATIONS = ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The number of structural features of the '<em>Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 16;

	/**
	 * The number of operations of the '<em>Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.trunkline.model.impl.CentralSiteImpl <em>Central Site</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.trunkline.model.impl.CentralSiteImpl
	 * @see io.trunkline.model.impl.TopologyPackageImpl#getCentralSite()
	 * @generated
	 */
	int CENTRAL_SITE = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CENTRAL_SITE__ID = SITE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CENTRAL_SITE__NAME = SITE__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CENTRAL_SITE__DESCRIPTION = SITE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>City</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CENTRAL_SITE__CITY = SITE__CITY;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CENTRAL_SITE__STATE = SITE__STATE;

	/**
	 * The feature id for the '<em><b>Country Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CENTRAL_SITE__COUNTRY_REGION = SITE__COUNTRY_REGION;

	/**
	 * The feature id for the '<em><b>Users</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CENTRAL_SITE__USERS = SITE__USERS;

	/**
	 * The feature id for the '<em><b>Usage Profile</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CENTRAL_SITE__USAGE_PROFILE = SITE__USAGE_PROFILE;

	/**
	 * The feature id for the '<em><b>Custom Calls Per User Busy Hour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CENTRAL_SITE__CUSTOM_CALLS_PER_USER_BUSY_HOUR = SITE__CUSTOM_CALLS_PER_USER_BUSY_HOUR;

	/**
	 * The feature id for the '<em><b>Needs Pstn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CENTRAL_SITE__NEEDS_PSTN = SITE__NEEDS_PSTN;

	/**
	 * The feature id for the '<em><b>Deployment Option</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CENTRAL_SITE__DEPLOYMENT_OPTION = SITE__DEPLOYMENT_OPTION;

	/**
	 * The feature id for the '<em><b>Drawn Pstn Ports</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CENTRAL_SITE__DRAWN_PSTN_PORTS = SITE__DRAWN_PSTN_PORTS;

	/**
	 * The feature id for the '<em><b>Pstn Served By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CENTRAL_SITE__PSTN_SERVED_BY = SITE__PSTN_SERVED_BY;

	/**
	 * The feature id for the '<em><b>Trunk Peers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CENTRAL_SITE__TRUNK_PEERS = SITE__TRUNK_PEERS;

	/**
	 * The feature id for the '<em><b>Mediation Pools</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CENTRAL_SITE__MEDIATION_POOLS = SITE__MEDIATION_POOLS;

	/**
	 * The feature id for the '<em><b>Pbxs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CENTRAL_SITE__PBXS = SITE__PBXS;

	/**
	 * The feature id for the '<em><b>Pbx Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CENTRAL_SITE__PBX_LINKS = SITE__PBX_LINKS;

	/**
	 * The feature id for the '<em><b>Pstn Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CENTRAL_SITE__PSTN_LINKS = SITE__PSTN_LINKS;

	/**
	 * The feature id for the '<em><b>Emergency Locations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CENTRAL_SITE__EMERGENCY_LOCATIONS = SITE__EMERGENCY_LOCATIONS;

	/**
	 * The feature id for the '<em><b>Site Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CENTRAL_SITE__SITE_ID = SITE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Front End Pools</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CENTRAL_SITE__FRONT_END_POOLS = SITE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Director Pools</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CENTRAL_SITE__DIRECTOR_POOLS = SITE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Edge Pools</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CENTRAL_SITE__EDGE_POOLS = SITE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Branch Sites</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CENTRAL_SITE__BRANCH_SITES = SITE_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Central Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CENTRAL_SITE_FEATURE_COUNT = SITE_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Central Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CENTRAL_SITE_OPERATION_COUNT = SITE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.trunkline.model.impl.BranchSiteImpl <em>Branch Site</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.trunkline.model.impl.BranchSiteImpl
	 * @see io.trunkline.model.impl.TopologyPackageImpl#getBranchSite()
	 * @generated
	 */
	int BRANCH_SITE = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRANCH_SITE__ID = SITE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRANCH_SITE__NAME = SITE__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRANCH_SITE__DESCRIPTION = SITE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>City</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRANCH_SITE__CITY = SITE__CITY;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRANCH_SITE__STATE = SITE__STATE;

	/**
	 * The feature id for the '<em><b>Country Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRANCH_SITE__COUNTRY_REGION = SITE__COUNTRY_REGION;

	/**
	 * The feature id for the '<em><b>Users</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRANCH_SITE__USERS = SITE__USERS;

	/**
	 * The feature id for the '<em><b>Usage Profile</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRANCH_SITE__USAGE_PROFILE = SITE__USAGE_PROFILE;

	/**
	 * The feature id for the '<em><b>Custom Calls Per User Busy Hour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRANCH_SITE__CUSTOM_CALLS_PER_USER_BUSY_HOUR = SITE__CUSTOM_CALLS_PER_USER_BUSY_HOUR;

	/**
	 * The feature id for the '<em><b>Needs Pstn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRANCH_SITE__NEEDS_PSTN = SITE__NEEDS_PSTN;

	/**
	 * The feature id for the '<em><b>Deployment Option</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRANCH_SITE__DEPLOYMENT_OPTION = SITE__DEPLOYMENT_OPTION;

	/**
	 * The feature id for the '<em><b>Drawn Pstn Ports</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRANCH_SITE__DRAWN_PSTN_PORTS = SITE__DRAWN_PSTN_PORTS;

	/**
	 * The feature id for the '<em><b>Pstn Served By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRANCH_SITE__PSTN_SERVED_BY = SITE__PSTN_SERVED_BY;

	/**
	 * The feature id for the '<em><b>Trunk Peers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRANCH_SITE__TRUNK_PEERS = SITE__TRUNK_PEERS;

	/**
	 * The feature id for the '<em><b>Mediation Pools</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRANCH_SITE__MEDIATION_POOLS = SITE__MEDIATION_POOLS;

	/**
	 * The feature id for the '<em><b>Pbxs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRANCH_SITE__PBXS = SITE__PBXS;

	/**
	 * The feature id for the '<em><b>Pbx Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRANCH_SITE__PBX_LINKS = SITE__PBX_LINKS;

	/**
	 * The feature id for the '<em><b>Pstn Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRANCH_SITE__PSTN_LINKS = SITE__PSTN_LINKS;

	/**
	 * The feature id for the '<em><b>Emergency Locations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRANCH_SITE__EMERGENCY_LOCATIONS = SITE__EMERGENCY_LOCATIONS;

	/**
	 * The feature id for the '<em><b>Survivable Branches</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRANCH_SITE__SURVIVABLE_BRANCHES = SITE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Branch Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRANCH_SITE_FEATURE_COUNT = SITE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Branch Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRANCH_SITE_OPERATION_COUNT = SITE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.trunkline.model.impl.PoolImpl <em>Pool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.trunkline.model.impl.PoolImpl
	 * @see io.trunkline.model.impl.TopologyPackageImpl#getPool()
	 * @generated
	 */
	int POOL = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Fqdn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL__FQDN = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Servers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL__SERVERS = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Ip Addresses</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL__IP_ADDRESSES = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Pool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Pool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POOL_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.trunkline.model.impl.FrontEndPoolImpl <em>Front End Pool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.trunkline.model.impl.FrontEndPoolImpl
	 * @see io.trunkline.model.impl.TopologyPackageImpl#getFrontEndPool()
	 * @generated
	 */
	int FRONT_END_POOL = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRONT_END_POOL__ID = POOL__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRONT_END_POOL__NAME = POOL__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRONT_END_POOL__DESCRIPTION = POOL__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Fqdn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRONT_END_POOL__FQDN = POOL__FQDN;

	/**
	 * The feature id for the '<em><b>Servers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRONT_END_POOL__SERVERS = POOL__SERVERS;

	/**
	 * The feature id for the '<em><b>Ip Addresses</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRONT_END_POOL__IP_ADDRESSES = POOL__IP_ADDRESSES;

	/**
	 * The feature id for the '<em><b>Edition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRONT_END_POOL__EDITION = POOL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Collocated Mediation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRONT_END_POOL__COLLOCATED_MEDIATION = POOL_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Dns Load Balancing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRONT_END_POOL__DNS_LOAD_BALANCING = POOL_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Backup Registrar</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRONT_END_POOL__BACKUP_REGISTRAR = POOL_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Hardware Load Balancing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRONT_END_POOL__HARDWARE_LOAD_BALANCING = POOL_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Front End Pool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRONT_END_POOL_FEATURE_COUNT = POOL_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Front End Pool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRONT_END_POOL_OPERATION_COUNT = POOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.trunkline.model.impl.DirectorPoolImpl <em>Director Pool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.trunkline.model.impl.DirectorPoolImpl
	 * @see io.trunkline.model.impl.TopologyPackageImpl#getDirectorPool()
	 * @generated
	 */
	int DIRECTOR_POOL = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTOR_POOL__ID = POOL__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTOR_POOL__NAME = POOL__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTOR_POOL__DESCRIPTION = POOL__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Fqdn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTOR_POOL__FQDN = POOL__FQDN;

	/**
	 * The feature id for the '<em><b>Servers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTOR_POOL__SERVERS = POOL__SERVERS;

	/**
	 * The feature id for the '<em><b>Ip Addresses</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTOR_POOL__IP_ADDRESSES = POOL__IP_ADDRESSES;

	/**
	 * The number of structural features of the '<em>Director Pool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTOR_POOL_FEATURE_COUNT = POOL_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Director Pool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECTOR_POOL_OPERATION_COUNT = POOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.trunkline.model.impl.EdgePoolImpl <em>Edge Pool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.trunkline.model.impl.EdgePoolImpl
	 * @see io.trunkline.model.impl.TopologyPackageImpl#getEdgePool()
	 * @generated
	 */
	int EDGE_POOL = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_POOL__ID = POOL__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_POOL__NAME = POOL__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_POOL__DESCRIPTION = POOL__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Fqdn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_POOL__FQDN = POOL__FQDN;

	/**
	 * The feature id for the '<em><b>Servers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_POOL__SERVERS = POOL__SERVERS;

	/**
	 * The feature id for the '<em><b>Ip Addresses</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_POOL__IP_ADDRESSES = POOL__IP_ADDRESSES;

	/**
	 * The feature id for the '<em><b>Concurrent Remote Users</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_POOL__CONCURRENT_REMOTE_USERS = POOL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Dns Load Balancing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_POOL__DNS_LOAD_BALANCING = POOL_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Hardware Load Balancing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_POOL__HARDWARE_LOAD_BALANCING = POOL_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Edge Pool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_POOL_FEATURE_COUNT = POOL_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Edge Pool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_POOL_OPERATION_COUNT = POOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.trunkline.model.impl.MediationPoolImpl <em>Mediation Pool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.trunkline.model.impl.MediationPoolImpl
	 * @see io.trunkline.model.impl.TopologyPackageImpl#getMediationPool()
	 * @generated
	 */
	int MEDIATION_POOL = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIATION_POOL__ID = POOL__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIATION_POOL__NAME = POOL__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIATION_POOL__DESCRIPTION = POOL__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Fqdn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIATION_POOL__FQDN = POOL__FQDN;

	/**
	 * The feature id for the '<em><b>Servers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIATION_POOL__SERVERS = POOL__SERVERS;

	/**
	 * The feature id for the '<em><b>Ip Addresses</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIATION_POOL__IP_ADDRESSES = POOL__IP_ADDRESSES;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIATION_POOL__KIND = POOL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Collocated With</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIATION_POOL__COLLOCATED_WITH = POOL_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Next Hop</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIATION_POOL__NEXT_HOP = POOL_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Edge Pool</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIATION_POOL__EDGE_POOL = POOL_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Hyper Threading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIATION_POOL__HYPER_THREADING = POOL_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Tls Port First</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIATION_POOL__TLS_PORT_FIRST = POOL_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Tls Port Last</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIATION_POOL__TLS_PORT_LAST = POOL_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Tcp Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIATION_POOL__TCP_ENABLED = POOL_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Tcp Port First</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIATION_POOL__TCP_PORT_FIRST = POOL_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Tcp Port Last</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIATION_POOL__TCP_PORT_LAST = POOL_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Front End Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIATION_POOL__FRONT_END_PORT = POOL_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Dns Load Balancing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIATION_POOL__DNS_LOAD_BALANCING = POOL_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Trunks</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIATION_POOL__TRUNKS = POOL_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Mediation Pool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIATION_POOL_FEATURE_COUNT = POOL_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Mediation Pool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIATION_POOL_OPERATION_COUNT = POOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.trunkline.model.impl.SurvivableBranchImpl <em>Survivable Branch</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.trunkline.model.impl.SurvivableBranchImpl
	 * @see io.trunkline.model.impl.TopologyPackageImpl#getSurvivableBranch()
	 * @generated
	 */
	int SURVIVABLE_BRANCH = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVIVABLE_BRANCH__ID = POOL__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVIVABLE_BRANCH__NAME = POOL__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVIVABLE_BRANCH__DESCRIPTION = POOL__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Fqdn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVIVABLE_BRANCH__FQDN = POOL__FQDN;

	/**
	 * The feature id for the '<em><b>Servers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVIVABLE_BRANCH__SERVERS = POOL__SERVERS;

	/**
	 * The feature id for the '<em><b>Ip Addresses</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVIVABLE_BRANCH__IP_ADDRESSES = POOL__IP_ADDRESSES;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVIVABLE_BRANCH__KIND = POOL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Front End Pool</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVIVABLE_BRANCH__FRONT_END_POOL = POOL_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Gateway</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVIVABLE_BRANCH__GATEWAY = POOL_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Backup Registrar</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVIVABLE_BRANCH__BACKUP_REGISTRAR = POOL_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Failover Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVIVABLE_BRANCH__FAILOVER_SECONDS = POOL_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Fallback Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVIVABLE_BRANCH__FALLBACK_SECONDS = POOL_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Survivable Branch</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVIVABLE_BRANCH_FEATURE_COUNT = POOL_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Survivable Branch</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVIVABLE_BRANCH_OPERATION_COUNT = POOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.trunkline.model.impl.TrunkPeerImpl <em>Trunk Peer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.trunkline.model.impl.TrunkPeerImpl
	 * @see io.trunkline.model.impl.TopologyPackageImpl#getTrunkPeer()
	 * @generated
	 */
	int TRUNK_PEER = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK_PEER__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK_PEER__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK_PEER__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK_PEER__KIND = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK_PEER__ADDRESS = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Ip Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK_PEER__IP_VERSION = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Pstn Ports</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK_PEER__PSTN_PORTS = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Country Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK_PEER__COUNTRY_REGION = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Supports Tls</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK_PEER__SUPPORTS_TLS = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Supports Dns Load Balancing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK_PEER__SUPPORTS_DNS_LOAD_BALANCING = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Supports Media Bypass</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK_PEER__SUPPORTS_MEDIA_BYPASS = ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Eliminates Gateway Need</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK_PEER__ELIMINATES_GATEWAY_NEED = ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Certified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK_PEER__CERTIFIED = ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Root Trunk</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK_PEER__ROOT_TRUNK = ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Trunks</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK_PEER__TRUNKS = ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Default Gateway</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK_PEER__DEFAULT_GATEWAY = ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Routable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK_PEER__ROUTABLE = ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Media Ip Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK_PEER__MEDIA_IP_ADDRESS = ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The number of structural features of the '<em>Trunk Peer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK_PEER_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The number of operations of the '<em>Trunk Peer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK_PEER_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.trunkline.model.impl.TrunkImpl <em>Trunk</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.trunkline.model.impl.TrunkImpl
	 * @see io.trunkline.model.impl.TopologyPackageImpl#getTrunk()
	 * @generated
	 */
	int TRUNK = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Root</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK__ROOT = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Mediation Pool</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK__MEDIATION_POOL = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Peer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK__PEER = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Transport</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK__TRANSPORT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Peer Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK__PEER_PORT = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Mediation Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK__MEDIATION_PORT = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Media Bypass</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK__MEDIA_BYPASS = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Centralized Media Processing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK__CENTRALIZED_MEDIA_PROCESSING = ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Refer Support</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK__REFER_SUPPORT = ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Rtcp Active Calls</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK__RTCP_ACTIVE_CALLS = ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Rtcp Calls On Hold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK__RTCP_CALLS_ON_HOLD = ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Max Simultaneous Calls</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK__MAX_SIMULTANEOUS_CALLS = ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Access Bandwidth Kbps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK__ACCESS_BANDWIDTH_KBPS = ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Connection Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK__CONNECTION_TYPE = ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Vpn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK__VPN = ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The number of structural features of the '<em>Trunk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The number of operations of the '<em>Trunk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUNK_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.trunkline.model.impl.PbxImpl <em>Pbx</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.trunkline.model.impl.PbxImpl
	 * @see io.trunkline.model.impl.TopologyPackageImpl#getPbx()
	 * @generated
	 */
	int PBX = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PBX__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PBX__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PBX__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PBX__KIND = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Users Remaining</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PBX__USERS_REMAINING = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Placement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PBX__PLACEMENT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Pbx</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PBX_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Pbx</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PBX_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.trunkline.model.impl.PbxLinkImpl <em>Pbx Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.trunkline.model.impl.PbxLinkImpl
	 * @see io.trunkline.model.impl.TopologyPackageImpl#getPbxLink()
	 * @generated
	 */
	int PBX_LINK = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PBX_LINK__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PBX_LINK__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PBX_LINK__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Gateway</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PBX_LINK__GATEWAY = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Pbx</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PBX_LINK__PBX = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Line Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PBX_LINK__LINE_TYPE = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PBX_LINK__CHANNELS = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Pbx Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PBX_LINK_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Pbx Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PBX_LINK_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.trunkline.model.impl.PstnLinkImpl <em>Pstn Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.trunkline.model.impl.PstnLinkImpl
	 * @see io.trunkline.model.impl.TopologyPackageImpl#getPstnLink()
	 * @generated
	 */
	int PSTN_LINK = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PSTN_LINK__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PSTN_LINK__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PSTN_LINK__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Gateway</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PSTN_LINK__GATEWAY = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Carrier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PSTN_LINK__CARRIER = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Line Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PSTN_LINK__LINE_TYPE = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PSTN_LINK__CHANNELS = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Lines</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PSTN_LINK__LINES = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Pstn Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PSTN_LINK_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Pstn Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PSTN_LINK_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.trunkline.model.impl.WanLinkImpl <em>Wan Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.trunkline.model.impl.WanLinkImpl
	 * @see io.trunkline.model.impl.TopologyPackageImpl#getWanLink()
	 * @generated
	 */
	int WAN_LINK = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAN_LINK__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAN_LINK__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAN_LINK__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Site A</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAN_LINK__SITE_A = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Site B</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAN_LINK__SITE_B = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Resilient</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAN_LINK__RESILIENT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Bandwidth Constrained</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAN_LINK__BANDWIDTH_CONSTRAINED = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Audio Bandwidth Kbps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAN_LINK__AUDIO_BANDWIDTH_KBPS = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Codec</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAN_LINK__CODEC = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Wan Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAN_LINK_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Wan Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAN_LINK_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.trunkline.model.impl.VoiceRouteImpl <em>Voice Route</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.trunkline.model.impl.VoiceRouteImpl
	 * @see io.trunkline.model.impl.TopologyPackageImpl#getVoiceRoute()
	 * @generated
	 */
	int VOICE_ROUTE = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOICE_ROUTE__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOICE_ROUTE__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOICE_ROUTE__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Number Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOICE_ROUTE__NUMBER_PATTERN = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Pstn Usages</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOICE_ROUTE__PSTN_USAGES = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Trunks</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOICE_ROUTE__TRUNKS = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Failover For</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOICE_ROUTE__FAILOVER_FOR = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Voice Route</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOICE_ROUTE_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Voice Route</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOICE_ROUTE_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.trunkline.model.impl.PstnUsageImpl <em>Pstn Usage</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.trunkline.model.impl.PstnUsageImpl
	 * @see io.trunkline.model.impl.TopologyPackageImpl#getPstnUsage()
	 * @generated
	 */
	int PSTN_USAGE = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PSTN_USAGE__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PSTN_USAGE__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PSTN_USAGE__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The number of structural features of the '<em>Pstn Usage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PSTN_USAGE_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Pstn Usage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PSTN_USAGE_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.trunkline.model.impl.VoicePolicyImpl <em>Voice Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.trunkline.model.impl.VoicePolicyImpl
	 * @see io.trunkline.model.impl.TopologyPackageImpl#getVoicePolicy()
	 * @generated
	 */
	int VOICE_POLICY = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOICE_POLICY__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOICE_POLICY__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOICE_POLICY__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOICE_POLICY__SCOPE = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Site</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOICE_POLICY__SITE = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Granted To</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOICE_POLICY__GRANTED_TO = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Pstn Usages</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOICE_POLICY__PSTN_USAGES = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Voice Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOICE_POLICY_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Voice Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOICE_POLICY_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.trunkline.model.impl.NetworkRegionImpl <em>Network Region</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.trunkline.model.impl.NetworkRegionImpl
	 * @see io.trunkline.model.impl.TopologyPackageImpl#getNetworkRegion()
	 * @generated
	 */
	int NETWORK_REGION = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_REGION__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_REGION__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_REGION__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Central Site</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_REGION__CENTRAL_SITE = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Network Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_REGION_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Network Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_REGION_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.trunkline.model.impl.NetworkSiteImpl <em>Network Site</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.trunkline.model.impl.NetworkSiteImpl
	 * @see io.trunkline.model.impl.TopologyPackageImpl#getNetworkSite()
	 * @generated
	 */
	int NETWORK_SITE = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_SITE__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_SITE__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_SITE__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Region</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_SITE__REGION = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Site</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_SITE__SITE = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Bandwidth Policy</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_SITE__BANDWIDTH_POLICY = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Network Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_SITE_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Network Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_SITE_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.trunkline.model.impl.SubnetImpl <em>Subnet</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.trunkline.model.impl.SubnetImpl
	 * @see io.trunkline.model.impl.TopologyPackageImpl#getSubnet()
	 * @generated
	 */
	int SUBNET = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBNET__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBNET__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBNET__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBNET__ADDRESS = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Mask Bits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBNET__MASK_BITS = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Network Site</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBNET__NETWORK_SITE = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Subnet</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBNET_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Subnet</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBNET_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.trunkline.model.impl.BandwidthPolicyProfileImpl <em>Bandwidth Policy Profile</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.trunkline.model.impl.BandwidthPolicyProfileImpl
	 * @see io.trunkline.model.impl.TopologyPackageImpl#getBandwidthPolicyProfile()
	 * @generated
	 */
	int BANDWIDTH_POLICY_PROFILE = 23;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BANDWIDTH_POLICY_PROFILE__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BANDWIDTH_POLICY_PROFILE__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BANDWIDTH_POLICY_PROFILE__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Audio Limit Kbps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BANDWIDTH_POLICY_PROFILE__AUDIO_LIMIT_KBPS = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Audio Session Limit Kbps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BANDWIDTH_POLICY_PROFILE__AUDIO_SESSION_LIMIT_KBPS = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Video Limit Kbps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BANDWIDTH_POLICY_PROFILE__VIDEO_LIMIT_KBPS = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Video Session Limit Kbps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BANDWIDTH_POLICY_PROFILE__VIDEO_SESSION_LIMIT_KBPS = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Bandwidth Policy Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BANDWIDTH_POLICY_PROFILE_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Bandwidth Policy Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BANDWIDTH_POLICY_PROFILE_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.trunkline.model.impl.RegionLinkImpl <em>Region Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.trunkline.model.impl.RegionLinkImpl
	 * @see io.trunkline.model.impl.TopologyPackageImpl#getRegionLink()
	 * @generated
	 */
	int REGION_LINK = 24;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_LINK__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_LINK__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_LINK__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Region A</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_LINK__REGION_A = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Region B</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_LINK__REGION_B = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Bandwidth Policy</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_LINK__BANDWIDTH_POLICY = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Region Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_LINK_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Region Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_LINK_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.trunkline.model.impl.RegionRouteImpl <em>Region Route</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.trunkline.model.impl.RegionRouteImpl
	 * @see io.trunkline.model.impl.TopologyPackageImpl#getRegionRoute()
	 * @generated
	 */
	int REGION_ROUTE = 25;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_ROUTE__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_ROUTE__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_ROUTE__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Region A</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_ROUTE__REGION_A = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Region B</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_ROUTE__REGION_B = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Links</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_ROUTE__LINKS = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Region Route</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_ROUTE_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Region Route</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_ROUTE_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.trunkline.model.impl.EmergencyLocationImpl <em>Emergency Location</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.trunkline.model.impl.EmergencyLocationImpl
	 * @see io.trunkline.model.impl.TopologyPackageImpl#getEmergencyLocation()
	 * @generated
	 */
	int EMERGENCY_LOCATION = 26;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMERGENCY_LOCATION__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMERGENCY_LOCATION__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMERGENCY_LOCATION__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMERGENCY_LOCATION__LOCATION = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Elin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMERGENCY_LOCATION__ELIN = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Emergency Location</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMERGENCY_LOCATION_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Emergency Location</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMERGENCY_LOCATION_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.trunkline.model.impl.SuppressionImpl <em>Suppression</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.trunkline.model.impl.SuppressionImpl
	 * @see io.trunkline.model.impl.TopologyPackageImpl#getSuppression()
	 * @generated
	 */
	int SUPPRESSION = 27;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPRESSION__ID = ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPRESSION__NAME = ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPRESSION__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Rule Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPRESSION__RULE_ID = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPRESSION__ELEMENT = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPRESSION__REASON = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Suppression</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPRESSION_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Suppression</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPRESSION_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.trunkline.model.UsageProfile <em>Usage Profile</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.trunkline.model.UsageProfile
	 * @see io.trunkline.model.impl.TopologyPackageImpl#getUsageProfile()
	 * @generated
	 */
	int USAGE_PROFILE = 28;

	/**
	 * The meta object id for the '{@link io.trunkline.model.DeploymentOption <em>Deployment Option</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.trunkline.model.DeploymentOption
	 * @see io.trunkline.model.impl.TopologyPackageImpl#getDeploymentOption()
	 * @generated
	 */
	int DEPLOYMENT_OPTION = 29;

	/**
	 * The meta object id for the '{@link io.trunkline.model.MediaBypassMode <em>Media Bypass Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.trunkline.model.MediaBypassMode
	 * @see io.trunkline.model.impl.TopologyPackageImpl#getMediaBypassMode()
	 * @generated
	 */
	int MEDIA_BYPASS_MODE = 30;

	/**
	 * The meta object id for the '{@link io.trunkline.model.Edition <em>Edition</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.trunkline.model.Edition
	 * @see io.trunkline.model.impl.TopologyPackageImpl#getEdition()
	 * @generated
	 */
	int EDITION = 31;

	/**
	 * The meta object id for the '{@link io.trunkline.model.MediationKind <em>Mediation Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.trunkline.model.MediationKind
	 * @see io.trunkline.model.impl.TopologyPackageImpl#getMediationKind()
	 * @generated
	 */
	int MEDIATION_KIND = 32;

	/**
	 * The meta object id for the '{@link io.trunkline.model.SurvivableKind <em>Survivable Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.trunkline.model.SurvivableKind
	 * @see io.trunkline.model.impl.TopologyPackageImpl#getSurvivableKind()
	 * @generated
	 */
	int SURVIVABLE_KIND = 33;

	/**
	 * The meta object id for the '{@link io.trunkline.model.PeerKind <em>Peer Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.trunkline.model.PeerKind
	 * @see io.trunkline.model.impl.TopologyPackageImpl#getPeerKind()
	 * @generated
	 */
	int PEER_KIND = 34;

	/**
	 * The meta object id for the '{@link io.trunkline.model.IpVersion <em>Ip Version</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.trunkline.model.IpVersion
	 * @see io.trunkline.model.impl.TopologyPackageImpl#getIpVersion()
	 * @generated
	 */
	int IP_VERSION = 35;

	/**
	 * The meta object id for the '{@link io.trunkline.model.Transport <em>Transport</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.trunkline.model.Transport
	 * @see io.trunkline.model.impl.TopologyPackageImpl#getTransport()
	 * @generated
	 */
	int TRANSPORT = 36;

	/**
	 * The meta object id for the '{@link io.trunkline.model.PbxKind <em>Pbx Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.trunkline.model.PbxKind
	 * @see io.trunkline.model.impl.TopologyPackageImpl#getPbxKind()
	 * @generated
	 */
	int PBX_KIND = 37;

	/**
	 * The meta object id for the '{@link io.trunkline.model.PbxPlacement <em>Pbx Placement</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.trunkline.model.PbxPlacement
	 * @see io.trunkline.model.impl.TopologyPackageImpl#getPbxPlacement()
	 * @generated
	 */
	int PBX_PLACEMENT = 38;

	/**
	 * The meta object id for the '{@link io.trunkline.model.LineType <em>Line Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.trunkline.model.LineType
	 * @see io.trunkline.model.impl.TopologyPackageImpl#getLineType()
	 * @generated
	 */
	int LINE_TYPE = 39;

	/**
	 * The meta object id for the '{@link io.trunkline.model.SipTrunkConnection <em>Sip Trunk Connection</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.trunkline.model.SipTrunkConnection
	 * @see io.trunkline.model.impl.TopologyPackageImpl#getSipTrunkConnection()
	 * @generated
	 */
	int SIP_TRUNK_CONNECTION = 40;

	/**
	 * The meta object id for the '{@link io.trunkline.model.VoicePolicyScope <em>Voice Policy Scope</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.trunkline.model.VoicePolicyScope
	 * @see io.trunkline.model.impl.TopologyPackageImpl#getVoicePolicyScope()
	 * @generated
	 */
	int VOICE_POLICY_SCOPE = 41;

	/**
	 * The meta object id for the '{@link io.trunkline.model.WanCodec <em>Wan Codec</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.trunkline.model.WanCodec
	 * @see io.trunkline.model.impl.TopologyPackageImpl#getWanCodec()
	 * @generated
	 */
	int WAN_CODEC = 42;


	/**
	 * Returns the meta object for class '{@link io.trunkline.model.Element <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Element</em>'.
	 * @see io.trunkline.model.Element
	 * @generated
	 */
	EClass getElement();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.Element#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.trunkline.model.Element#getId()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.Element#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.trunkline.model.Element#getName()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.Element#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.trunkline.model.Element#getDescription()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_Description();

	/**
	 * Returns the meta object for class '{@link io.trunkline.model.Topology <em>Topology</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Topology</em>'.
	 * @see io.trunkline.model.Topology
	 * @generated
	 */
	EClass getTopology();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.Topology#getOrganisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Organisation</em>'.
	 * @see io.trunkline.model.Topology#getOrganisation()
	 * @see #getTopology()
	 * @generated
	 */
	EAttribute getTopology_Organisation();

	/**
	 * Returns the meta object for the attribute list '{@link io.trunkline.model.Topology#getSipDomains <em>Sip Domains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Sip Domains</em>'.
	 * @see io.trunkline.model.Topology#getSipDomains()
	 * @see #getTopology()
	 * @generated
	 */
	EAttribute getTopology_SipDomains();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.Topology#getMeanHoldingTimeSeconds <em>Mean Holding Time Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mean Holding Time Seconds</em>'.
	 * @see io.trunkline.model.Topology#getMeanHoldingTimeSeconds()
	 * @see #getTopology()
	 * @generated
	 */
	EAttribute getTopology_MeanHoldingTimeSeconds();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.Topology#getGradeOfService <em>Grade Of Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Grade Of Service</em>'.
	 * @see io.trunkline.model.Topology#getGradeOfService()
	 * @see #getTopology()
	 * @generated
	 */
	EAttribute getTopology_GradeOfService();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.Topology#getMediaBypassMode <em>Media Bypass Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Media Bypass Mode</em>'.
	 * @see io.trunkline.model.Topology#getMediaBypassMode()
	 * @see #getTopology()
	 * @generated
	 */
	EAttribute getTopology_MediaBypassMode();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.Topology#isCallAdmissionControl <em>Call Admission Control</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Call Admission Control</em>'.
	 * @see io.trunkline.model.Topology#isCallAdmissionControl()
	 * @see #getTopology()
	 * @generated
	 */
	EAttribute getTopology_CallAdmissionControl();

	/**
	 * Returns the meta object for the containment reference list '{@link io.trunkline.model.Topology#getCentralSites <em>Central Sites</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Central Sites</em>'.
	 * @see io.trunkline.model.Topology#getCentralSites()
	 * @see #getTopology()
	 * @generated
	 */
	EReference getTopology_CentralSites();

	/**
	 * Returns the meta object for the containment reference list '{@link io.trunkline.model.Topology#getTrunks <em>Trunks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Trunks</em>'.
	 * @see io.trunkline.model.Topology#getTrunks()
	 * @see #getTopology()
	 * @generated
	 */
	EReference getTopology_Trunks();

	/**
	 * Returns the meta object for the containment reference list '{@link io.trunkline.model.Topology#getWanLinks <em>Wan Links</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Wan Links</em>'.
	 * @see io.trunkline.model.Topology#getWanLinks()
	 * @see #getTopology()
	 * @generated
	 */
	EReference getTopology_WanLinks();

	/**
	 * Returns the meta object for the containment reference list '{@link io.trunkline.model.Topology#getVoiceRoutes <em>Voice Routes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Voice Routes</em>'.
	 * @see io.trunkline.model.Topology#getVoiceRoutes()
	 * @see #getTopology()
	 * @generated
	 */
	EReference getTopology_VoiceRoutes();

	/**
	 * Returns the meta object for the containment reference list '{@link io.trunkline.model.Topology#getPstnUsages <em>Pstn Usages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Pstn Usages</em>'.
	 * @see io.trunkline.model.Topology#getPstnUsages()
	 * @see #getTopology()
	 * @generated
	 */
	EReference getTopology_PstnUsages();

	/**
	 * Returns the meta object for the containment reference list '{@link io.trunkline.model.Topology#getVoicePolicies <em>Voice Policies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Voice Policies</em>'.
	 * @see io.trunkline.model.Topology#getVoicePolicies()
	 * @see #getTopology()
	 * @generated
	 */
	EReference getTopology_VoicePolicies();

	/**
	 * Returns the meta object for the containment reference list '{@link io.trunkline.model.Topology#getNetworkRegions <em>Network Regions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Network Regions</em>'.
	 * @see io.trunkline.model.Topology#getNetworkRegions()
	 * @see #getTopology()
	 * @generated
	 */
	EReference getTopology_NetworkRegions();

	/**
	 * Returns the meta object for the containment reference list '{@link io.trunkline.model.Topology#getNetworkSites <em>Network Sites</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Network Sites</em>'.
	 * @see io.trunkline.model.Topology#getNetworkSites()
	 * @see #getTopology()
	 * @generated
	 */
	EReference getTopology_NetworkSites();

	/**
	 * Returns the meta object for the containment reference list '{@link io.trunkline.model.Topology#getSubnets <em>Subnets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Subnets</em>'.
	 * @see io.trunkline.model.Topology#getSubnets()
	 * @see #getTopology()
	 * @generated
	 */
	EReference getTopology_Subnets();

	/**
	 * Returns the meta object for the containment reference list '{@link io.trunkline.model.Topology#getBandwidthPolicyProfiles <em>Bandwidth Policy Profiles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Bandwidth Policy Profiles</em>'.
	 * @see io.trunkline.model.Topology#getBandwidthPolicyProfiles()
	 * @see #getTopology()
	 * @generated
	 */
	EReference getTopology_BandwidthPolicyProfiles();

	/**
	 * Returns the meta object for the containment reference list '{@link io.trunkline.model.Topology#getRegionLinks <em>Region Links</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Region Links</em>'.
	 * @see io.trunkline.model.Topology#getRegionLinks()
	 * @see #getTopology()
	 * @generated
	 */
	EReference getTopology_RegionLinks();

	/**
	 * Returns the meta object for the containment reference list '{@link io.trunkline.model.Topology#getRegionRoutes <em>Region Routes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Region Routes</em>'.
	 * @see io.trunkline.model.Topology#getRegionRoutes()
	 * @see #getTopology()
	 * @generated
	 */
	EReference getTopology_RegionRoutes();

	/**
	 * Returns the meta object for the containment reference list '{@link io.trunkline.model.Topology#getSuppressions <em>Suppressions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Suppressions</em>'.
	 * @see io.trunkline.model.Topology#getSuppressions()
	 * @see #getTopology()
	 * @generated
	 */
	EReference getTopology_Suppressions();

	/**
	 * Returns the meta object for class '{@link io.trunkline.model.Site <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Site</em>'.
	 * @see io.trunkline.model.Site
	 * @generated
	 */
	EClass getSite();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.Site#getCity <em>City</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>City</em>'.
	 * @see io.trunkline.model.Site#getCity()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_City();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.Site#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see io.trunkline.model.Site#getState()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_State();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.Site#getCountryRegion <em>Country Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country Region</em>'.
	 * @see io.trunkline.model.Site#getCountryRegion()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_CountryRegion();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.Site#getUsers <em>Users</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Users</em>'.
	 * @see io.trunkline.model.Site#getUsers()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Users();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.Site#getUsageProfile <em>Usage Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Usage Profile</em>'.
	 * @see io.trunkline.model.Site#getUsageProfile()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_UsageProfile();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.Site#getCustomCallsPerUserBusyHour <em>Custom Calls Per User Busy Hour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Custom Calls Per User Busy Hour</em>'.
	 * @see io.trunkline.model.Site#getCustomCallsPerUserBusyHour()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_CustomCallsPerUserBusyHour();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.Site#isNeedsPstn <em>Needs Pstn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Needs Pstn</em>'.
	 * @see io.trunkline.model.Site#isNeedsPstn()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_NeedsPstn();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.Site#getDeploymentOption <em>Deployment Option</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deployment Option</em>'.
	 * @see io.trunkline.model.Site#getDeploymentOption()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_DeploymentOption();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.Site#getDrawnPstnPorts <em>Drawn Pstn Ports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Drawn Pstn Ports</em>'.
	 * @see io.trunkline.model.Site#getDrawnPstnPorts()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_DrawnPstnPorts();

	/**
	 * Returns the meta object for the reference '{@link io.trunkline.model.Site#getPstnServedBy <em>Pstn Served By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Pstn Served By</em>'.
	 * @see io.trunkline.model.Site#getPstnServedBy()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_PstnServedBy();

	/**
	 * Returns the meta object for the containment reference list '{@link io.trunkline.model.Site#getTrunkPeers <em>Trunk Peers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Trunk Peers</em>'.
	 * @see io.trunkline.model.Site#getTrunkPeers()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_TrunkPeers();

	/**
	 * Returns the meta object for the containment reference list '{@link io.trunkline.model.Site#getMediationPools <em>Mediation Pools</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Mediation Pools</em>'.
	 * @see io.trunkline.model.Site#getMediationPools()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_MediationPools();

	/**
	 * Returns the meta object for the containment reference list '{@link io.trunkline.model.Site#getPbxs <em>Pbxs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Pbxs</em>'.
	 * @see io.trunkline.model.Site#getPbxs()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_Pbxs();

	/**
	 * Returns the meta object for the containment reference list '{@link io.trunkline.model.Site#getPbxLinks <em>Pbx Links</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Pbx Links</em>'.
	 * @see io.trunkline.model.Site#getPbxLinks()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_PbxLinks();

	/**
	 * Returns the meta object for the containment reference list '{@link io.trunkline.model.Site#getPstnLinks <em>Pstn Links</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Pstn Links</em>'.
	 * @see io.trunkline.model.Site#getPstnLinks()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_PstnLinks();

	/**
	 * Returns the meta object for the containment reference list '{@link io.trunkline.model.Site#getEmergencyLocations <em>Emergency Locations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Emergency Locations</em>'.
	 * @see io.trunkline.model.Site#getEmergencyLocations()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_EmergencyLocations();

	/**
	 * Returns the meta object for class '{@link io.trunkline.model.CentralSite <em>Central Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Central Site</em>'.
	 * @see io.trunkline.model.CentralSite
	 * @generated
	 */
	EClass getCentralSite();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.CentralSite#getSiteId <em>Site Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Site Id</em>'.
	 * @see io.trunkline.model.CentralSite#getSiteId()
	 * @see #getCentralSite()
	 * @generated
	 */
	EAttribute getCentralSite_SiteId();

	/**
	 * Returns the meta object for the containment reference list '{@link io.trunkline.model.CentralSite#getFrontEndPools <em>Front End Pools</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Front End Pools</em>'.
	 * @see io.trunkline.model.CentralSite#getFrontEndPools()
	 * @see #getCentralSite()
	 * @generated
	 */
	EReference getCentralSite_FrontEndPools();

	/**
	 * Returns the meta object for the containment reference list '{@link io.trunkline.model.CentralSite#getDirectorPools <em>Director Pools</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Director Pools</em>'.
	 * @see io.trunkline.model.CentralSite#getDirectorPools()
	 * @see #getCentralSite()
	 * @generated
	 */
	EReference getCentralSite_DirectorPools();

	/**
	 * Returns the meta object for the containment reference list '{@link io.trunkline.model.CentralSite#getEdgePools <em>Edge Pools</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Edge Pools</em>'.
	 * @see io.trunkline.model.CentralSite#getEdgePools()
	 * @see #getCentralSite()
	 * @generated
	 */
	EReference getCentralSite_EdgePools();

	/**
	 * Returns the meta object for the containment reference list '{@link io.trunkline.model.CentralSite#getBranchSites <em>Branch Sites</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Branch Sites</em>'.
	 * @see io.trunkline.model.CentralSite#getBranchSites()
	 * @see #getCentralSite()
	 * @generated
	 */
	EReference getCentralSite_BranchSites();

	/**
	 * Returns the meta object for class '{@link io.trunkline.model.BranchSite <em>Branch Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Branch Site</em>'.
	 * @see io.trunkline.model.BranchSite
	 * @generated
	 */
	EClass getBranchSite();

	/**
	 * Returns the meta object for the containment reference list '{@link io.trunkline.model.BranchSite#getSurvivableBranches <em>Survivable Branches</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Survivable Branches</em>'.
	 * @see io.trunkline.model.BranchSite#getSurvivableBranches()
	 * @see #getBranchSite()
	 * @generated
	 */
	EReference getBranchSite_SurvivableBranches();

	/**
	 * Returns the meta object for class '{@link io.trunkline.model.Pool <em>Pool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pool</em>'.
	 * @see io.trunkline.model.Pool
	 * @generated
	 */
	EClass getPool();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.Pool#getFqdn <em>Fqdn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fqdn</em>'.
	 * @see io.trunkline.model.Pool#getFqdn()
	 * @see #getPool()
	 * @generated
	 */
	EAttribute getPool_Fqdn();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.Pool#getServers <em>Servers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Servers</em>'.
	 * @see io.trunkline.model.Pool#getServers()
	 * @see #getPool()
	 * @generated
	 */
	EAttribute getPool_Servers();

	/**
	 * Returns the meta object for the attribute list '{@link io.trunkline.model.Pool#getIpAddresses <em>Ip Addresses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Ip Addresses</em>'.
	 * @see io.trunkline.model.Pool#getIpAddresses()
	 * @see #getPool()
	 * @generated
	 */
	EAttribute getPool_IpAddresses();

	/**
	 * Returns the meta object for class '{@link io.trunkline.model.FrontEndPool <em>Front End Pool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Front End Pool</em>'.
	 * @see io.trunkline.model.FrontEndPool
	 * @generated
	 */
	EClass getFrontEndPool();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.FrontEndPool#getEdition <em>Edition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Edition</em>'.
	 * @see io.trunkline.model.FrontEndPool#getEdition()
	 * @see #getFrontEndPool()
	 * @generated
	 */
	EAttribute getFrontEndPool_Edition();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.FrontEndPool#isCollocatedMediation <em>Collocated Mediation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Collocated Mediation</em>'.
	 * @see io.trunkline.model.FrontEndPool#isCollocatedMediation()
	 * @see #getFrontEndPool()
	 * @generated
	 */
	EAttribute getFrontEndPool_CollocatedMediation();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.FrontEndPool#isDnsLoadBalancing <em>Dns Load Balancing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dns Load Balancing</em>'.
	 * @see io.trunkline.model.FrontEndPool#isDnsLoadBalancing()
	 * @see #getFrontEndPool()
	 * @generated
	 */
	EAttribute getFrontEndPool_DnsLoadBalancing();

	/**
	 * Returns the meta object for the reference '{@link io.trunkline.model.FrontEndPool#getBackupRegistrar <em>Backup Registrar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Backup Registrar</em>'.
	 * @see io.trunkline.model.FrontEndPool#getBackupRegistrar()
	 * @see #getFrontEndPool()
	 * @generated
	 */
	EReference getFrontEndPool_BackupRegistrar();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.FrontEndPool#isHardwareLoadBalancing <em>Hardware Load Balancing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hardware Load Balancing</em>'.
	 * @see io.trunkline.model.FrontEndPool#isHardwareLoadBalancing()
	 * @see #getFrontEndPool()
	 * @generated
	 */
	EAttribute getFrontEndPool_HardwareLoadBalancing();

	/**
	 * Returns the meta object for class '{@link io.trunkline.model.DirectorPool <em>Director Pool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Director Pool</em>'.
	 * @see io.trunkline.model.DirectorPool
	 * @generated
	 */
	EClass getDirectorPool();

	/**
	 * Returns the meta object for class '{@link io.trunkline.model.EdgePool <em>Edge Pool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Edge Pool</em>'.
	 * @see io.trunkline.model.EdgePool
	 * @generated
	 */
	EClass getEdgePool();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.EdgePool#getConcurrentRemoteUsers <em>Concurrent Remote Users</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Concurrent Remote Users</em>'.
	 * @see io.trunkline.model.EdgePool#getConcurrentRemoteUsers()
	 * @see #getEdgePool()
	 * @generated
	 */
	EAttribute getEdgePool_ConcurrentRemoteUsers();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.EdgePool#isDnsLoadBalancing <em>Dns Load Balancing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dns Load Balancing</em>'.
	 * @see io.trunkline.model.EdgePool#isDnsLoadBalancing()
	 * @see #getEdgePool()
	 * @generated
	 */
	EAttribute getEdgePool_DnsLoadBalancing();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.EdgePool#isHardwareLoadBalancing <em>Hardware Load Balancing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hardware Load Balancing</em>'.
	 * @see io.trunkline.model.EdgePool#isHardwareLoadBalancing()
	 * @see #getEdgePool()
	 * @generated
	 */
	EAttribute getEdgePool_HardwareLoadBalancing();

	/**
	 * Returns the meta object for class '{@link io.trunkline.model.MediationPool <em>Mediation Pool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mediation Pool</em>'.
	 * @see io.trunkline.model.MediationPool
	 * @generated
	 */
	EClass getMediationPool();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.MediationPool#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.trunkline.model.MediationPool#getKind()
	 * @see #getMediationPool()
	 * @generated
	 */
	EAttribute getMediationPool_Kind();

	/**
	 * Returns the meta object for the reference '{@link io.trunkline.model.MediationPool#getCollocatedWith <em>Collocated With</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Collocated With</em>'.
	 * @see io.trunkline.model.MediationPool#getCollocatedWith()
	 * @see #getMediationPool()
	 * @generated
	 */
	EReference getMediationPool_CollocatedWith();

	/**
	 * Returns the meta object for the reference '{@link io.trunkline.model.MediationPool#getNextHop <em>Next Hop</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Next Hop</em>'.
	 * @see io.trunkline.model.MediationPool#getNextHop()
	 * @see #getMediationPool()
	 * @generated
	 */
	EReference getMediationPool_NextHop();

	/**
	 * Returns the meta object for the reference '{@link io.trunkline.model.MediationPool#getEdgePool <em>Edge Pool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Edge Pool</em>'.
	 * @see io.trunkline.model.MediationPool#getEdgePool()
	 * @see #getMediationPool()
	 * @generated
	 */
	EReference getMediationPool_EdgePool();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.MediationPool#isHyperThreading <em>Hyper Threading</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hyper Threading</em>'.
	 * @see io.trunkline.model.MediationPool#isHyperThreading()
	 * @see #getMediationPool()
	 * @generated
	 */
	EAttribute getMediationPool_HyperThreading();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.MediationPool#getTlsPortFirst <em>Tls Port First</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tls Port First</em>'.
	 * @see io.trunkline.model.MediationPool#getTlsPortFirst()
	 * @see #getMediationPool()
	 * @generated
	 */
	EAttribute getMediationPool_TlsPortFirst();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.MediationPool#getTlsPortLast <em>Tls Port Last</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tls Port Last</em>'.
	 * @see io.trunkline.model.MediationPool#getTlsPortLast()
	 * @see #getMediationPool()
	 * @generated
	 */
	EAttribute getMediationPool_TlsPortLast();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.MediationPool#isTcpEnabled <em>Tcp Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tcp Enabled</em>'.
	 * @see io.trunkline.model.MediationPool#isTcpEnabled()
	 * @see #getMediationPool()
	 * @generated
	 */
	EAttribute getMediationPool_TcpEnabled();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.MediationPool#getTcpPortFirst <em>Tcp Port First</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tcp Port First</em>'.
	 * @see io.trunkline.model.MediationPool#getTcpPortFirst()
	 * @see #getMediationPool()
	 * @generated
	 */
	EAttribute getMediationPool_TcpPortFirst();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.MediationPool#getTcpPortLast <em>Tcp Port Last</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tcp Port Last</em>'.
	 * @see io.trunkline.model.MediationPool#getTcpPortLast()
	 * @see #getMediationPool()
	 * @generated
	 */
	EAttribute getMediationPool_TcpPortLast();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.MediationPool#getFrontEndPort <em>Front End Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Front End Port</em>'.
	 * @see io.trunkline.model.MediationPool#getFrontEndPort()
	 * @see #getMediationPool()
	 * @generated
	 */
	EAttribute getMediationPool_FrontEndPort();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.MediationPool#isDnsLoadBalancing <em>Dns Load Balancing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dns Load Balancing</em>'.
	 * @see io.trunkline.model.MediationPool#isDnsLoadBalancing()
	 * @see #getMediationPool()
	 * @generated
	 */
	EAttribute getMediationPool_DnsLoadBalancing();

	/**
	 * Returns the meta object for the reference list '{@link io.trunkline.model.MediationPool#getTrunks <em>Trunks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Trunks</em>'.
	 * @see io.trunkline.model.MediationPool#getTrunks()
	 * @see #getMediationPool()
	 * @generated
	 */
	EReference getMediationPool_Trunks();

	/**
	 * Returns the meta object for class '{@link io.trunkline.model.SurvivableBranch <em>Survivable Branch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Survivable Branch</em>'.
	 * @see io.trunkline.model.SurvivableBranch
	 * @generated
	 */
	EClass getSurvivableBranch();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.SurvivableBranch#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.trunkline.model.SurvivableBranch#getKind()
	 * @see #getSurvivableBranch()
	 * @generated
	 */
	EAttribute getSurvivableBranch_Kind();

	/**
	 * Returns the meta object for the reference '{@link io.trunkline.model.SurvivableBranch#getFrontEndPool <em>Front End Pool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Front End Pool</em>'.
	 * @see io.trunkline.model.SurvivableBranch#getFrontEndPool()
	 * @see #getSurvivableBranch()
	 * @generated
	 */
	EReference getSurvivableBranch_FrontEndPool();

	/**
	 * Returns the meta object for the reference '{@link io.trunkline.model.SurvivableBranch#getGateway <em>Gateway</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Gateway</em>'.
	 * @see io.trunkline.model.SurvivableBranch#getGateway()
	 * @see #getSurvivableBranch()
	 * @generated
	 */
	EReference getSurvivableBranch_Gateway();

	/**
	 * Returns the meta object for the reference '{@link io.trunkline.model.SurvivableBranch#getBackupRegistrar <em>Backup Registrar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Backup Registrar</em>'.
	 * @see io.trunkline.model.SurvivableBranch#getBackupRegistrar()
	 * @see #getSurvivableBranch()
	 * @generated
	 */
	EReference getSurvivableBranch_BackupRegistrar();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.SurvivableBranch#getFailoverSeconds <em>Failover Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Failover Seconds</em>'.
	 * @see io.trunkline.model.SurvivableBranch#getFailoverSeconds()
	 * @see #getSurvivableBranch()
	 * @generated
	 */
	EAttribute getSurvivableBranch_FailoverSeconds();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.SurvivableBranch#getFallbackSeconds <em>Fallback Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fallback Seconds</em>'.
	 * @see io.trunkline.model.SurvivableBranch#getFallbackSeconds()
	 * @see #getSurvivableBranch()
	 * @generated
	 */
	EAttribute getSurvivableBranch_FallbackSeconds();

	/**
	 * Returns the meta object for class '{@link io.trunkline.model.TrunkPeer <em>Trunk Peer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Trunk Peer</em>'.
	 * @see io.trunkline.model.TrunkPeer
	 * @generated
	 */
	EClass getTrunkPeer();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.TrunkPeer#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.trunkline.model.TrunkPeer#getKind()
	 * @see #getTrunkPeer()
	 * @generated
	 */
	EAttribute getTrunkPeer_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.TrunkPeer#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see io.trunkline.model.TrunkPeer#getAddress()
	 * @see #getTrunkPeer()
	 * @generated
	 */
	EAttribute getTrunkPeer_Address();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.TrunkPeer#getIpVersion <em>Ip Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ip Version</em>'.
	 * @see io.trunkline.model.TrunkPeer#getIpVersion()
	 * @see #getTrunkPeer()
	 * @generated
	 */
	EAttribute getTrunkPeer_IpVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.TrunkPeer#getPstnPorts <em>Pstn Ports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pstn Ports</em>'.
	 * @see io.trunkline.model.TrunkPeer#getPstnPorts()
	 * @see #getTrunkPeer()
	 * @generated
	 */
	EAttribute getTrunkPeer_PstnPorts();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.TrunkPeer#getCountryRegion <em>Country Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country Region</em>'.
	 * @see io.trunkline.model.TrunkPeer#getCountryRegion()
	 * @see #getTrunkPeer()
	 * @generated
	 */
	EAttribute getTrunkPeer_CountryRegion();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.TrunkPeer#isSupportsTls <em>Supports Tls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Supports Tls</em>'.
	 * @see io.trunkline.model.TrunkPeer#isSupportsTls()
	 * @see #getTrunkPeer()
	 * @generated
	 */
	EAttribute getTrunkPeer_SupportsTls();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.TrunkPeer#isSupportsDnsLoadBalancing <em>Supports Dns Load Balancing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Supports Dns Load Balancing</em>'.
	 * @see io.trunkline.model.TrunkPeer#isSupportsDnsLoadBalancing()
	 * @see #getTrunkPeer()
	 * @generated
	 */
	EAttribute getTrunkPeer_SupportsDnsLoadBalancing();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.TrunkPeer#isSupportsMediaBypass <em>Supports Media Bypass</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Supports Media Bypass</em>'.
	 * @see io.trunkline.model.TrunkPeer#isSupportsMediaBypass()
	 * @see #getTrunkPeer()
	 * @generated
	 */
	EAttribute getTrunkPeer_SupportsMediaBypass();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.TrunkPeer#isEliminatesGatewayNeed <em>Eliminates Gateway Need</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Eliminates Gateway Need</em>'.
	 * @see io.trunkline.model.TrunkPeer#isEliminatesGatewayNeed()
	 * @see #getTrunkPeer()
	 * @generated
	 */
	EAttribute getTrunkPeer_EliminatesGatewayNeed();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.TrunkPeer#isCertified <em>Certified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Certified</em>'.
	 * @see io.trunkline.model.TrunkPeer#isCertified()
	 * @see #getTrunkPeer()
	 * @generated
	 */
	EAttribute getTrunkPeer_Certified();

	/**
	 * Returns the meta object for the reference '{@link io.trunkline.model.TrunkPeer#getRootTrunk <em>Root Trunk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Root Trunk</em>'.
	 * @see io.trunkline.model.TrunkPeer#getRootTrunk()
	 * @see #getTrunkPeer()
	 * @generated
	 */
	EReference getTrunkPeer_RootTrunk();

	/**
	 * Returns the meta object for the reference list '{@link io.trunkline.model.TrunkPeer#getTrunks <em>Trunks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Trunks</em>'.
	 * @see io.trunkline.model.TrunkPeer#getTrunks()
	 * @see #getTrunkPeer()
	 * @generated
	 */
	EReference getTrunkPeer_Trunks();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.TrunkPeer#isDefaultGateway <em>Default Gateway</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Default Gateway</em>'.
	 * @see io.trunkline.model.TrunkPeer#isDefaultGateway()
	 * @see #getTrunkPeer()
	 * @generated
	 */
	EAttribute getTrunkPeer_DefaultGateway();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.TrunkPeer#isRoutable <em>Routable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Routable</em>'.
	 * @see io.trunkline.model.TrunkPeer#isRoutable()
	 * @see #getTrunkPeer()
	 * @generated
	 */
	EAttribute getTrunkPeer_Routable();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.TrunkPeer#getMediaIpAddress <em>Media Ip Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Media Ip Address</em>'.
	 * @see io.trunkline.model.TrunkPeer#getMediaIpAddress()
	 * @see #getTrunkPeer()
	 * @generated
	 */
	EAttribute getTrunkPeer_MediaIpAddress();

	/**
	 * Returns the meta object for class '{@link io.trunkline.model.Trunk <em>Trunk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Trunk</em>'.
	 * @see io.trunkline.model.Trunk
	 * @generated
	 */
	EClass getTrunk();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.Trunk#isRoot <em>Root</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Root</em>'.
	 * @see io.trunkline.model.Trunk#isRoot()
	 * @see #getTrunk()
	 * @generated
	 */
	EAttribute getTrunk_Root();

	/**
	 * Returns the meta object for the reference '{@link io.trunkline.model.Trunk#getMediationPool <em>Mediation Pool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Mediation Pool</em>'.
	 * @see io.trunkline.model.Trunk#getMediationPool()
	 * @see #getTrunk()
	 * @generated
	 */
	EReference getTrunk_MediationPool();

	/**
	 * Returns the meta object for the reference '{@link io.trunkline.model.Trunk#getPeer <em>Peer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Peer</em>'.
	 * @see io.trunkline.model.Trunk#getPeer()
	 * @see #getTrunk()
	 * @generated
	 */
	EReference getTrunk_Peer();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.Trunk#getTransport <em>Transport</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Transport</em>'.
	 * @see io.trunkline.model.Trunk#getTransport()
	 * @see #getTrunk()
	 * @generated
	 */
	EAttribute getTrunk_Transport();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.Trunk#getPeerPort <em>Peer Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Peer Port</em>'.
	 * @see io.trunkline.model.Trunk#getPeerPort()
	 * @see #getTrunk()
	 * @generated
	 */
	EAttribute getTrunk_PeerPort();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.Trunk#getMediationPort <em>Mediation Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mediation Port</em>'.
	 * @see io.trunkline.model.Trunk#getMediationPort()
	 * @see #getTrunk()
	 * @generated
	 */
	EAttribute getTrunk_MediationPort();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.Trunk#isMediaBypass <em>Media Bypass</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Media Bypass</em>'.
	 * @see io.trunkline.model.Trunk#isMediaBypass()
	 * @see #getTrunk()
	 * @generated
	 */
	EAttribute getTrunk_MediaBypass();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.Trunk#isCentralizedMediaProcessing <em>Centralized Media Processing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Centralized Media Processing</em>'.
	 * @see io.trunkline.model.Trunk#isCentralizedMediaProcessing()
	 * @see #getTrunk()
	 * @generated
	 */
	EAttribute getTrunk_CentralizedMediaProcessing();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.Trunk#isReferSupport <em>Refer Support</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Refer Support</em>'.
	 * @see io.trunkline.model.Trunk#isReferSupport()
	 * @see #getTrunk()
	 * @generated
	 */
	EAttribute getTrunk_ReferSupport();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.Trunk#isRtcpActiveCalls <em>Rtcp Active Calls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rtcp Active Calls</em>'.
	 * @see io.trunkline.model.Trunk#isRtcpActiveCalls()
	 * @see #getTrunk()
	 * @generated
	 */
	EAttribute getTrunk_RtcpActiveCalls();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.Trunk#isRtcpCallsOnHold <em>Rtcp Calls On Hold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rtcp Calls On Hold</em>'.
	 * @see io.trunkline.model.Trunk#isRtcpCallsOnHold()
	 * @see #getTrunk()
	 * @generated
	 */
	EAttribute getTrunk_RtcpCallsOnHold();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.Trunk#getMaxSimultaneousCalls <em>Max Simultaneous Calls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Simultaneous Calls</em>'.
	 * @see io.trunkline.model.Trunk#getMaxSimultaneousCalls()
	 * @see #getTrunk()
	 * @generated
	 */
	EAttribute getTrunk_MaxSimultaneousCalls();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.Trunk#getAccessBandwidthKbps <em>Access Bandwidth Kbps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Access Bandwidth Kbps</em>'.
	 * @see io.trunkline.model.Trunk#getAccessBandwidthKbps()
	 * @see #getTrunk()
	 * @generated
	 */
	EAttribute getTrunk_AccessBandwidthKbps();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.Trunk#getConnectionType <em>Connection Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Connection Type</em>'.
	 * @see io.trunkline.model.Trunk#getConnectionType()
	 * @see #getTrunk()
	 * @generated
	 */
	EAttribute getTrunk_ConnectionType();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.Trunk#isVpn <em>Vpn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vpn</em>'.
	 * @see io.trunkline.model.Trunk#isVpn()
	 * @see #getTrunk()
	 * @generated
	 */
	EAttribute getTrunk_Vpn();

	/**
	 * Returns the meta object for class '{@link io.trunkline.model.Pbx <em>Pbx</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pbx</em>'.
	 * @see io.trunkline.model.Pbx
	 * @generated
	 */
	EClass getPbx();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.Pbx#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.trunkline.model.Pbx#getKind()
	 * @see #getPbx()
	 * @generated
	 */
	EAttribute getPbx_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.Pbx#getUsersRemaining <em>Users Remaining</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Users Remaining</em>'.
	 * @see io.trunkline.model.Pbx#getUsersRemaining()
	 * @see #getPbx()
	 * @generated
	 */
	EAttribute getPbx_UsersRemaining();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.Pbx#getPlacement <em>Placement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Placement</em>'.
	 * @see io.trunkline.model.Pbx#getPlacement()
	 * @see #getPbx()
	 * @generated
	 */
	EAttribute getPbx_Placement();

	/**
	 * Returns the meta object for class '{@link io.trunkline.model.PbxLink <em>Pbx Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pbx Link</em>'.
	 * @see io.trunkline.model.PbxLink
	 * @generated
	 */
	EClass getPbxLink();

	/**
	 * Returns the meta object for the reference '{@link io.trunkline.model.PbxLink#getGateway <em>Gateway</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Gateway</em>'.
	 * @see io.trunkline.model.PbxLink#getGateway()
	 * @see #getPbxLink()
	 * @generated
	 */
	EReference getPbxLink_Gateway();

	/**
	 * Returns the meta object for the reference '{@link io.trunkline.model.PbxLink#getPbx <em>Pbx</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Pbx</em>'.
	 * @see io.trunkline.model.PbxLink#getPbx()
	 * @see #getPbxLink()
	 * @generated
	 */
	EReference getPbxLink_Pbx();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.PbxLink#getLineType <em>Line Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line Type</em>'.
	 * @see io.trunkline.model.PbxLink#getLineType()
	 * @see #getPbxLink()
	 * @generated
	 */
	EAttribute getPbxLink_LineType();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.PbxLink#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channels</em>'.
	 * @see io.trunkline.model.PbxLink#getChannels()
	 * @see #getPbxLink()
	 * @generated
	 */
	EAttribute getPbxLink_Channels();

	/**
	 * Returns the meta object for class '{@link io.trunkline.model.PstnLink <em>Pstn Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pstn Link</em>'.
	 * @see io.trunkline.model.PstnLink
	 * @generated
	 */
	EClass getPstnLink();

	/**
	 * Returns the meta object for the reference '{@link io.trunkline.model.PstnLink#getGateway <em>Gateway</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Gateway</em>'.
	 * @see io.trunkline.model.PstnLink#getGateway()
	 * @see #getPstnLink()
	 * @generated
	 */
	EReference getPstnLink_Gateway();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.PstnLink#getCarrier <em>Carrier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Carrier</em>'.
	 * @see io.trunkline.model.PstnLink#getCarrier()
	 * @see #getPstnLink()
	 * @generated
	 */
	EAttribute getPstnLink_Carrier();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.PstnLink#getLineType <em>Line Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line Type</em>'.
	 * @see io.trunkline.model.PstnLink#getLineType()
	 * @see #getPstnLink()
	 * @generated
	 */
	EAttribute getPstnLink_LineType();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.PstnLink#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channels</em>'.
	 * @see io.trunkline.model.PstnLink#getChannels()
	 * @see #getPstnLink()
	 * @generated
	 */
	EAttribute getPstnLink_Channels();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.PstnLink#getLines <em>Lines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lines</em>'.
	 * @see io.trunkline.model.PstnLink#getLines()
	 * @see #getPstnLink()
	 * @generated
	 */
	EAttribute getPstnLink_Lines();

	/**
	 * Returns the meta object for class '{@link io.trunkline.model.WanLink <em>Wan Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Wan Link</em>'.
	 * @see io.trunkline.model.WanLink
	 * @generated
	 */
	EClass getWanLink();

	/**
	 * Returns the meta object for the reference '{@link io.trunkline.model.WanLink#getSiteA <em>Site A</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Site A</em>'.
	 * @see io.trunkline.model.WanLink#getSiteA()
	 * @see #getWanLink()
	 * @generated
	 */
	EReference getWanLink_SiteA();

	/**
	 * Returns the meta object for the reference '{@link io.trunkline.model.WanLink#getSiteB <em>Site B</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Site B</em>'.
	 * @see io.trunkline.model.WanLink#getSiteB()
	 * @see #getWanLink()
	 * @generated
	 */
	EReference getWanLink_SiteB();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.WanLink#isResilient <em>Resilient</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resilient</em>'.
	 * @see io.trunkline.model.WanLink#isResilient()
	 * @see #getWanLink()
	 * @generated
	 */
	EAttribute getWanLink_Resilient();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.WanLink#isBandwidthConstrained <em>Bandwidth Constrained</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bandwidth Constrained</em>'.
	 * @see io.trunkline.model.WanLink#isBandwidthConstrained()
	 * @see #getWanLink()
	 * @generated
	 */
	EAttribute getWanLink_BandwidthConstrained();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.WanLink#getAudioBandwidthKbps <em>Audio Bandwidth Kbps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Audio Bandwidth Kbps</em>'.
	 * @see io.trunkline.model.WanLink#getAudioBandwidthKbps()
	 * @see #getWanLink()
	 * @generated
	 */
	EAttribute getWanLink_AudioBandwidthKbps();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.WanLink#getCodec <em>Codec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Codec</em>'.
	 * @see io.trunkline.model.WanLink#getCodec()
	 * @see #getWanLink()
	 * @generated
	 */
	EAttribute getWanLink_Codec();

	/**
	 * Returns the meta object for class '{@link io.trunkline.model.VoiceRoute <em>Voice Route</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Voice Route</em>'.
	 * @see io.trunkline.model.VoiceRoute
	 * @generated
	 */
	EClass getVoiceRoute();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.VoiceRoute#getNumberPattern <em>Number Pattern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number Pattern</em>'.
	 * @see io.trunkline.model.VoiceRoute#getNumberPattern()
	 * @see #getVoiceRoute()
	 * @generated
	 */
	EAttribute getVoiceRoute_NumberPattern();

	/**
	 * Returns the meta object for the reference list '{@link io.trunkline.model.VoiceRoute#getPstnUsages <em>Pstn Usages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Pstn Usages</em>'.
	 * @see io.trunkline.model.VoiceRoute#getPstnUsages()
	 * @see #getVoiceRoute()
	 * @generated
	 */
	EReference getVoiceRoute_PstnUsages();

	/**
	 * Returns the meta object for the reference list '{@link io.trunkline.model.VoiceRoute#getTrunks <em>Trunks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Trunks</em>'.
	 * @see io.trunkline.model.VoiceRoute#getTrunks()
	 * @see #getVoiceRoute()
	 * @generated
	 */
	EReference getVoiceRoute_Trunks();

	/**
	 * Returns the meta object for the reference '{@link io.trunkline.model.VoiceRoute#getFailoverFor <em>Failover For</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Failover For</em>'.
	 * @see io.trunkline.model.VoiceRoute#getFailoverFor()
	 * @see #getVoiceRoute()
	 * @generated
	 */
	EReference getVoiceRoute_FailoverFor();

	/**
	 * Returns the meta object for class '{@link io.trunkline.model.PstnUsage <em>Pstn Usage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pstn Usage</em>'.
	 * @see io.trunkline.model.PstnUsage
	 * @generated
	 */
	EClass getPstnUsage();

	/**
	 * Returns the meta object for class '{@link io.trunkline.model.VoicePolicy <em>Voice Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Voice Policy</em>'.
	 * @see io.trunkline.model.VoicePolicy
	 * @generated
	 */
	EClass getVoicePolicy();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.VoicePolicy#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope</em>'.
	 * @see io.trunkline.model.VoicePolicy#getScope()
	 * @see #getVoicePolicy()
	 * @generated
	 */
	EAttribute getVoicePolicy_Scope();

	/**
	 * Returns the meta object for the reference '{@link io.trunkline.model.VoicePolicy#getSite <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Site</em>'.
	 * @see io.trunkline.model.VoicePolicy#getSite()
	 * @see #getVoicePolicy()
	 * @generated
	 */
	EReference getVoicePolicy_Site();

	/**
	 * Returns the meta object for the reference list '{@link io.trunkline.model.VoicePolicy#getGrantedTo <em>Granted To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Granted To</em>'.
	 * @see io.trunkline.model.VoicePolicy#getGrantedTo()
	 * @see #getVoicePolicy()
	 * @generated
	 */
	EReference getVoicePolicy_GrantedTo();

	/**
	 * Returns the meta object for the reference list '{@link io.trunkline.model.VoicePolicy#getPstnUsages <em>Pstn Usages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Pstn Usages</em>'.
	 * @see io.trunkline.model.VoicePolicy#getPstnUsages()
	 * @see #getVoicePolicy()
	 * @generated
	 */
	EReference getVoicePolicy_PstnUsages();

	/**
	 * Returns the meta object for class '{@link io.trunkline.model.NetworkRegion <em>Network Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Network Region</em>'.
	 * @see io.trunkline.model.NetworkRegion
	 * @generated
	 */
	EClass getNetworkRegion();

	/**
	 * Returns the meta object for the reference '{@link io.trunkline.model.NetworkRegion#getCentralSite <em>Central Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Central Site</em>'.
	 * @see io.trunkline.model.NetworkRegion#getCentralSite()
	 * @see #getNetworkRegion()
	 * @generated
	 */
	EReference getNetworkRegion_CentralSite();

	/**
	 * Returns the meta object for class '{@link io.trunkline.model.NetworkSite <em>Network Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Network Site</em>'.
	 * @see io.trunkline.model.NetworkSite
	 * @generated
	 */
	EClass getNetworkSite();

	/**
	 * Returns the meta object for the reference '{@link io.trunkline.model.NetworkSite#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Region</em>'.
	 * @see io.trunkline.model.NetworkSite#getRegion()
	 * @see #getNetworkSite()
	 * @generated
	 */
	EReference getNetworkSite_Region();

	/**
	 * Returns the meta object for the reference '{@link io.trunkline.model.NetworkSite#getSite <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Site</em>'.
	 * @see io.trunkline.model.NetworkSite#getSite()
	 * @see #getNetworkSite()
	 * @generated
	 */
	EReference getNetworkSite_Site();

	/**
	 * Returns the meta object for the reference '{@link io.trunkline.model.NetworkSite#getBandwidthPolicy <em>Bandwidth Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Bandwidth Policy</em>'.
	 * @see io.trunkline.model.NetworkSite#getBandwidthPolicy()
	 * @see #getNetworkSite()
	 * @generated
	 */
	EReference getNetworkSite_BandwidthPolicy();

	/**
	 * Returns the meta object for class '{@link io.trunkline.model.Subnet <em>Subnet</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Subnet</em>'.
	 * @see io.trunkline.model.Subnet
	 * @generated
	 */
	EClass getSubnet();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.Subnet#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see io.trunkline.model.Subnet#getAddress()
	 * @see #getSubnet()
	 * @generated
	 */
	EAttribute getSubnet_Address();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.Subnet#getMaskBits <em>Mask Bits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mask Bits</em>'.
	 * @see io.trunkline.model.Subnet#getMaskBits()
	 * @see #getSubnet()
	 * @generated
	 */
	EAttribute getSubnet_MaskBits();

	/**
	 * Returns the meta object for the reference '{@link io.trunkline.model.Subnet#getNetworkSite <em>Network Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Network Site</em>'.
	 * @see io.trunkline.model.Subnet#getNetworkSite()
	 * @see #getSubnet()
	 * @generated
	 */
	EReference getSubnet_NetworkSite();

	/**
	 * Returns the meta object for class '{@link io.trunkline.model.BandwidthPolicyProfile <em>Bandwidth Policy Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Bandwidth Policy Profile</em>'.
	 * @see io.trunkline.model.BandwidthPolicyProfile
	 * @generated
	 */
	EClass getBandwidthPolicyProfile();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.BandwidthPolicyProfile#getAudioLimitKbps <em>Audio Limit Kbps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Audio Limit Kbps</em>'.
	 * @see io.trunkline.model.BandwidthPolicyProfile#getAudioLimitKbps()
	 * @see #getBandwidthPolicyProfile()
	 * @generated
	 */
	EAttribute getBandwidthPolicyProfile_AudioLimitKbps();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.BandwidthPolicyProfile#getAudioSessionLimitKbps <em>Audio Session Limit Kbps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Audio Session Limit Kbps</em>'.
	 * @see io.trunkline.model.BandwidthPolicyProfile#getAudioSessionLimitKbps()
	 * @see #getBandwidthPolicyProfile()
	 * @generated
	 */
	EAttribute getBandwidthPolicyProfile_AudioSessionLimitKbps();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.BandwidthPolicyProfile#getVideoLimitKbps <em>Video Limit Kbps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Video Limit Kbps</em>'.
	 * @see io.trunkline.model.BandwidthPolicyProfile#getVideoLimitKbps()
	 * @see #getBandwidthPolicyProfile()
	 * @generated
	 */
	EAttribute getBandwidthPolicyProfile_VideoLimitKbps();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.BandwidthPolicyProfile#getVideoSessionLimitKbps <em>Video Session Limit Kbps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Video Session Limit Kbps</em>'.
	 * @see io.trunkline.model.BandwidthPolicyProfile#getVideoSessionLimitKbps()
	 * @see #getBandwidthPolicyProfile()
	 * @generated
	 */
	EAttribute getBandwidthPolicyProfile_VideoSessionLimitKbps();

	/**
	 * Returns the meta object for class '{@link io.trunkline.model.RegionLink <em>Region Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Region Link</em>'.
	 * @see io.trunkline.model.RegionLink
	 * @generated
	 */
	EClass getRegionLink();

	/**
	 * Returns the meta object for the reference '{@link io.trunkline.model.RegionLink#getRegionA <em>Region A</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Region A</em>'.
	 * @see io.trunkline.model.RegionLink#getRegionA()
	 * @see #getRegionLink()
	 * @generated
	 */
	EReference getRegionLink_RegionA();

	/**
	 * Returns the meta object for the reference '{@link io.trunkline.model.RegionLink#getRegionB <em>Region B</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Region B</em>'.
	 * @see io.trunkline.model.RegionLink#getRegionB()
	 * @see #getRegionLink()
	 * @generated
	 */
	EReference getRegionLink_RegionB();

	/**
	 * Returns the meta object for the reference '{@link io.trunkline.model.RegionLink#getBandwidthPolicy <em>Bandwidth Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Bandwidth Policy</em>'.
	 * @see io.trunkline.model.RegionLink#getBandwidthPolicy()
	 * @see #getRegionLink()
	 * @generated
	 */
	EReference getRegionLink_BandwidthPolicy();

	/**
	 * Returns the meta object for class '{@link io.trunkline.model.RegionRoute <em>Region Route</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Region Route</em>'.
	 * @see io.trunkline.model.RegionRoute
	 * @generated
	 */
	EClass getRegionRoute();

	/**
	 * Returns the meta object for the reference '{@link io.trunkline.model.RegionRoute#getRegionA <em>Region A</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Region A</em>'.
	 * @see io.trunkline.model.RegionRoute#getRegionA()
	 * @see #getRegionRoute()
	 * @generated
	 */
	EReference getRegionRoute_RegionA();

	/**
	 * Returns the meta object for the reference '{@link io.trunkline.model.RegionRoute#getRegionB <em>Region B</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Region B</em>'.
	 * @see io.trunkline.model.RegionRoute#getRegionB()
	 * @see #getRegionRoute()
	 * @generated
	 */
	EReference getRegionRoute_RegionB();

	/**
	 * Returns the meta object for the reference list '{@link io.trunkline.model.RegionRoute#getLinks <em>Links</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Links</em>'.
	 * @see io.trunkline.model.RegionRoute#getLinks()
	 * @see #getRegionRoute()
	 * @generated
	 */
	EReference getRegionRoute_Links();

	/**
	 * Returns the meta object for class '{@link io.trunkline.model.EmergencyLocation <em>Emergency Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Emergency Location</em>'.
	 * @see io.trunkline.model.EmergencyLocation
	 * @generated
	 */
	EClass getEmergencyLocation();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.EmergencyLocation#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see io.trunkline.model.EmergencyLocation#getLocation()
	 * @see #getEmergencyLocation()
	 * @generated
	 */
	EAttribute getEmergencyLocation_Location();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.EmergencyLocation#getElin <em>Elin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Elin</em>'.
	 * @see io.trunkline.model.EmergencyLocation#getElin()
	 * @see #getEmergencyLocation()
	 * @generated
	 */
	EAttribute getEmergencyLocation_Elin();

	/**
	 * Returns the meta object for class '{@link io.trunkline.model.Suppression <em>Suppression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Suppression</em>'.
	 * @see io.trunkline.model.Suppression
	 * @generated
	 */
	EClass getSuppression();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.Suppression#getRuleId <em>Rule Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rule Id</em>'.
	 * @see io.trunkline.model.Suppression#getRuleId()
	 * @see #getSuppression()
	 * @generated
	 */
	EAttribute getSuppression_RuleId();

	/**
	 * Returns the meta object for the reference '{@link io.trunkline.model.Suppression#getElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Element</em>'.
	 * @see io.trunkline.model.Suppression#getElement()
	 * @see #getSuppression()
	 * @generated
	 */
	EReference getSuppression_Element();

	/**
	 * Returns the meta object for the attribute '{@link io.trunkline.model.Suppression#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see io.trunkline.model.Suppression#getReason()
	 * @see #getSuppression()
	 * @generated
	 */
	EAttribute getSuppression_Reason();

	/**
	 * Returns the meta object for enum '{@link io.trunkline.model.UsageProfile <em>Usage Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Usage Profile</em>'.
	 * @see io.trunkline.model.UsageProfile
	 * @generated
	 */
	EEnum getUsageProfile();

	/**
	 * Returns the meta object for enum '{@link io.trunkline.model.DeploymentOption <em>Deployment Option</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Deployment Option</em>'.
	 * @see io.trunkline.model.DeploymentOption
	 * @generated
	 */
	EEnum getDeploymentOption();

	/**
	 * Returns the meta object for enum '{@link io.trunkline.model.MediaBypassMode <em>Media Bypass Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Media Bypass Mode</em>'.
	 * @see io.trunkline.model.MediaBypassMode
	 * @generated
	 */
	EEnum getMediaBypassMode();

	/**
	 * Returns the meta object for enum '{@link io.trunkline.model.Edition <em>Edition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Edition</em>'.
	 * @see io.trunkline.model.Edition
	 * @generated
	 */
	EEnum getEdition();

	/**
	 * Returns the meta object for enum '{@link io.trunkline.model.MediationKind <em>Mediation Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Mediation Kind</em>'.
	 * @see io.trunkline.model.MediationKind
	 * @generated
	 */
	EEnum getMediationKind();

	/**
	 * Returns the meta object for enum '{@link io.trunkline.model.SurvivableKind <em>Survivable Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Survivable Kind</em>'.
	 * @see io.trunkline.model.SurvivableKind
	 * @generated
	 */
	EEnum getSurvivableKind();

	/**
	 * Returns the meta object for enum '{@link io.trunkline.model.PeerKind <em>Peer Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Peer Kind</em>'.
	 * @see io.trunkline.model.PeerKind
	 * @generated
	 */
	EEnum getPeerKind();

	/**
	 * Returns the meta object for enum '{@link io.trunkline.model.IpVersion <em>Ip Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Ip Version</em>'.
	 * @see io.trunkline.model.IpVersion
	 * @generated
	 */
	EEnum getIpVersion();

	/**
	 * Returns the meta object for enum '{@link io.trunkline.model.Transport <em>Transport</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Transport</em>'.
	 * @see io.trunkline.model.Transport
	 * @generated
	 */
	EEnum getTransport();

	/**
	 * Returns the meta object for enum '{@link io.trunkline.model.PbxKind <em>Pbx Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Pbx Kind</em>'.
	 * @see io.trunkline.model.PbxKind
	 * @generated
	 */
	EEnum getPbxKind();

	/**
	 * Returns the meta object for enum '{@link io.trunkline.model.PbxPlacement <em>Pbx Placement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Pbx Placement</em>'.
	 * @see io.trunkline.model.PbxPlacement
	 * @generated
	 */
	EEnum getPbxPlacement();

	/**
	 * Returns the meta object for enum '{@link io.trunkline.model.LineType <em>Line Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Line Type</em>'.
	 * @see io.trunkline.model.LineType
	 * @generated
	 */
	EEnum getLineType();

	/**
	 * Returns the meta object for enum '{@link io.trunkline.model.SipTrunkConnection <em>Sip Trunk Connection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sip Trunk Connection</em>'.
	 * @see io.trunkline.model.SipTrunkConnection
	 * @generated
	 */
	EEnum getSipTrunkConnection();

	/**
	 * Returns the meta object for enum '{@link io.trunkline.model.VoicePolicyScope <em>Voice Policy Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Voice Policy Scope</em>'.
	 * @see io.trunkline.model.VoicePolicyScope
	 * @generated
	 */
	EEnum getVoicePolicyScope();

	/**
	 * Returns the meta object for enum '{@link io.trunkline.model.WanCodec <em>Wan Codec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Wan Codec</em>'.
	 * @see io.trunkline.model.WanCodec
	 * @generated
	 */
	EEnum getWanCodec();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	TopologyFactory getTopologyFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link io.trunkline.model.impl.ElementImpl <em>Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.trunkline.model.impl.ElementImpl
		 * @see io.trunkline.model.impl.TopologyPackageImpl#getElement()
		 * @generated
		 */
		EClass ELEMENT = eINSTANCE.getElement();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__ID = eINSTANCE.getElement_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__NAME = eINSTANCE.getElement_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__DESCRIPTION = eINSTANCE.getElement_Description();

		/**
		 * The meta object literal for the '{@link io.trunkline.model.impl.TopologyImpl <em>Topology</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.trunkline.model.impl.TopologyImpl
		 * @see io.trunkline.model.impl.TopologyPackageImpl#getTopology()
		 * @generated
		 */
		EClass TOPOLOGY = eINSTANCE.getTopology();

		/**
		 * The meta object literal for the '<em><b>Organisation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOPOLOGY__ORGANISATION = eINSTANCE.getTopology_Organisation();

		/**
		 * The meta object literal for the '<em><b>Sip Domains</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOPOLOGY__SIP_DOMAINS = eINSTANCE.getTopology_SipDomains();

		/**
		 * The meta object literal for the '<em><b>Mean Holding Time Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOPOLOGY__MEAN_HOLDING_TIME_SECONDS = eINSTANCE.getTopology_MeanHoldingTimeSeconds();

		/**
		 * The meta object literal for the '<em><b>Grade Of Service</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOPOLOGY__GRADE_OF_SERVICE = eINSTANCE.getTopology_GradeOfService();

		/**
		 * The meta object literal for the '<em><b>Media Bypass Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOPOLOGY__MEDIA_BYPASS_MODE = eINSTANCE.getTopology_MediaBypassMode();

		/**
		 * The meta object literal for the '<em><b>Call Admission Control</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOPOLOGY__CALL_ADMISSION_CONTROL = eINSTANCE.getTopology_CallAdmissionControl();

		/**
		 * The meta object literal for the '<em><b>Central Sites</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOPOLOGY__CENTRAL_SITES = eINSTANCE.getTopology_CentralSites();

		/**
		 * The meta object literal for the '<em><b>Trunks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOPOLOGY__TRUNKS = eINSTANCE.getTopology_Trunks();

		/**
		 * The meta object literal for the '<em><b>Wan Links</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOPOLOGY__WAN_LINKS = eINSTANCE.getTopology_WanLinks();

		/**
		 * The meta object literal for the '<em><b>Voice Routes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOPOLOGY__VOICE_ROUTES = eINSTANCE.getTopology_VoiceRoutes();

		/**
		 * The meta object literal for the '<em><b>Pstn Usages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOPOLOGY__PSTN_USAGES = eINSTANCE.getTopology_PstnUsages();

		/**
		 * The meta object literal for the '<em><b>Voice Policies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOPOLOGY__VOICE_POLICIES = eINSTANCE.getTopology_VoicePolicies();

		/**
		 * The meta object literal for the '<em><b>Network Regions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOPOLOGY__NETWORK_REGIONS = eINSTANCE.getTopology_NetworkRegions();

		/**
		 * The meta object literal for the '<em><b>Network Sites</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOPOLOGY__NETWORK_SITES = eINSTANCE.getTopology_NetworkSites();

		/**
		 * The meta object literal for the '<em><b>Subnets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOPOLOGY__SUBNETS = eINSTANCE.getTopology_Subnets();

		/**
		 * The meta object literal for the '<em><b>Bandwidth Policy Profiles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOPOLOGY__BANDWIDTH_POLICY_PROFILES = eINSTANCE.getTopology_BandwidthPolicyProfiles();

		/**
		 * The meta object literal for the '<em><b>Region Links</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOPOLOGY__REGION_LINKS = eINSTANCE.getTopology_RegionLinks();

		/**
		 * The meta object literal for the '<em><b>Region Routes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOPOLOGY__REGION_ROUTES = eINSTANCE.getTopology_RegionRoutes();

		/**
		 * The meta object literal for the '<em><b>Suppressions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOPOLOGY__SUPPRESSIONS = eINSTANCE.getTopology_Suppressions();

		/**
		 * The meta object literal for the '{@link io.trunkline.model.impl.SiteImpl <em>Site</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.trunkline.model.impl.SiteImpl
		 * @see io.trunkline.model.impl.TopologyPackageImpl#getSite()
		 * @generated
		 */
		EClass SITE = eINSTANCE.getSite();

		/**
		 * The meta object literal for the '<em><b>City</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__CITY = eINSTANCE.getSite_City();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__STATE = eINSTANCE.getSite_State();

		/**
		 * The meta object literal for the '<em><b>Country Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__COUNTRY_REGION = eINSTANCE.getSite_CountryRegion();

		/**
		 * The meta object literal for the '<em><b>Users</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__USERS = eINSTANCE.getSite_Users();

		/**
		 * The meta object literal for the '<em><b>Usage Profile</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__USAGE_PROFILE = eINSTANCE.getSite_UsageProfile();

		/**
		 * The meta object literal for the '<em><b>Custom Calls Per User Busy Hour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__CUSTOM_CALLS_PER_USER_BUSY_HOUR = eINSTANCE.getSite_CustomCallsPerUserBusyHour();

		/**
		 * The meta object literal for the '<em><b>Needs Pstn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__NEEDS_PSTN = eINSTANCE.getSite_NeedsPstn();

		/**
		 * The meta object literal for the '<em><b>Deployment Option</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__DEPLOYMENT_OPTION = eINSTANCE.getSite_DeploymentOption();

		/**
		 * The meta object literal for the '<em><b>Drawn Pstn Ports</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__DRAWN_PSTN_PORTS = eINSTANCE.getSite_DrawnPstnPorts();

		/**
		 * The meta object literal for the '<em><b>Pstn Served By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__PSTN_SERVED_BY = eINSTANCE.getSite_PstnServedBy();

		/**
		 * The meta object literal for the '<em><b>Trunk Peers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__TRUNK_PEERS = eINSTANCE.getSite_TrunkPeers();

		/**
		 * The meta object literal for the '<em><b>Mediation Pools</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__MEDIATION_POOLS = eINSTANCE.getSite_MediationPools();

		/**
		 * The meta object literal for the '<em><b>Pbxs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__PBXS = eINSTANCE.getSite_Pbxs();

		/**
		 * The meta object literal for the '<em><b>Pbx Links</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__PBX_LINKS = eINSTANCE.getSite_PbxLinks();

		/**
		 * The meta object literal for the '<em><b>Pstn Links</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__PSTN_LINKS = eINSTANCE.getSite_PstnLinks();

		/**
		 * The meta object literal for the '<em><b>Emergency Locations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__EMERGENCY_LOCATIONS = eINSTANCE.getSite_EmergencyLocations();

		/**
		 * The meta object literal for the '{@link io.trunkline.model.impl.CentralSiteImpl <em>Central Site</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.trunkline.model.impl.CentralSiteImpl
		 * @see io.trunkline.model.impl.TopologyPackageImpl#getCentralSite()
		 * @generated
		 */
		EClass CENTRAL_SITE = eINSTANCE.getCentralSite();

		/**
		 * The meta object literal for the '<em><b>Site Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CENTRAL_SITE__SITE_ID = eINSTANCE.getCentralSite_SiteId();

		/**
		 * The meta object literal for the '<em><b>Front End Pools</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CENTRAL_SITE__FRONT_END_POOLS = eINSTANCE.getCentralSite_FrontEndPools();

		/**
		 * The meta object literal for the '<em><b>Director Pools</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CENTRAL_SITE__DIRECTOR_POOLS = eINSTANCE.getCentralSite_DirectorPools();

		/**
		 * The meta object literal for the '<em><b>Edge Pools</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CENTRAL_SITE__EDGE_POOLS = eINSTANCE.getCentralSite_EdgePools();

		/**
		 * The meta object literal for the '<em><b>Branch Sites</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CENTRAL_SITE__BRANCH_SITES = eINSTANCE.getCentralSite_BranchSites();

		/**
		 * The meta object literal for the '{@link io.trunkline.model.impl.BranchSiteImpl <em>Branch Site</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.trunkline.model.impl.BranchSiteImpl
		 * @see io.trunkline.model.impl.TopologyPackageImpl#getBranchSite()
		 * @generated
		 */
		EClass BRANCH_SITE = eINSTANCE.getBranchSite();

		/**
		 * The meta object literal for the '<em><b>Survivable Branches</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BRANCH_SITE__SURVIVABLE_BRANCHES = eINSTANCE.getBranchSite_SurvivableBranches();

		/**
		 * The meta object literal for the '{@link io.trunkline.model.impl.PoolImpl <em>Pool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.trunkline.model.impl.PoolImpl
		 * @see io.trunkline.model.impl.TopologyPackageImpl#getPool()
		 * @generated
		 */
		EClass POOL = eINSTANCE.getPool();

		/**
		 * The meta object literal for the '<em><b>Fqdn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POOL__FQDN = eINSTANCE.getPool_Fqdn();

		/**
		 * The meta object literal for the '<em><b>Servers</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POOL__SERVERS = eINSTANCE.getPool_Servers();

		/**
		 * The meta object literal for the '<em><b>Ip Addresses</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POOL__IP_ADDRESSES = eINSTANCE.getPool_IpAddresses();

		/**
		 * The meta object literal for the '{@link io.trunkline.model.impl.FrontEndPoolImpl <em>Front End Pool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.trunkline.model.impl.FrontEndPoolImpl
		 * @see io.trunkline.model.impl.TopologyPackageImpl#getFrontEndPool()
		 * @generated
		 */
		EClass FRONT_END_POOL = eINSTANCE.getFrontEndPool();

		/**
		 * The meta object literal for the '<em><b>Edition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRONT_END_POOL__EDITION = eINSTANCE.getFrontEndPool_Edition();

		/**
		 * The meta object literal for the '<em><b>Collocated Mediation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRONT_END_POOL__COLLOCATED_MEDIATION = eINSTANCE.getFrontEndPool_CollocatedMediation();

		/**
		 * The meta object literal for the '<em><b>Dns Load Balancing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRONT_END_POOL__DNS_LOAD_BALANCING = eINSTANCE.getFrontEndPool_DnsLoadBalancing();

		/**
		 * The meta object literal for the '<em><b>Backup Registrar</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FRONT_END_POOL__BACKUP_REGISTRAR = eINSTANCE.getFrontEndPool_BackupRegistrar();

		/**
		 * The meta object literal for the '<em><b>Hardware Load Balancing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRONT_END_POOL__HARDWARE_LOAD_BALANCING = eINSTANCE.getFrontEndPool_HardwareLoadBalancing();

		/**
		 * The meta object literal for the '{@link io.trunkline.model.impl.DirectorPoolImpl <em>Director Pool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.trunkline.model.impl.DirectorPoolImpl
		 * @see io.trunkline.model.impl.TopologyPackageImpl#getDirectorPool()
		 * @generated
		 */
		EClass DIRECTOR_POOL = eINSTANCE.getDirectorPool();

		/**
		 * The meta object literal for the '{@link io.trunkline.model.impl.EdgePoolImpl <em>Edge Pool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.trunkline.model.impl.EdgePoolImpl
		 * @see io.trunkline.model.impl.TopologyPackageImpl#getEdgePool()
		 * @generated
		 */
		EClass EDGE_POOL = eINSTANCE.getEdgePool();

		/**
		 * The meta object literal for the '<em><b>Concurrent Remote Users</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_POOL__CONCURRENT_REMOTE_USERS = eINSTANCE.getEdgePool_ConcurrentRemoteUsers();

		/**
		 * The meta object literal for the '<em><b>Dns Load Balancing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_POOL__DNS_LOAD_BALANCING = eINSTANCE.getEdgePool_DnsLoadBalancing();

		/**
		 * The meta object literal for the '<em><b>Hardware Load Balancing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_POOL__HARDWARE_LOAD_BALANCING = eINSTANCE.getEdgePool_HardwareLoadBalancing();

		/**
		 * The meta object literal for the '{@link io.trunkline.model.impl.MediationPoolImpl <em>Mediation Pool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.trunkline.model.impl.MediationPoolImpl
		 * @see io.trunkline.model.impl.TopologyPackageImpl#getMediationPool()
		 * @generated
		 */
		EClass MEDIATION_POOL = eINSTANCE.getMediationPool();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIATION_POOL__KIND = eINSTANCE.getMediationPool_Kind();

		/**
		 * The meta object literal for the '<em><b>Collocated With</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEDIATION_POOL__COLLOCATED_WITH = eINSTANCE.getMediationPool_CollocatedWith();

		/**
		 * The meta object literal for the '<em><b>Next Hop</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEDIATION_POOL__NEXT_HOP = eINSTANCE.getMediationPool_NextHop();

		/**
		 * The meta object literal for the '<em><b>Edge Pool</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEDIATION_POOL__EDGE_POOL = eINSTANCE.getMediationPool_EdgePool();

		/**
		 * The meta object literal for the '<em><b>Hyper Threading</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIATION_POOL__HYPER_THREADING = eINSTANCE.getMediationPool_HyperThreading();

		/**
		 * The meta object literal for the '<em><b>Tls Port First</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIATION_POOL__TLS_PORT_FIRST = eINSTANCE.getMediationPool_TlsPortFirst();

		/**
		 * The meta object literal for the '<em><b>Tls Port Last</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIATION_POOL__TLS_PORT_LAST = eINSTANCE.getMediationPool_TlsPortLast();

		/**
		 * The meta object literal for the '<em><b>Tcp Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIATION_POOL__TCP_ENABLED = eINSTANCE.getMediationPool_TcpEnabled();

		/**
		 * The meta object literal for the '<em><b>Tcp Port First</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIATION_POOL__TCP_PORT_FIRST = eINSTANCE.getMediationPool_TcpPortFirst();

		/**
		 * The meta object literal for the '<em><b>Tcp Port Last</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIATION_POOL__TCP_PORT_LAST = eINSTANCE.getMediationPool_TcpPortLast();

		/**
		 * The meta object literal for the '<em><b>Front End Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIATION_POOL__FRONT_END_PORT = eINSTANCE.getMediationPool_FrontEndPort();

		/**
		 * The meta object literal for the '<em><b>Dns Load Balancing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIATION_POOL__DNS_LOAD_BALANCING = eINSTANCE.getMediationPool_DnsLoadBalancing();

		/**
		 * The meta object literal for the '<em><b>Trunks</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEDIATION_POOL__TRUNKS = eINSTANCE.getMediationPool_Trunks();

		/**
		 * The meta object literal for the '{@link io.trunkline.model.impl.SurvivableBranchImpl <em>Survivable Branch</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.trunkline.model.impl.SurvivableBranchImpl
		 * @see io.trunkline.model.impl.TopologyPackageImpl#getSurvivableBranch()
		 * @generated
		 */
		EClass SURVIVABLE_BRANCH = eINSTANCE.getSurvivableBranch();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURVIVABLE_BRANCH__KIND = eINSTANCE.getSurvivableBranch_Kind();

		/**
		 * The meta object literal for the '<em><b>Front End Pool</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SURVIVABLE_BRANCH__FRONT_END_POOL = eINSTANCE.getSurvivableBranch_FrontEndPool();

		/**
		 * The meta object literal for the '<em><b>Gateway</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SURVIVABLE_BRANCH__GATEWAY = eINSTANCE.getSurvivableBranch_Gateway();

		/**
		 * The meta object literal for the '<em><b>Backup Registrar</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SURVIVABLE_BRANCH__BACKUP_REGISTRAR = eINSTANCE.getSurvivableBranch_BackupRegistrar();

		/**
		 * The meta object literal for the '<em><b>Failover Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURVIVABLE_BRANCH__FAILOVER_SECONDS = eINSTANCE.getSurvivableBranch_FailoverSeconds();

		/**
		 * The meta object literal for the '<em><b>Fallback Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURVIVABLE_BRANCH__FALLBACK_SECONDS = eINSTANCE.getSurvivableBranch_FallbackSeconds();

		/**
		 * The meta object literal for the '{@link io.trunkline.model.impl.TrunkPeerImpl <em>Trunk Peer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.trunkline.model.impl.TrunkPeerImpl
		 * @see io.trunkline.model.impl.TopologyPackageImpl#getTrunkPeer()
		 * @generated
		 */
		EClass TRUNK_PEER = eINSTANCE.getTrunkPeer();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUNK_PEER__KIND = eINSTANCE.getTrunkPeer_Kind();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUNK_PEER__ADDRESS = eINSTANCE.getTrunkPeer_Address();

		/**
		 * The meta object literal for the '<em><b>Ip Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUNK_PEER__IP_VERSION = eINSTANCE.getTrunkPeer_IpVersion();

		/**
		 * The meta object literal for the '<em><b>Pstn Ports</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUNK_PEER__PSTN_PORTS = eINSTANCE.getTrunkPeer_PstnPorts();

		/**
		 * The meta object literal for the '<em><b>Country Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUNK_PEER__COUNTRY_REGION = eINSTANCE.getTrunkPeer_CountryRegion();

		/**
		 * The meta object literal for the '<em><b>Supports Tls</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUNK_PEER__SUPPORTS_TLS = eINSTANCE.getTrunkPeer_SupportsTls();

		/**
		 * The meta object literal for the '<em><b>Supports Dns Load Balancing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUNK_PEER__SUPPORTS_DNS_LOAD_BALANCING = eINSTANCE.getTrunkPeer_SupportsDnsLoadBalancing();

		/**
		 * The meta object literal for the '<em><b>Supports Media Bypass</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUNK_PEER__SUPPORTS_MEDIA_BYPASS = eINSTANCE.getTrunkPeer_SupportsMediaBypass();

		/**
		 * The meta object literal for the '<em><b>Eliminates Gateway Need</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUNK_PEER__ELIMINATES_GATEWAY_NEED = eINSTANCE.getTrunkPeer_EliminatesGatewayNeed();

		/**
		 * The meta object literal for the '<em><b>Certified</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUNK_PEER__CERTIFIED = eINSTANCE.getTrunkPeer_Certified();

		/**
		 * The meta object literal for the '<em><b>Root Trunk</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRUNK_PEER__ROOT_TRUNK = eINSTANCE.getTrunkPeer_RootTrunk();

		/**
		 * The meta object literal for the '<em><b>Trunks</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRUNK_PEER__TRUNKS = eINSTANCE.getTrunkPeer_Trunks();

		/**
		 * The meta object literal for the '<em><b>Default Gateway</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUNK_PEER__DEFAULT_GATEWAY = eINSTANCE.getTrunkPeer_DefaultGateway();

		/**
		 * The meta object literal for the '<em><b>Routable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUNK_PEER__ROUTABLE = eINSTANCE.getTrunkPeer_Routable();

		/**
		 * The meta object literal for the '<em><b>Media Ip Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUNK_PEER__MEDIA_IP_ADDRESS = eINSTANCE.getTrunkPeer_MediaIpAddress();

		/**
		 * The meta object literal for the '{@link io.trunkline.model.impl.TrunkImpl <em>Trunk</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.trunkline.model.impl.TrunkImpl
		 * @see io.trunkline.model.impl.TopologyPackageImpl#getTrunk()
		 * @generated
		 */
		EClass TRUNK = eINSTANCE.getTrunk();

		/**
		 * The meta object literal for the '<em><b>Root</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUNK__ROOT = eINSTANCE.getTrunk_Root();

		/**
		 * The meta object literal for the '<em><b>Mediation Pool</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRUNK__MEDIATION_POOL = eINSTANCE.getTrunk_MediationPool();

		/**
		 * The meta object literal for the '<em><b>Peer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRUNK__PEER = eINSTANCE.getTrunk_Peer();

		/**
		 * The meta object literal for the '<em><b>Transport</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUNK__TRANSPORT = eINSTANCE.getTrunk_Transport();

		/**
		 * The meta object literal for the '<em><b>Peer Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUNK__PEER_PORT = eINSTANCE.getTrunk_PeerPort();

		/**
		 * The meta object literal for the '<em><b>Mediation Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUNK__MEDIATION_PORT = eINSTANCE.getTrunk_MediationPort();

		/**
		 * The meta object literal for the '<em><b>Media Bypass</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUNK__MEDIA_BYPASS = eINSTANCE.getTrunk_MediaBypass();

		/**
		 * The meta object literal for the '<em><b>Centralized Media Processing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUNK__CENTRALIZED_MEDIA_PROCESSING = eINSTANCE.getTrunk_CentralizedMediaProcessing();

		/**
		 * The meta object literal for the '<em><b>Refer Support</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUNK__REFER_SUPPORT = eINSTANCE.getTrunk_ReferSupport();

		/**
		 * The meta object literal for the '<em><b>Rtcp Active Calls</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUNK__RTCP_ACTIVE_CALLS = eINSTANCE.getTrunk_RtcpActiveCalls();

		/**
		 * The meta object literal for the '<em><b>Rtcp Calls On Hold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUNK__RTCP_CALLS_ON_HOLD = eINSTANCE.getTrunk_RtcpCallsOnHold();

		/**
		 * The meta object literal for the '<em><b>Max Simultaneous Calls</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUNK__MAX_SIMULTANEOUS_CALLS = eINSTANCE.getTrunk_MaxSimultaneousCalls();

		/**
		 * The meta object literal for the '<em><b>Access Bandwidth Kbps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUNK__ACCESS_BANDWIDTH_KBPS = eINSTANCE.getTrunk_AccessBandwidthKbps();

		/**
		 * The meta object literal for the '<em><b>Connection Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUNK__CONNECTION_TYPE = eINSTANCE.getTrunk_ConnectionType();

		/**
		 * The meta object literal for the '<em><b>Vpn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUNK__VPN = eINSTANCE.getTrunk_Vpn();

		/**
		 * The meta object literal for the '{@link io.trunkline.model.impl.PbxImpl <em>Pbx</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.trunkline.model.impl.PbxImpl
		 * @see io.trunkline.model.impl.TopologyPackageImpl#getPbx()
		 * @generated
		 */
		EClass PBX = eINSTANCE.getPbx();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PBX__KIND = eINSTANCE.getPbx_Kind();

		/**
		 * The meta object literal for the '<em><b>Users Remaining</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PBX__USERS_REMAINING = eINSTANCE.getPbx_UsersRemaining();

		/**
		 * The meta object literal for the '<em><b>Placement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PBX__PLACEMENT = eINSTANCE.getPbx_Placement();

		/**
		 * The meta object literal for the '{@link io.trunkline.model.impl.PbxLinkImpl <em>Pbx Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.trunkline.model.impl.PbxLinkImpl
		 * @see io.trunkline.model.impl.TopologyPackageImpl#getPbxLink()
		 * @generated
		 */
		EClass PBX_LINK = eINSTANCE.getPbxLink();

		/**
		 * The meta object literal for the '<em><b>Gateway</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PBX_LINK__GATEWAY = eINSTANCE.getPbxLink_Gateway();

		/**
		 * The meta object literal for the '<em><b>Pbx</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PBX_LINK__PBX = eINSTANCE.getPbxLink_Pbx();

		/**
		 * The meta object literal for the '<em><b>Line Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PBX_LINK__LINE_TYPE = eINSTANCE.getPbxLink_LineType();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PBX_LINK__CHANNELS = eINSTANCE.getPbxLink_Channels();

		/**
		 * The meta object literal for the '{@link io.trunkline.model.impl.PstnLinkImpl <em>Pstn Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.trunkline.model.impl.PstnLinkImpl
		 * @see io.trunkline.model.impl.TopologyPackageImpl#getPstnLink()
		 * @generated
		 */
		EClass PSTN_LINK = eINSTANCE.getPstnLink();

		/**
		 * The meta object literal for the '<em><b>Gateway</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PSTN_LINK__GATEWAY = eINSTANCE.getPstnLink_Gateway();

		/**
		 * The meta object literal for the '<em><b>Carrier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PSTN_LINK__CARRIER = eINSTANCE.getPstnLink_Carrier();

		/**
		 * The meta object literal for the '<em><b>Line Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PSTN_LINK__LINE_TYPE = eINSTANCE.getPstnLink_LineType();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PSTN_LINK__CHANNELS = eINSTANCE.getPstnLink_Channels();

		/**
		 * The meta object literal for the '<em><b>Lines</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PSTN_LINK__LINES = eINSTANCE.getPstnLink_Lines();

		/**
		 * The meta object literal for the '{@link io.trunkline.model.impl.WanLinkImpl <em>Wan Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.trunkline.model.impl.WanLinkImpl
		 * @see io.trunkline.model.impl.TopologyPackageImpl#getWanLink()
		 * @generated
		 */
		EClass WAN_LINK = eINSTANCE.getWanLink();

		/**
		 * The meta object literal for the '<em><b>Site A</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WAN_LINK__SITE_A = eINSTANCE.getWanLink_SiteA();

		/**
		 * The meta object literal for the '<em><b>Site B</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WAN_LINK__SITE_B = eINSTANCE.getWanLink_SiteB();

		/**
		 * The meta object literal for the '<em><b>Resilient</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAN_LINK__RESILIENT = eINSTANCE.getWanLink_Resilient();

		/**
		 * The meta object literal for the '<em><b>Bandwidth Constrained</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAN_LINK__BANDWIDTH_CONSTRAINED = eINSTANCE.getWanLink_BandwidthConstrained();

		/**
		 * The meta object literal for the '<em><b>Audio Bandwidth Kbps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAN_LINK__AUDIO_BANDWIDTH_KBPS = eINSTANCE.getWanLink_AudioBandwidthKbps();

		/**
		 * The meta object literal for the '<em><b>Codec</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAN_LINK__CODEC = eINSTANCE.getWanLink_Codec();

		/**
		 * The meta object literal for the '{@link io.trunkline.model.impl.VoiceRouteImpl <em>Voice Route</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.trunkline.model.impl.VoiceRouteImpl
		 * @see io.trunkline.model.impl.TopologyPackageImpl#getVoiceRoute()
		 * @generated
		 */
		EClass VOICE_ROUTE = eINSTANCE.getVoiceRoute();

		/**
		 * The meta object literal for the '<em><b>Number Pattern</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOICE_ROUTE__NUMBER_PATTERN = eINSTANCE.getVoiceRoute_NumberPattern();

		/**
		 * The meta object literal for the '<em><b>Pstn Usages</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VOICE_ROUTE__PSTN_USAGES = eINSTANCE.getVoiceRoute_PstnUsages();

		/**
		 * The meta object literal for the '<em><b>Trunks</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VOICE_ROUTE__TRUNKS = eINSTANCE.getVoiceRoute_Trunks();

		/**
		 * The meta object literal for the '<em><b>Failover For</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VOICE_ROUTE__FAILOVER_FOR = eINSTANCE.getVoiceRoute_FailoverFor();

		/**
		 * The meta object literal for the '{@link io.trunkline.model.impl.PstnUsageImpl <em>Pstn Usage</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.trunkline.model.impl.PstnUsageImpl
		 * @see io.trunkline.model.impl.TopologyPackageImpl#getPstnUsage()
		 * @generated
		 */
		EClass PSTN_USAGE = eINSTANCE.getPstnUsage();

		/**
		 * The meta object literal for the '{@link io.trunkline.model.impl.VoicePolicyImpl <em>Voice Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.trunkline.model.impl.VoicePolicyImpl
		 * @see io.trunkline.model.impl.TopologyPackageImpl#getVoicePolicy()
		 * @generated
		 */
		EClass VOICE_POLICY = eINSTANCE.getVoicePolicy();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOICE_POLICY__SCOPE = eINSTANCE.getVoicePolicy_Scope();

		/**
		 * The meta object literal for the '<em><b>Site</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VOICE_POLICY__SITE = eINSTANCE.getVoicePolicy_Site();

		/**
		 * The meta object literal for the '<em><b>Granted To</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VOICE_POLICY__GRANTED_TO = eINSTANCE.getVoicePolicy_GrantedTo();

		/**
		 * The meta object literal for the '<em><b>Pstn Usages</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VOICE_POLICY__PSTN_USAGES = eINSTANCE.getVoicePolicy_PstnUsages();

		/**
		 * The meta object literal for the '{@link io.trunkline.model.impl.NetworkRegionImpl <em>Network Region</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.trunkline.model.impl.NetworkRegionImpl
		 * @see io.trunkline.model.impl.TopologyPackageImpl#getNetworkRegion()
		 * @generated
		 */
		EClass NETWORK_REGION = eINSTANCE.getNetworkRegion();

		/**
		 * The meta object literal for the '<em><b>Central Site</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK_REGION__CENTRAL_SITE = eINSTANCE.getNetworkRegion_CentralSite();

		/**
		 * The meta object literal for the '{@link io.trunkline.model.impl.NetworkSiteImpl <em>Network Site</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.trunkline.model.impl.NetworkSiteImpl
		 * @see io.trunkline.model.impl.TopologyPackageImpl#getNetworkSite()
		 * @generated
		 */
		EClass NETWORK_SITE = eINSTANCE.getNetworkSite();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK_SITE__REGION = eINSTANCE.getNetworkSite_Region();

		/**
		 * The meta object literal for the '<em><b>Site</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK_SITE__SITE = eINSTANCE.getNetworkSite_Site();

		/**
		 * The meta object literal for the '<em><b>Bandwidth Policy</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK_SITE__BANDWIDTH_POLICY = eINSTANCE.getNetworkSite_BandwidthPolicy();

		/**
		 * The meta object literal for the '{@link io.trunkline.model.impl.SubnetImpl <em>Subnet</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.trunkline.model.impl.SubnetImpl
		 * @see io.trunkline.model.impl.TopologyPackageImpl#getSubnet()
		 * @generated
		 */
		EClass SUBNET = eINSTANCE.getSubnet();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBNET__ADDRESS = eINSTANCE.getSubnet_Address();

		/**
		 * The meta object literal for the '<em><b>Mask Bits</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBNET__MASK_BITS = eINSTANCE.getSubnet_MaskBits();

		/**
		 * The meta object literal for the '<em><b>Network Site</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBNET__NETWORK_SITE = eINSTANCE.getSubnet_NetworkSite();

		/**
		 * The meta object literal for the '{@link io.trunkline.model.impl.BandwidthPolicyProfileImpl <em>Bandwidth Policy Profile</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.trunkline.model.impl.BandwidthPolicyProfileImpl
		 * @see io.trunkline.model.impl.TopologyPackageImpl#getBandwidthPolicyProfile()
		 * @generated
		 */
		EClass BANDWIDTH_POLICY_PROFILE = eINSTANCE.getBandwidthPolicyProfile();

		/**
		 * The meta object literal for the '<em><b>Audio Limit Kbps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BANDWIDTH_POLICY_PROFILE__AUDIO_LIMIT_KBPS = eINSTANCE.getBandwidthPolicyProfile_AudioLimitKbps();

		/**
		 * The meta object literal for the '<em><b>Audio Session Limit Kbps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BANDWIDTH_POLICY_PROFILE__AUDIO_SESSION_LIMIT_KBPS = eINSTANCE.getBandwidthPolicyProfile_AudioSessionLimitKbps();

		/**
		 * The meta object literal for the '<em><b>Video Limit Kbps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BANDWIDTH_POLICY_PROFILE__VIDEO_LIMIT_KBPS = eINSTANCE.getBandwidthPolicyProfile_VideoLimitKbps();

		/**
		 * The meta object literal for the '<em><b>Video Session Limit Kbps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BANDWIDTH_POLICY_PROFILE__VIDEO_SESSION_LIMIT_KBPS = eINSTANCE.getBandwidthPolicyProfile_VideoSessionLimitKbps();

		/**
		 * The meta object literal for the '{@link io.trunkline.model.impl.RegionLinkImpl <em>Region Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.trunkline.model.impl.RegionLinkImpl
		 * @see io.trunkline.model.impl.TopologyPackageImpl#getRegionLink()
		 * @generated
		 */
		EClass REGION_LINK = eINSTANCE.getRegionLink();

		/**
		 * The meta object literal for the '<em><b>Region A</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGION_LINK__REGION_A = eINSTANCE.getRegionLink_RegionA();

		/**
		 * The meta object literal for the '<em><b>Region B</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGION_LINK__REGION_B = eINSTANCE.getRegionLink_RegionB();

		/**
		 * The meta object literal for the '<em><b>Bandwidth Policy</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGION_LINK__BANDWIDTH_POLICY = eINSTANCE.getRegionLink_BandwidthPolicy();

		/**
		 * The meta object literal for the '{@link io.trunkline.model.impl.RegionRouteImpl <em>Region Route</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.trunkline.model.impl.RegionRouteImpl
		 * @see io.trunkline.model.impl.TopologyPackageImpl#getRegionRoute()
		 * @generated
		 */
		EClass REGION_ROUTE = eINSTANCE.getRegionRoute();

		/**
		 * The meta object literal for the '<em><b>Region A</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGION_ROUTE__REGION_A = eINSTANCE.getRegionRoute_RegionA();

		/**
		 * The meta object literal for the '<em><b>Region B</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGION_ROUTE__REGION_B = eINSTANCE.getRegionRoute_RegionB();

		/**
		 * The meta object literal for the '<em><b>Links</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGION_ROUTE__LINKS = eINSTANCE.getRegionRoute_Links();

		/**
		 * The meta object literal for the '{@link io.trunkline.model.impl.EmergencyLocationImpl <em>Emergency Location</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.trunkline.model.impl.EmergencyLocationImpl
		 * @see io.trunkline.model.impl.TopologyPackageImpl#getEmergencyLocation()
		 * @generated
		 */
		EClass EMERGENCY_LOCATION = eINSTANCE.getEmergencyLocation();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMERGENCY_LOCATION__LOCATION = eINSTANCE.getEmergencyLocation_Location();

		/**
		 * The meta object literal for the '<em><b>Elin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMERGENCY_LOCATION__ELIN = eINSTANCE.getEmergencyLocation_Elin();

		/**
		 * The meta object literal for the '{@link io.trunkline.model.impl.SuppressionImpl <em>Suppression</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.trunkline.model.impl.SuppressionImpl
		 * @see io.trunkline.model.impl.TopologyPackageImpl#getSuppression()
		 * @generated
		 */
		EClass SUPPRESSION = eINSTANCE.getSuppression();

		/**
		 * The meta object literal for the '<em><b>Rule Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPRESSION__RULE_ID = eINSTANCE.getSuppression_RuleId();

		/**
		 * The meta object literal for the '<em><b>Element</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUPPRESSION__ELEMENT = eINSTANCE.getSuppression_Element();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPRESSION__REASON = eINSTANCE.getSuppression_Reason();

		/**
		 * The meta object literal for the '{@link io.trunkline.model.UsageProfile <em>Usage Profile</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.trunkline.model.UsageProfile
		 * @see io.trunkline.model.impl.TopologyPackageImpl#getUsageProfile()
		 * @generated
		 */
		EEnum USAGE_PROFILE = eINSTANCE.getUsageProfile();

		/**
		 * The meta object literal for the '{@link io.trunkline.model.DeploymentOption <em>Deployment Option</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.trunkline.model.DeploymentOption
		 * @see io.trunkline.model.impl.TopologyPackageImpl#getDeploymentOption()
		 * @generated
		 */
		EEnum DEPLOYMENT_OPTION = eINSTANCE.getDeploymentOption();

		/**
		 * The meta object literal for the '{@link io.trunkline.model.MediaBypassMode <em>Media Bypass Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.trunkline.model.MediaBypassMode
		 * @see io.trunkline.model.impl.TopologyPackageImpl#getMediaBypassMode()
		 * @generated
		 */
		EEnum MEDIA_BYPASS_MODE = eINSTANCE.getMediaBypassMode();

		/**
		 * The meta object literal for the '{@link io.trunkline.model.Edition <em>Edition</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.trunkline.model.Edition
		 * @see io.trunkline.model.impl.TopologyPackageImpl#getEdition()
		 * @generated
		 */
		EEnum EDITION = eINSTANCE.getEdition();

		/**
		 * The meta object literal for the '{@link io.trunkline.model.MediationKind <em>Mediation Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.trunkline.model.MediationKind
		 * @see io.trunkline.model.impl.TopologyPackageImpl#getMediationKind()
		 * @generated
		 */
		EEnum MEDIATION_KIND = eINSTANCE.getMediationKind();

		/**
		 * The meta object literal for the '{@link io.trunkline.model.SurvivableKind <em>Survivable Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.trunkline.model.SurvivableKind
		 * @see io.trunkline.model.impl.TopologyPackageImpl#getSurvivableKind()
		 * @generated
		 */
		EEnum SURVIVABLE_KIND = eINSTANCE.getSurvivableKind();

		/**
		 * The meta object literal for the '{@link io.trunkline.model.PeerKind <em>Peer Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.trunkline.model.PeerKind
		 * @see io.trunkline.model.impl.TopologyPackageImpl#getPeerKind()
		 * @generated
		 */
		EEnum PEER_KIND = eINSTANCE.getPeerKind();

		/**
		 * The meta object literal for the '{@link io.trunkline.model.IpVersion <em>Ip Version</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.trunkline.model.IpVersion
		 * @see io.trunkline.model.impl.TopologyPackageImpl#getIpVersion()
		 * @generated
		 */
		EEnum IP_VERSION = eINSTANCE.getIpVersion();

		/**
		 * The meta object literal for the '{@link io.trunkline.model.Transport <em>Transport</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.trunkline.model.Transport
		 * @see io.trunkline.model.impl.TopologyPackageImpl#getTransport()
		 * @generated
		 */
		EEnum TRANSPORT = eINSTANCE.getTransport();

		/**
		 * The meta object literal for the '{@link io.trunkline.model.PbxKind <em>Pbx Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.trunkline.model.PbxKind
		 * @see io.trunkline.model.impl.TopologyPackageImpl#getPbxKind()
		 * @generated
		 */
		EEnum PBX_KIND = eINSTANCE.getPbxKind();

		/**
		 * The meta object literal for the '{@link io.trunkline.model.PbxPlacement <em>Pbx Placement</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.trunkline.model.PbxPlacement
		 * @see io.trunkline.model.impl.TopologyPackageImpl#getPbxPlacement()
		 * @generated
		 */
		EEnum PBX_PLACEMENT = eINSTANCE.getPbxPlacement();

		/**
		 * The meta object literal for the '{@link io.trunkline.model.LineType <em>Line Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.trunkline.model.LineType
		 * @see io.trunkline.model.impl.TopologyPackageImpl#getLineType()
		 * @generated
		 */
		EEnum LINE_TYPE = eINSTANCE.getLineType();

		/**
		 * The meta object literal for the '{@link io.trunkline.model.SipTrunkConnection <em>Sip Trunk Connection</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.trunkline.model.SipTrunkConnection
		 * @see io.trunkline.model.impl.TopologyPackageImpl#getSipTrunkConnection()
		 * @generated
		 */
		EEnum SIP_TRUNK_CONNECTION = eINSTANCE.getSipTrunkConnection();

		/**
		 * The meta object literal for the '{@link io.trunkline.model.VoicePolicyScope <em>Voice Policy Scope</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.trunkline.model.VoicePolicyScope
		 * @see io.trunkline.model.impl.TopologyPackageImpl#getVoicePolicyScope()
		 * @generated
		 */
		EEnum VOICE_POLICY_SCOPE = eINSTANCE.getVoicePolicyScope();

		/**
		 * The meta object literal for the '{@link io.trunkline.model.WanCodec <em>Wan Codec</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.trunkline.model.WanCodec
		 * @see io.trunkline.model.impl.TopologyPackageImpl#getWanCodec()
		 * @generated
		 */
		EEnum WAN_CODEC = eINSTANCE.getWanCodec();

	}

} //TopologyPackage
