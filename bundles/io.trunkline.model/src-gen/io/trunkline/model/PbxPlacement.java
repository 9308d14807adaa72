/**
 */
package io.trunkline.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Pbx Placement</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Where Enterprise Voice sits relative to the PBX (domain.md §2, [DS]).
 * <!-- end-model-doc -->
 * @see io.trunkline.model.TopologyPackage#getPbxPlacement()
 * @model
 * @generated
 */
public enum PbxPlacement implements Enumerator {
	/**
	 * The '<em><b>EV BEHIND PBX</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PSTN, PBX, gateway, Mediation [DS].
	 * <!-- end-model-doc -->
	 * @see #EV_BEHIND_PBX_VALUE
	 * @generated
	 * @ordered
	 */
	EV_BEHIND_PBX(0, "EV_BEHIND_PBX", "EV_BEHIND_PBX"),

	/**
	 * The '<em><b>EV IN FRONT OF PBX</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PSTN, gateway, then Mediation or PBX [DS].
	 * <!-- end-model-doc -->
	 * @see #EV_IN_FRONT_OF_PBX_VALUE
	 * @generated
	 * @ordered
	 */
	EV_IN_FRONT_OF_PBX(1, "EV_IN_FRONT_OF_PBX", "EV_IN_FRONT_OF_PBX");

	/**
	 * The '<em><b>EV BEHIND PBX</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PSTN, PBX, gateway, Mediation [DS].
	 * <!-- end-model-doc -->
	 * @see #EV_BEHIND_PBX
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EV_BEHIND_PBX_VALUE = 0;

	/**
	 * The '<em><b>EV IN FRONT OF PBX</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PSTN, gateway, then Mediation or PBX [DS].
	 * <!-- end-model-doc -->
	 * @see #EV_IN_FRONT_OF_PBX
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EV_IN_FRONT_OF_PBX_VALUE = 1;

	/**
	 * An array of all the '<em><b>Pbx Placement</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PbxPlacement[] VALUES_ARRAY =
		new PbxPlacement[] {
			EV_BEHIND_PBX,
			EV_IN_FRONT_OF_PBX,
		};

	/**
	 * A public read-only list of all the '<em><b>Pbx Placement</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PbxPlacement> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Pbx Placement</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PbxPlacement get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PbxPlacement result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Pbx Placement</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PbxPlacement getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PbxPlacement result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Pbx Placement</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PbxPlacement get(int value) {
		switch (value) {
			case EV_BEHIND_PBX_VALUE: return EV_BEHIND_PBX;
			case EV_IN_FRONT_OF_PBX_VALUE: return EV_IN_FRONT_OF_PBX;
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
	private PbxPlacement(int value, String name, String literal) {
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
	
} //PbxPlacement
