package io.trunkline.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

/**
 * What a site inventory would do to a topology, shown before anything changes: the sites it creates, the sites
 * it updates (matched by name) with each change in words, and the rows it refuses with the reason. Nothing in
 * the topology changes until {@link #command} is executed or {@link #apply} is called; either makes every change
 * at once, as one undoable step.
 */
public final class InventoryPreview {

    /** One row that creates or updates a site: the row number (the header is row 1), the site and each change. */
    public record SiteChange(int row, String site, List<String> changes) {
    }

    /** One row left out, with the reason in the planner's words. */
    public record Refusal(int row, String reason) {
    }

    /** One model change: set {@code feature} of {@code owner} to {@code value}, or add {@code value} to it. */
    record Edit(EObject owner, EStructuralFeature feature, Object value) {
    }

    private final String source;
    private final List<SiteChange> creations = new ArrayList<>();
    private final List<SiteChange> updates = new ArrayList<>();
    private final List<Refusal> refusals = new ArrayList<>();
    private final List<Edit> edits = new ArrayList<>();

    InventoryPreview(String source) {
        this.source = source;
    }

    /** The inventory file's name. */
    public String source() {
        return source;
    }

    /** The sites the inventory creates, in row order. */
    public List<SiteChange> creations() {
        return Collections.unmodifiableList(creations);
    }

    /** The existing sites it changes, in row order; a row that changes nothing is not listed. */
    public List<SiteChange> updates() {
        return Collections.unmodifiableList(updates);
    }

    /** The rows it refuses, in row order. */
    public List<Refusal> refusals() {
        return Collections.unmodifiableList(refusals);
    }

    /** Whether applying the inventory changes anything. */
    public boolean changesSomething() {
        return !edits.isEmpty();
    }

    /** The preview as text lines: creations, updates and refusals. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("Site inventory " + source + ": " + creations.size() + (creations.size() == 1 ? " site" : " sites")
                + " to create, " + updates.size() + " to update, " + refusals.size() + (refusals.size() == 1 ? " row" : " rows")
                + " refused.");
        creations.forEach(c -> lines.add("  row " + c.row() + ": create " + c.site() + " (" + String.join("; ", c.changes()) + ")"));
        updates.forEach(u -> lines.add("  row " + u.row() + ": update " + u.site() + ": " + String.join("; ", u.changes())));
        refusals.forEach(r -> lines.add("  row " + r.row() + ": refused: " + r.reason()));
        return lines;
    }

    /**
     * Every change as one command for {@code domain}'s command stack (the editor's), so one Undo takes the whole
     * inventory back. Call it once per preview.
     */
    public Command command(EditingDomain domain) {
        CompoundCommand all = new CompoundCommand("Import Site Inventory");
        for (Edit edit : edits) {
            if (edit.feature().isMany()) {
                all.append(new AddCommand(domain, edit.owner(), edit.feature(), edit.value()));
            } else {
                all.append(new SetCommand(domain, edit.owner(), edit.feature(), edit.value()));
            }
        }
        return all;
    }

    /** Applies every change directly, without an editor (the command line). */
    public void apply() {
        if (edits.isEmpty()) {
            return;
        }
        EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack());
        domain.getCommandStack().execute(command(domain));
    }

    void created(SiteChange change) {
        creations.add(change);
    }

    void updated(SiteChange change) {
        updates.add(change);
    }

    void refused(Refusal refusal) {
        refusals.add(refusal);
    }

    void edit(Edit edit) {
        edits.add(edit);
    }
}
