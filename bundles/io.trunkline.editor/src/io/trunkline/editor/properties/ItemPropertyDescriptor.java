package io.trunkline.editor.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * One EMF.Edit property in the Properties view: enumerations, booleans and references as
 * combos of their allowed values; numbers as text checked on entry, so "abc" or "-5" ports is
 * refused with a message instead of reaching the model.
 */
final class ItemPropertyDescriptor extends PropertyDescriptor {

	private final Object object;
	private final IItemPropertyDescriptor item;

	ItemPropertyDescriptor(Object object, IItemPropertyDescriptor item) {
		super(item, item.getDisplayName(object));
		this.object = object;
		this.item = item;
		setCategory(item.getCategory(object));
		setDescription(item.getDescription(object));
		setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object value) {
				IItemLabelProvider labels = item.getLabelProvider(object);
				return labels.getText(value);
			}
		});
	}

	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		if (!item.canSetProperty(object)) {
			return null;
		}
		Collection<?> choices = item.getChoiceOfValues(object);
		if (choices != null && !item.isMany(object)) {
			return combo(parent, new ArrayList<>(choices));
		}
		if (choices != null && item.getFeature(object) instanceof EReference reference && reference.isMany()) {
			return orderedChoice(parent, new ArrayList<>(choices));
		}
		if (item.getFeature(object) instanceof EAttribute attribute && !attribute.isMany()) {
			EDataType type = attribute.getEAttributeType();
			Class<?> javaType = type.getInstanceClass();
			if (javaType == boolean.class || javaType == Boolean.class) {
				return combo(parent, List.of(Boolean.TRUE, Boolean.FALSE));
			}
			return new DataTypeCellEditor(parent, attribute, getDisplayName());
		}
		return null;
	}

	/** A list reference (a route's trunks, a policy's usages): its labels in order, and a dialog to pick and order them. */
	private CellEditor orderedChoice(Composite parent, List<Object> choices) {
		IItemLabelProvider labels = item.getLabelProvider(object);
		return new DialogCellEditor(parent) {
			@Override
			protected Object openDialogBox(Control cell) {
				OrderedChoiceDialog dialog = new OrderedChoiceDialog(cell.getShell(), getDisplayName(), choices,
						getValue() instanceof List<?> current ? current : List.of(), labels::getText);
				return dialog.open() == Window.OK ? dialog.chosen() : null;
			}

			@Override
			protected void updateContents(Object value) {
				if (getDefaultLabel() != null) {
					getDefaultLabel().setText(value instanceof List<?> list
							? String.join(", ", list.stream().map(labels::getText).toList()) : "");
				}
			}
		};
	}

	private CellEditor combo(Composite parent, List<Object> values) {
		IItemLabelProvider labels = item.getLabelProvider(object);
		String[] texts = values.stream().map(labels::getText).toArray(String[]::new);
		return new ComboBoxCellEditor(parent, texts, SWT.READ_ONLY) {
			@Override
			protected Object doGetValue() {
				Integer index = (Integer) super.doGetValue();
				return index == null || index < 0 ? null : values.get(index);
			}

			@Override
			protected void doSetValue(Object value) {
				super.doSetValue(Math.max(0, values.indexOf(value)));
			}
		};
	}

	/** Text entry converted with the attribute's own data type, refusing what does not convert. */
	private static final class DataTypeCellEditor extends TextCellEditor {

		private final EAttribute attribute;
		private final String name;

		DataTypeCellEditor(Composite parent, EAttribute attribute, String name) {
			super(parent);
			this.attribute = attribute;
			this.name = name;
			setValidator(this::validate);
		}

		/**
		 * The viewer checks both what the user typed (text) and the model's value it hands
		 * the editor on activation (an Integer or Double for a number), so both are accepted.
		 */
		String validate(Object typedOrValue) {
			Object value;
			if (typedOrValue instanceof String text && attribute.getEAttributeType().getInstanceClass() != String.class) {
				try {
					value = EcoreUtil.createFromString(attribute.getEAttributeType(), text.strip());
				} catch (RuntimeException notConvertible) {
					return name + ": '" + text + "' is not a " + (isWholeNumber() ? "whole number" : "number");
				}
			} else {
				value = typedOrValue;
			}
			return value instanceof Number number && number.doubleValue() < 0 ? name + " cannot be negative" : null;
		}

		private boolean isWholeNumber() {
			Class<?> type = attribute.getEAttributeType().getInstanceClass();
			return type == int.class || type == Integer.class || type == long.class || type == Long.class || type == short.class;
		}

		@Override
		protected Object doGetValue() {
			String text = (String) super.doGetValue();
			return attribute.getEAttributeType().getInstanceClass() == String.class ? text
					: EcoreUtil.createFromString(attribute.getEAttributeType(), text.strip());
		}

		@Override
		protected void doSetValue(Object value) {
			super.doSetValue(value == null ? "" : EcoreUtil.convertToString(attribute.getEAttributeType(), value));
		}
	}
}
