/**
 */
package io.trunkline.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Peer Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What a Mediation Server talks to over a trunk; Topology Builder stores all as IP/PSTN gateways [DGW].
 * <!-- end-model-doc -->
 * @see io.trunkline.model.TopologyPackage#getPeerKind()
 * @model
 * @generated
 */
public enum PeerKind implements Enumerator {
	/**
	 * The '<em><b>PSTN GATEWAY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A PSTN gateway [DS].
	 * <!-- end-model-doc -->
	 * @see #PSTN_GATEWAY_VALUE
	 * @generated
	 * @ordered
	 */
	PSTN_GATEWAY(0, "PSTN_GATEWAY", "PSTN_GATEWAY"),

	/**
	 * The '<em><b>IP PBX</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An IP-PBX on a direct SIP connection [DS].
	 * <!-- end-model-doc -->
	 * @see #IP_PBX_VALUE
	 * @generated
	 * @ordered
	 */
	IP_PBX(1, "IP_PBX", "IP_PBX"),

	/**
	 * The '<em><b>ITSP SBC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The session border controller of an Internet telephony service provider (SIP trunk) [SIPT].
	 * <!-- end-model-doc -->
	 * @see #ITSP_SBC_VALUE
	 * @generated
	 * @ordered
	 */
	ITSP_SBC(2, "ITSP_SBC", "ITSP_SBC"),

	/**
	 * The '<em><b>SBA GATEWAY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The PSTN gateway inside a Survivable Branch Appliance; listens on TLS 5082 / TCP 5081 [DGW].
	 * <!-- end-model-doc -->
	 * @see #SBA_GATEWAY_VALUE
	 * @generated
	 * @ordered
	 */
	SBA_GATEWAY(3, "SBA_GATEWAY", "SBA_GATEWAY");

	/**
	 * The '<em><b>PSTN GATEWAY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A PSTN gateway [DS].
	 * <!-- end-model-doc -->
	 * @see #PSTN_GATEWAY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PSTN_GATEWAY_VALUE = 0;

	/**
	 * The '<em><b>IP PBX</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An IP-PBX on a direct SIP connection [DS].
	 * <!-- end-model-doc -->
	 * @see #IP_PBX
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IP_PBX_VALUE = 1;

	/**
	 * The '<em><b>ITSP SBC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The session border controller of an Internet telephony service provider (SIP trunk) [SIPT].
	 * <!-- end-model-doc -->
	 * @see #ITSP_SBC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ITSP_SBC_VALUE = 2;

	/**
	 * The '<em><b>SBA GATEWAY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The PSTN gateway inside a Survivable Branch Appliance; listens on TLS 5082 / TCP 5081 [DGW].
	 * <!-- end-model-doc -->
	 * @see #SBA_GATEWAY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SBA_GATEWAY_VALUE = 3;

	/**
	 * An array of all the '<em><b>Peer Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PeerKind[] VALUES_ARRAY =
		new PeerKind[] {
			PSTN_GATEWAY,
			IP_PBX,
			ITSP_SBC,
			SBA_GATEWAY,
		};

	/**
	 * A public read-only list of all the '<em><b>Peer Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PeerKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Peer Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PeerKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PeerKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Peer Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PeerKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PeerKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Peer Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PeerKind get(int value) {
		switch (value) {
			case PSTN_GATEWAY_VALUE: return PSTN_GATEWAY;
			case IP_PBX_VALUE: return IP_PBX;
			case ITSP_SBC_VALUE: return ITSP_SBC;
			case SBA_GATEWAY_VALUE: return SBA_GATEWAY;
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
	private PeerKind(int value, String name, String literal) {
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
	
} //PeerKind
