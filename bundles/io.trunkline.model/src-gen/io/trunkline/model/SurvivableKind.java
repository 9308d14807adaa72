/**
 */
package io.trunkline.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Survivable Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Branch resiliency box (domain.md §1, [EVR]).
 * <!-- end-model-doc -->
 * @see io.trunkline.model.TopologyPackage#getSurvivableKind()
 * @model
 * @generated
 */
public enum SurvivableKind implements Enumerator {
	/**
	 * The '<em><b>SBA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Survivable Branch Appliance: gateway, Registrar and Mediation in one box, for 25 to 1,000 users [EVR].
	 * <!-- end-model-doc -->
	 * @see #SBA_VALUE
	 * @generated
	 * @ordered
	 */
	SBA(0, "SBA", "SBA"),

	/**
	 * The '<em><b>SBS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Survivable Branch Server: Registrar and Mediation on a server, for 1,000 to 2,000 users [EVR].
	 * <!-- end-model-doc -->
	 * @see #SBS_VALUE
	 * @generated
	 * @ordered
	 */
	SBS(1, "SBS", "SBS");

	/**
	 * The '<em><b>SBA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Survivable Branch Appliance: gateway, Registrar and Mediation in one box, for 25 to 1,000 users [EVR].
	 * <!-- end-model-doc -->
	 * @see #SBA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SBA_VALUE = 0;

	/**
	 * The '<em><b>SBS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Survivable Branch Server: Registrar and Mediation on a server, for 1,000 to 2,000 users [EVR].
	 * <!-- end-model-doc -->
	 * @see #SBS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SBS_VALUE = 1;

	/**
	 * An array of all the '<em><b>Survivable Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SurvivableKind[] VALUES_ARRAY =
		new SurvivableKind[] {
			SBA,
			SBS,
		};

	/**
	 * A public read-only list of all the '<em><b>Survivable Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SurvivableKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Survivable Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SurvivableKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SurvivableKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Survivable Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SurvivableKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SurvivableKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Survivable Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SurvivableKind get(int value) {
		switch (value) {
			case SBA_VALUE: return SBA;
			case SBS_VALUE: return SBS;
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
	private SurvivableKind(int value, String name, String literal) {
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
	
} //SurvivableKind
