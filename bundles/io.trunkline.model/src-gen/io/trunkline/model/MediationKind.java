/**
 */
package io.trunkline.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Mediation Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Where a Mediation Server runs (domain.md §1, [MED]).
 * <!-- end-model-doc -->
 * @see io.trunkline.model.TopologyPackage#getMediationKind()
 * @model
 * @generated
 */
public enum MediationKind implements Enumerator {
	/**
	 * The '<em><b>COLLOCATED FE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Collocated on a Front End pool (the default [MED, DMS]).
	 * <!-- end-model-doc -->
	 * @see #COLLOCATED_FE_VALUE
	 * @generated
	 * @ordered
	 */
	COLLOCATED_FE(0, "COLLOCATED_FE", "COLLOCATED_FE"),

	/**
	 * The '<em><b>COLLOCATED SE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Collocated on a Standard Edition server [MED].
	 * <!-- end-model-doc -->
	 * @see #COLLOCATED_SE_VALUE
	 * @generated
	 * @ordered
	 */
	COLLOCATED_SE(1, "COLLOCATED_SE", "COLLOCATED_SE"),

	/**
	 * The '<em><b>COLLOCATED SBA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Inside a Survivable Branch Appliance or Server [EVR].
	 * <!-- end-model-doc -->
	 * @see #COLLOCATED_SBA_VALUE
	 * @generated
	 * @ordered
	 */
	COLLOCATED_SBA(2, "COLLOCATED_SBA", "COLLOCATED_SBA"),

	/**
	 * The '<em><b>STANDALONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A stand-alone Mediation pool [MED].
	 * <!-- end-model-doc -->
	 * @see #STANDALONE_VALUE
	 * @generated
	 * @ordered
	 */
	STANDALONE(3, "STANDALONE", "STANDALONE");

	/**
	 * The '<em><b>COLLOCATED FE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Collocated on a Front End pool (the default [MED, DMS]).
	 * <!-- end-model-doc -->
	 * @see #COLLOCATED_FE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COLLOCATED_FE_VALUE = 0;

	/**
	 * The '<em><b>COLLOCATED SE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Collocated on a Standard Edition server [MED].
	 * <!-- end-model-doc -->
	 * @see #COLLOCATED_SE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COLLOCATED_SE_VALUE = 1;

	/**
	 * The '<em><b>COLLOCATED SBA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Inside a Survivable Branch Appliance or Server [EVR].
	 * <!-- end-model-doc -->
	 * @see #COLLOCATED_SBA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COLLOCATED_SBA_VALUE = 2;

	/**
	 * The '<em><b>STANDALONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A stand-alone Mediation pool [MED].
	 * <!-- end-model-doc -->
	 * @see #STANDALONE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STANDALONE_VALUE = 3;

	/**
	 * An array of all the '<em><b>Mediation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MediationKind[] VALUES_ARRAY =
		new MediationKind[] {
			COLLOCATED_FE,
			COLLOCATED_SE,
			COLLOCATED_SBA,
			STANDALONE,
		};

	/**
	 * A public read-only list of all the '<em><b>Mediation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MediationKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Mediation Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MediationKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MediationKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Mediation Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MediationKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MediationKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Mediation Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MediationKind get(int value) {
		switch (value) {
			case COLLOCATED_FE_VALUE: return COLLOCATED_FE;
			case COLLOCATED_SE_VALUE: return COLLOCATED_SE;
			case COLLOCATED_SBA_VALUE: return COLLOCATED_SBA;
			case STANDALONE_VALUE: return STANDALONE;
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
	private MediationKind(int value, String name, String literal) {
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
	
} //MediationKind
