/**
 */
package io.trunkline.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Deployment Option</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How a site reaches the PSTN (domain.md §2, [DS]).
 * <!-- end-model-doc -->
 * @see io.trunkline.model.TopologyPackage#getDeploymentOption()
 * @model
 * @generated
 */
public enum DeploymentOption implements Enumerator {
	/**
	 * The '<em><b>VOIP ONLY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No PBX: PSTN through gateways or SIP trunks [DS].
	 * <!-- end-model-doc -->
	 * @see #VOIP_ONLY_VALUE
	 * @generated
	 * @ordered
	 */
	VOIP_ONLY(0, "VOIP_ONLY", "VOIP_ONLY"),

	/**
	 * The '<em><b>EV BEHIND PBX</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Incremental: PSTN, then the PBX, then a gateway, then Mediation [DS].
	 * <!-- end-model-doc -->
	 * @see #EV_BEHIND_PBX_VALUE
	 * @generated
	 * @ordered
	 */
	EV_BEHIND_PBX(1, "EV_BEHIND_PBX", "EV_BEHIND_PBX"),

	/**
	 * The '<em><b>EV IN FRONT OF PBX</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Incremental: PSTN, then a gateway that trunks both to Mediation (EV users) and to the PBX (PBX users) [DS].
	 * <!-- end-model-doc -->
	 * @see #EV_IN_FRONT_OF_PBX_VALUE
	 * @generated
	 * @ordered
	 */
	EV_IN_FRONT_OF_PBX(2, "EV_IN_FRONT_OF_PBX", "EV_IN_FRONT_OF_PBX"),

	/**
	 * The '<em><b>BRANCH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A branch site whose resiliency depends on its WAN link, SBA or SBS [DS, EVR].
	 * <!-- end-model-doc -->
	 * @see #BRANCH_VALUE
	 * @generated
	 * @ordered
	 */
	BRANCH(3, "BRANCH", "BRANCH"),

	/**
	 * The '<em><b>CENTRAL TELEPHONY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A central telephony site with large gateways serving other sites [DS].
	 * <!-- end-model-doc -->
	 * @see #CENTRAL_TELEPHONY_VALUE
	 * @generated
	 * @ordered
	 */
	CENTRAL_TELEPHONY(4, "CENTRAL_TELEPHONY", "CENTRAL_TELEPHONY");

	/**
	 * The '<em><b>VOIP ONLY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No PBX: PSTN through gateways or SIP trunks [DS].
	 * <!-- end-model-doc -->
	 * @see #VOIP_ONLY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VOIP_ONLY_VALUE = 0;

	/**
	 * The '<em><b>EV BEHIND PBX</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Incremental: PSTN, then the PBX, then a gateway, then Mediation [DS].
	 * <!-- end-model-doc -->
	 * @see #EV_BEHIND_PBX
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EV_BEHIND_PBX_VALUE = 1;

	/**
	 * The '<em><b>EV IN FRONT OF PBX</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Incremental: PSTN, then a gateway that trunks both to Mediation (EV users) and to the PBX (PBX users) [DS].
	 * <!-- end-model-doc -->
	 * @see #EV_IN_FRONT_OF_PBX
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EV_IN_FRONT_OF_PBX_VALUE = 2;

	/**
	 * The '<em><b>BRANCH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A branch site whose resiliency depends on its WAN link, SBA or SBS [DS, EVR].
	 * <!-- end-model-doc -->
	 * @see #BRANCH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BRANCH_VALUE = 3;

	/**
	 * The '<em><b>CENTRAL TELEPHONY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A central telephony site with large gateways serving other sites [DS].
	 * <!-- end-model-doc -->
	 * @see #CENTRAL_TELEPHONY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CENTRAL_TELEPHONY_VALUE = 4;

	/**
	 * An array of all the '<em><b>Deployment Option</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DeploymentOption[] VALUES_ARRAY =
		new DeploymentOption[] {
			VOIP_ONLY,
			EV_BEHIND_PBX,
			EV_IN_FRONT_OF_PBX,
			BRANCH,
			CENTRAL_TELEPHONY,
		};

	/**
	 * A public read-only list of all the '<em><b>Deployment Option</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DeploymentOption> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Deployment Option</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DeploymentOption get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DeploymentOption result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Deployment Option</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DeploymentOption getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DeploymentOption result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Deployment Option</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DeploymentOption get(int value) {
		switch (value) {
			case VOIP_ONLY_VALUE: return VOIP_ONLY;
			case EV_BEHIND_PBX_VALUE: return EV_BEHIND_PBX;
			case EV_IN_FRONT_OF_PBX_VALUE: return EV_IN_FRONT_OF_PBX;
			case BRANCH_VALUE: return BRANCH;
			case CENTRAL_TELEPHONY_VALUE: return CENTRAL_TELEPHONY;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private DeploymentOption(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //DeploymentOption
