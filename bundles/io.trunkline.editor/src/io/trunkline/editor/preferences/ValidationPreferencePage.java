package io.trunkline.editor.preferences;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.osgi.service.prefs.BackingStoreException;

import io.trunkline.model.persistence.AtomicFiles;
import io.trunkline.validation.Rule;
import io.trunkline.validation.RuleCatalogue;
import io.trunkline.validation.RuleSetting;
import io.trunkline.validation.RuleSettings;
import io.trunkline.validation.RuleSettingsException;
import io.trunkline.validation.Severity;

/**
 * <i>Trunkline ▸ Validation</i>: every rule of the catalogue with its id, title, severity and source; a rule can be
 * switched off (its check box) or given another severity. Open editors follow on OK or Apply. Import and Export
 * read and write the file {@code trunkline validate --rules FILE} takes, so a team's CI checks what its editors show.
 */
public final class ValidationPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "io.trunkline.editor.preferences.validation";

	private static final String[] SEVERITIES = { "error", "warning", "info" };

	/** The working copy: what the table shows, saved on OK. */
	private final Map<Rule, Severity> severities = new HashMap<>();
	private final Map<Rule, Boolean> enabled = new HashMap<>();
	private CheckboxTableViewer table;

	@Override
	public void init(IWorkbench workbench) {
		setDescription("Switch a rule off with its check box, or choose another severity for its findings. "
				+ "Export writes the file 'trunkline validate --rules FILE' reads.");
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(2, false));
		table = CheckboxTableViewer.newCheckList(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.SINGLE);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(1, 3).hint(760, 380).applyTo(table.getControl());
		column("Rule", 90, Rule::id);
		TableViewerColumn severity = column("Severity", 80, rule -> severities.get(rule).name().toLowerCase(Locale.ROOT));
		severity.setEditingSupport(new SeverityEditing());
		column("Title", 320, Rule::title);
		column("Source", 190, rule -> rule.source().key() + ", " + rule.source().section());
		column("The sentence behind it", 600, rule -> rule.source().sentence());
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.setCheckStateProvider(new org.eclipse.jface.viewers.ICheckStateProvider() {
			@Override
			public boolean isChecked(Object element) {
				return enabled.get(element);
			}

			@Override
			public boolean isGrayed(Object element) {
				return false;
			}
		});
		table.addCheckStateListener(event -> enabled.put((Rule) event.getElement(), event.getChecked()));
		show(ValidationPreferences.settings());
		table.setInput(RuleCatalogue.all());
		button(body, "Import…", this::importFile);
		button(body, "Export…", this::exportFile);
		Label spacer = new Label(body, SWT.NONE);
		GridDataFactory.fillDefaults().grab(false, true).applyTo(spacer);
		return body;
	}

	private TableViewerColumn column(String title, int width, java.util.function.Function<Rule, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Rule) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return ((Rule) element).source().sentence();
			}
		});
		return column;
	}

	private static void button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		GridDataFactory.fillDefaults().applyTo(button);
		button.addListener(SWT.Selection, e -> action.run());
	}

	private void show(RuleSettings settings) {
		for (Rule rule : RuleCatalogue.all()) {
			RuleSetting setting = settings.setting(rule);
			enabled.put(rule, setting != RuleSetting.OFF);
			severities.put(rule, setting.severity(rule));
		}
		if (table.getInput() != null) {
			table.refresh();
		}
	}

	/** What the table shows, as settings. */
	RuleSettings current() {
		RuleSettings settings = RuleSettings.defaults();
		for (Rule rule : RuleCatalogue.all()) {
			settings = settings.with(rule, enabled.get(rule) ? RuleSetting.of(rule, severities.get(rule)) : RuleSetting.OFF);
		}
		return settings;
	}

	@Override
	protected void performDefaults() {
		show(RuleSettings.defaults());
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		try {
			ValidationPreferences.store(current());
			return true;
		} catch (BackingStoreException failed) {
			ErrorDialog.openError(getShell(), "Validation settings", "The settings could not be saved.",
					Status.error(failed.getMessage() == null ? "the workspace preferences refused them" : failed.getMessage()));
			return false;
		}
	}

	private void importFile() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setText("Import rule settings");
		dialog.setFilterExtensions(new String[] { "*.properties", "*" });
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		try {
			show(RuleSettings.read(Path.of(chosen), chosen));
		} catch (RuleSettingsException bad) {
			// nothing of the file is taken: a half-applied file would be worse than none
			MessageDialog.openError(getShell(), "Import rule settings", bad.getMessage() + "\n\nThe settings on the page are unchanged.");
		}
	}

	private void exportFile() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setText("Export rule settings");
		dialog.setFileName("trunkline-rules.properties");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		try {
			AtomicFiles.write(Path.of(chosen), current().text().getBytes(StandardCharsets.UTF_8));
		} catch (IOException failed) {
			ErrorDialog.openError(getShell(), "Export rule settings", "The settings were not written to " + chosen + ".",
					new Status(IStatus.ERROR, "io.trunkline.editor", failed.getMessage() == null ? "the file system refused it" : failed.getMessage()));
		}
	}

	private final class SeverityEditing extends EditingSupport {
		SeverityEditing() {
			super(table);
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return new ComboBoxCellEditor(table.getTable(), SEVERITIES, SWT.READ_ONLY);
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			return severities.get(element).ordinal();
		}

		@Override
		protected void setValue(Object element, Object value) {
			int index = (Integer) value;
			if (index >= 0) {
				severities.put((Rule) element, Severity.values()[index]);
				table.update(element, null);
			}
		}
	}
}
