/**
 */
package io.trunkline.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Wan Codec</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Codec of PSTN calls on a WAN link and the bandwidth of one call (domain-catalogue.md MB-10, [CAC]).
 * <!-- end-model-doc -->
 * @see io.trunkline.model.TopologyPackage#getWanCodec()
 * @model
 * @generated
 */
public enum WanCodec implements Enumerator {
	/**
	 * The '<em><b>G711</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * G.711 without forward error correction: 102 kbit/s a call through Mediation, 97 with media bypass [CAC].
	 * <!-- end-model-doc -->
	 * @see #G711_VALUE
	 * @generated
	 * @ordered
	 */
	G711(0, "G711", "G711"),

	/**
	 * The '<em><b>G711 FEC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * G.711 with forward error correction: 166 kbit/s a call through Mediation, 161 with media bypass [CAC].
	 * <!-- end-model-doc -->
	 * @see #G711_FEC_VALUE
	 * @generated
	 * @ordered
	 */
	G711_FEC(1, "G711_FEC", "G711_FEC");

	/**
	 * The '<em><b>G711</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * G.711 without forward error correction: 102 kbit/s a call through Mediation, 97 with media bypass [CAC].
	 * <!-- end-model-doc -->
	 * @see #G711
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int G711_VALUE = 0;

	/**
	 * The '<em><b>G711 FEC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * G.711 with forward error correction: 166 kbit/s a call through Mediation, 161 with media bypass [CAC].
	 * <!-- end-model-doc -->
	 * @see #G711_FEC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int G711_FEC_VALUE = 1;

	/**
	 * An array of all the '<em><b>Wan Codec</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final WanCodec[] VALUES_ARRAY =
		new WanCodec[] {
			G711,
			G711_FEC,
		};

	/**
	 * A public read-only list of all the '<em><b>Wan Codec</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<WanCodec> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Wan Codec</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static WanCodec get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			WanCodec result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Wan Codec</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static WanCodec getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			WanCodec result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Wan Codec</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static WanCodec get(int value) {
		switch (value) {
			case G711_VALUE: return G711;
			case G711_FEC_VALUE: return G711_FEC;
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
	private WanCodec(int value, String name, String literal) {
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
	
} //WanCodec
