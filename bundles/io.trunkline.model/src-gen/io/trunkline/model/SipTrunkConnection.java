/**
 */
package io.trunkline.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Sip Trunk Connection</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How a SIP trunk reaches the service provider [SIPT].
 * <!-- end-model-doc -->
 * @see io.trunkline.model.TopologyPackage#getSipTrunkConnection()
 * @model
 * @generated
 */
public enum SipTrunkConnection implements Enumerator {
	/**
	 * The '<em><b>NOT PLANNED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not decided yet, or not a SIP trunk.
	 * <!-- end-model-doc -->
	 * @see #NOT_PLANNED_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_PLANNED(0, "NOT_PLANNED", "NOT_PLANNED"),

	/**
	 * The '<em><b>MPLS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A multiprotocol label switching network of the provider [SIPT].
	 * <!-- end-model-doc -->
	 * @see #MPLS_VALUE
	 * @generated
	 * @ordered
	 */
	MPLS(1, "MPLS", "MPLS"),

	/**
	 * The '<em><b>PRIVATE LINE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A private line to the provider [SIPT].
	 * <!-- end-model-doc -->
	 * @see #PRIVATE_LINE_VALUE
	 * @generated
	 * @ordered
	 */
	PRIVATE_LINE(2, "PRIVATE_LINE", "PRIVATE_LINE"),

	/**
	 * The '<em><b>INTERNET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Internet, through a VPN; "not recommended for mid-size or larger sites" [SIPT] (ST-02).
	 * <!-- end-model-doc -->
	 * @see #INTERNET_VALUE
	 * @generated
	 * @ordered
	 */
	INTERNET(3, "INTERNET", "INTERNET");

	/**
	 * The '<em><b>NOT PLANNED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not decided yet, or not a SIP trunk.
	 * <!-- end-model-doc -->
	 * @see #NOT_PLANNED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_PLANNED_VALUE = 0;

	/**
	 * The '<em><b>MPLS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A multiprotocol label switching network of the provider [SIPT].
	 * <!-- end-model-doc -->
	 * @see #MPLS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MPLS_VALUE = 1;

	/**
	 * The '<em><b>PRIVATE LINE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A private line to the provider [SIPT].
	 * <!-- end-model-doc -->
	 * @see #PRIVATE_LINE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRIVATE_LINE_VALUE = 2;

	/**
	 * The '<em><b>INTERNET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Internet, through a VPN; "not recommended for mid-size or larger sites" [SIPT] (ST-02).
	 * <!-- end-model-doc -->
	 * @see #INTERNET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTERNET_VALUE = 3;

	/**
	 * An array of all the '<em><b>Sip Trunk Connection</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SipTrunkConnection[] VALUES_ARRAY =
		new SipTrunkConnection[] {
			NOT_PLANNED,
			MPLS,
			PRIVATE_LINE,
			INTERNET,
		};

	/**
	 * A public read-only list of all the '<em><b>Sip Trunk Connection</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SipTrunkConnection> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Sip Trunk Connection</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SipTrunkConnection get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SipTrunkConnection result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Sip Trunk Connection</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SipTrunkConnection getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SipTrunkConnection result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Sip Trunk Connection</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SipTrunkConnection get(int value) {
		switch (value) {
			case NOT_PLANNED_VALUE: return NOT_PLANNED;
			case MPLS_VALUE: return MPLS;
			case PRIVATE_LINE_VALUE: return PRIVATE_LINE;
			case INTERNET_VALUE: return INTERNET;
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
	private SipTrunkConnection(int value, String name, String literal) {
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
	
} //SipTrunkConnection
