/**
 */
package io.trunkline.model.impl;

import io.trunkline.model.LineType;
import io.trunkline.model.PstnLink;
import io.trunkline.model.TopologyPackage;
import io.trunkline.model.TrunkPeer;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pstn Link</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.trunkline.model.impl.PstnLinkImpl#getGateway <em>Gateway</em>}</li>
 *   <li>{@link io.trunkline.model.impl.PstnLinkImpl#getCarrier <em>Carrier</em>}</li>
 *   <li>{@link io.trunkline.model.impl.PstnLinkImpl#getLineType <em>Line Type</em>}</li>
 *   <li>{@link io.trunkline.model.impl.PstnLinkImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link io.trunkline.model.impl.PstnLinkImpl#getLines <em>Lines</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PstnLinkImpl extends ElementImpl implements PstnLink {
	/**
	 * The cached value of the '{@link #getGateway() <em>Gateway</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGateway()
	 * @generated
	 * @ordered
	 */
	protected TrunkPeer gateway;

	/**
	 * The default value of the '{@link #getCarrier() <em>Carrier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCarrier()
	 * @generated
	 * @ordered
	 */
	protected static final String CARRIER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCarrier() <em>Carrier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCarrier()
	 * @generated
	 * @ordered
	 */
	protected String carrier = CARRIER_EDEFAULT;

	/**
	 * The default value of the '{@link #getLineType() <em>Line Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineType()
	 * @generated
	 * @ordered
	 */
	protected static final LineType LINE_TYPE_EDEFAULT = LineType.T1;

	/**
	 * The cached value of the '{@link #getLineType() <em>Line Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineType()
	 * @generated
	 * @ordered
	 */
	protected LineType lineType = LINE_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getChannels() <em>Channels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected static final int CHANNELS_EDEFAULT = 23;

	/**
	 * The cached value of the '{@link #getChannels() <em>Channels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected int channels = CHANNELS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLines() <em>Lines</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLines()
	 * @generated
	 * @ordered
	 */
	protected static final int LINES_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getLines() <em>Lines</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLines()
	 * @generated
	 * @ordered
	 */
	protected int lines = LINES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PstnLinkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.PSTN_LINK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrunkPeer getGateway() {
		if (gateway != null && gateway.eIsProxy()) {
			InternalEObject oldGateway = (InternalEObject)gateway;
			gateway = (TrunkPeer)eResolveProxy(oldGateway);
			if (gateway != oldGateway) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.PSTN_LINK__GATEWAY, oldGateway, gateway));
			}
		}
		return gateway;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TrunkPeer basicGetGateway() {
		return gateway;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGateway(TrunkPeer newGateway) {
		TrunkPeer oldGateway = gateway;
		gateway = newGateway;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.PSTN_LINK__GATEWAY, oldGateway, gateway));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCarrier() {
		return carrier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCarrier(String newCarrier) {
		String oldCarrier = carrier;
		carrier = newCarrier;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.PSTN_LINK__CARRIER, oldCarrier, carrier));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LineType getLineType() {
		return lineType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLineType(LineType newLineType) {
		LineType oldLineType = lineType;
		lineType = newLineType == null ? LINE_TYPE_EDEFAULT : newLineType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.PSTN_LINK__LINE_TYPE, oldLineType, lineType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getChannels() {
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannels(int newChannels) {
		int oldChannels = channels;
		channels = newChannels;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.PSTN_LINK__CHANNELS, oldChannels, channels));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLines() {
		return lines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLines(int newLines) {
		int oldLines = lines;
		lines = newLines;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.PSTN_LINK__LINES, oldLines, lines));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.PSTN_LINK__GATEWAY:
				if (resolve) return getGateway();
				return basicGetGateway();
			case TopologyPackage.PSTN_LINK__CARRIER:
				return getCarrier();
			case TopologyPackage.PSTN_LINK__LINE_TYPE:
				return getLineType();
			case TopologyPackage.PSTN_LINK__CHANNELS:
				return getChannels();
			case TopologyPackage.PSTN_LINK__LINES:
				return getLines();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TopologyPackage.PSTN_LINK__GATEWAY:
				setGateway((TrunkPeer)newValue);
				return;
			case TopologyPackage.PSTN_LINK__CARRIER:
				setCarrier((String)newValue);
				return;
			case TopologyPackage.PSTN_LINK__LINE_TYPE:
				setLineType((LineType)newValue);
				return;
			case TopologyPackage.PSTN_LINK__CHANNELS:
				setChannels((Integer)newValue);
				return;
			case TopologyPackage.PSTN_LINK__LINES:
				setLines((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case TopologyPackage.PSTN_LINK__GATEWAY:
				setGateway((TrunkPeer)null);
				return;
			case TopologyPackage.PSTN_LINK__CARRIER:
				setCarrier(CARRIER_EDEFAULT);
				return;
			case TopologyPackage.PSTN_LINK__LINE_TYPE:
				setLineType(LINE_TYPE_EDEFAULT);
				return;
			case TopologyPackage.PSTN_LINK__CHANNELS:
				setChannels(CHANNELS_EDEFAULT);
				return;
			case TopologyPackage.PSTN_LINK__LINES:
				setLines(LINES_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case TopologyPackage.PSTN_LINK__GATEWAY:
				return gateway != null;
			case TopologyPackage.PSTN_LINK__CARRIER:
				return CARRIER_EDEFAULT == null ? carrier != null : !CARRIER_EDEFAULT.equals(carrier);
			case TopologyPackage.PSTN_LINK__LINE_TYPE:
				return lineType != LINE_TYPE_EDEFAULT;
			case TopologyPackage.PSTN_LINK__CHANNELS:
				return channels != CHANNELS_EDEFAULT;
			case TopologyPackage.PSTN_LINK__LINES:
				return lines != LINES_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (carrier: ");
		result.append(carrier);
		result.append(", lineType: ");
		result.append(lineType);
		result.append(", channels: ");
		result.append(channels);
		result.append(", lines: ");
		result.append(lines);
		result.append(')');
		return result.toString();
	}

} //PstnLinkImpl
