/**
 */
package io.trunkline.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Media Bypass Mode</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Global media bypass setting (domain.md §1, [MB]).
 * <!-- end-model-doc -->
 * @see io.trunkline.model.TopologyPackage#getMediaBypassMode()
 * @model
 * @generated
 */
public enum MediaBypassMode implements Enumerator {
	/**
	 * The '<em><b>OFF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Media bypass is disabled.
	 * <!-- end-model-doc -->
	 * @see #OFF_VALUE
	 * @generated
	 * @ordered
	 */
	OFF(0, "OFF", "OFF"),

	/**
	 * The '<em><b>ALWAYS BYPASS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * "Always Bypass" [MB]; not allowed together with call admission control.
	 * <!-- end-model-doc -->
	 * @see #ALWAYS_BYPASS_VALUE
	 * @generated
	 * @ordered
	 */
	ALWAYS_BYPASS(1, "ALWAYS_BYPASS", "ALWAYS_BYPASS"),

	/**
	 * The '<em><b>USE SITE AND REGION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * "Use Site and Region Information" [MB].
	 * <!-- end-model-doc -->
	 * @see #USE_SITE_AND_REGION_VALUE
	 * @generated
	 * @ordered
	 */
	USE_SITE_AND_REGION(2, "USE_SITE_AND_REGION", "USE_SITE_AND_REGION");

	/**
	 * The '<em><b>OFF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Media bypass is disabled.
	 * <!-- end-model-doc -->
	 * @see #OFF
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OFF_VALUE = 0;

	/**
	 * The '<em><b>ALWAYS BYPASS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * "Always Bypass" [MB]; not allowed together with call admission control.
	 * <!-- end-model-doc -->
	 * @see #ALWAYS_BYPASS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ALWAYS_BYPASS_VALUE = 1;

	/**
	 * The '<em><b>USE SITE AND REGION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * "Use Site and Region Information" [MB].
	 * <!-- end-model-doc -->
	 * @see #USE_SITE_AND_REGION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int USE_SITE_AND_REGION_VALUE = 2;

	/**
	 * An array of all the '<em><b>Media Bypass Mode</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MediaBypassMode[] VALUES_ARRAY =
		new MediaBypassMode[] {
			OFF,
			ALWAYS_BYPASS,
			USE_SITE_AND_REGION,
		};

	/**
	 * A public read-only list of all the '<em><b>Media Bypass Mode</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MediaBypassMode> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Media Bypass Mode</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MediaBypassMode get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MediaBypassMode result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Media Bypass Mode</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MediaBypassMode getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MediaBypassMode result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Media Bypass Mode</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MediaBypassMode get(int value) {
		switch (value) {
			case OFF_VALUE: return OFF;
			case ALWAYS_BYPASS_VALUE: return ALWAYS_BYPASS;
			case USE_SITE_AND_REGION_VALUE: return USE_SITE_AND_REGION;
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
	private MediaBypassMode(int value, String name, String literal) {
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
	
} //MediaBypassMode
