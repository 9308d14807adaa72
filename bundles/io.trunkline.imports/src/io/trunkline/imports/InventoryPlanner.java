package io.trunkline.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.trunkline.imports.InventoryPreview.Edit;
import io.trunkline.imports.InventoryPreview.Refusal;
import io.trunkline.imports.InventoryPreview.SiteChange;
import io.trunkline.imports.InventoryTable.Row;
import io.trunkline.model.BranchSite;
import io.trunkline.model.CentralSite;
import io.trunkline.model.DeploymentOption;
import io.trunkline.model.Element;
import io.trunkline.model.Pbx;
import io.trunkline.model.Site;
import io.trunkline.model.Topology;
import io.trunkline.model.TopologyFactory;
import io.trunkline.model.TopologyPackage;
import io.trunkline.model.UsageProfile;
import io.trunkline.model.WanLink;
import io.trunkline.model.persistence.ElementIds;
import io.trunkline.model.persistence.TopologyLimits;
import io.trunkline.model.persistence.UserText;

/**
 * Works out, row by row, what a site inventory changes in a topology, without changing it. A row is applied
 * whole or refused whole with the reason; central-site rows are planned before branch rows, so a branch may
 * name a central site created further down the same file.
 */
final class InventoryPlanner {

    private static final TopologyPackage P = TopologyPackage.eINSTANCE;
    private static final TopologyFactory F = TopologyFactory.eINSTANCE;

    enum Column {
        NAME("site name", "sitename", "site", "name"), KIND("central/branch", "centralbranch", "kind", "type", "sitetype"),
        PARENT("parent central site", "parentcentralsite", "parent", "centralsite"), CITY("city", "city"),
        COUNTRY("country/region", "countryregion", "country", "countrycode"), USERS("users", "users"),
        PROFILE("usage profile", "usageprofile", "profile", "usage"),
        PBX_USERS("existing PBX users", "existingpbxusers", "pbxusers"),
        WAN("WAN resilience", "wanresilience", "wanresilient", "resilientwan", "wan");

        final String title;
        final List<String> keys;

        Column(String title, String... keys) {
            this.title = title;
            this.keys = List.of(keys);
        }
    }

    private final Topology topology;
    private final InventoryPreview preview;
    private final String file;
    private final Map<Column, Integer> columns = new HashMap<>();
    private final Set<String> ids = new HashSet<>();
    /** Sites by lower-case name: the topology's, then the ones this inventory creates. */
    private final Map<String, List<Site>> sitesByName = new HashMap<>();
    private final Map<String, Integer> rowOfName = new HashMap<>();
    private int nextSiteId;

    InventoryPlanner(Topology topology, String file) {
        this.topology = topology;
        this.file = file;
        this.preview = new InventoryPreview(file);
        topology.eAllContents().forEachRemaining(o -> {
            if (o instanceof Element e && e.getId() != null) {
                ids.add(e.getId());
            }
            if (o instanceof Site site && site.getName() != null) {
                sitesByName.computeIfAbsent(key(site.getName()), k -> new ArrayList<>()).add(site);
            }
            if (o instanceof CentralSite central) {
                nextSiteId = Math.max(nextSiteId, central.getSiteId());
            }
        });
        if (topology.getId() != null) {
            ids.add(topology.getId());
        }
    }

    InventoryPreview plan(InventoryTable table) throws ImportProblem {
        readHeader(table.header());
        List<Row> rows = table.rows().stream().filter(r -> !r.blank()).toList();
        List<Row> branches = new ArrayList<>();
        List<SiteChange> creations = new ArrayList<>();
        List<SiteChange> updates = new ArrayList<>();
        List<Refusal> refusals = new ArrayList<>();
        Map<Integer, List<Edit>> editsByRow = new HashMap<>();
        for (int pass = 0; pass < 2; pass++) {
            for (Row row : pass == 0 ? rows : branches) {
                try {
                    if (pass == 0 && isBranch(row)) {
                        branches.add(row);
                        continue;
                    }
                    RowPlan plan = planRow(row);
                    editsByRow.put(row.number(), plan.edits);
                    if (plan.created) {
                        creations.add(new SiteChange(row.number(), plan.site, plan.changes));
                    } else if (!plan.changes.isEmpty()) {
                        updates.add(new SiteChange(row.number(), plan.site, plan.changes));
                    }
                } catch (Refused refused) {
                    refusals.add(new Refusal(row.number(), refused.getMessage()));
                }
            }
        }
        creations.stream().sorted(Comparator.comparingInt(SiteChange::row)).forEach(preview::created);
        updates.stream().sorted(Comparator.comparingInt(SiteChange::row)).forEach(preview::updated);
        refusals.stream().sorted(Comparator.comparingInt(Refusal::row)).forEach(preview::refused);
        // Central sites first, so a new branch's parent is in place when the branch is added to it.
        editsByRow.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> e.getValue().forEach(preview::edit));
        return preview;
    }

    private void readHeader(List<String> header) throws ImportProblem {
        for (int i = 0; i < header.size(); i++) {
            String normalised = header.get(i).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            Column column = null;
            for (Column each : Column.values()) {
                if (each.keys.contains(normalised)) {
                    column = each;
                }
            }
            if (column == null && !normalised.isEmpty()) {
                throw new ImportProblem(file, 1, "", "column " + (i + 1) + " '" + UserText.printable(header.get(i))
                        + "' is not one Trunkline reads; the columns are " + String.join(", ",
                                Arrays.stream(Column.values()).map(c -> c.title).toList()));
            }
            if (column != null && columns.putIfAbsent(column, i) != null) {
                throw new ImportProblem(file, 1, "", "names the column '" + column.title + "' twice");
            }
        }
        if (!columns.containsKey(Column.NAME)) {
            throw new ImportProblem(file, 1, "", "has no 'site name' column in its header row");
        }
    }

    private boolean isBranch(Row row) {
        String kind = cell(row, Column.KIND).toLowerCase(Locale.ROOT);
        return kind.equals("branch") || kind.isEmpty() && !cell(row, Column.PARENT).isEmpty();
    }

    private String cell(Row row, Column column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cell(index);
    }

    // --- one row --------------------------------------------------------------------------------------------------

    private static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    private static final class RowPlan {
        final List<Edit> edits = new ArrayList<>();
        final List<String> changes = new ArrayList<>();
        String site;
        boolean created;

        void set(EObject owner, EStructuralFeature feature, Object value, String change) {
            edits.add(new Edit(owner, feature, value));
            changes.add(change);
        }

        /** "users 0 → 60" for an existing site; "users 60" for a new one, which had no value before. */
        String change(String what, Object old, Object now) {
            return created ? what + " " + now : what + " " + old + " → " + now;
        }
    }

    private RowPlan planRow(Row row) throws Refused {
        for (Column column : columns.keySet()) {
            checkCell(column, cell(row, column));
        }
        String name = cell(row, Column.NAME);
        if (name.isEmpty()) {
            throw new Refused("no site name");
        }
        Integer earlier = rowOfName.putIfAbsent(key(name), row.number());
        if (earlier != null) {
            throw new Refused("site '" + UserText.printable(name) + "' is already on row " + earlier);
        }
        boolean branch = isBranch(row);
        String kind = cell(row, Column.KIND).toLowerCase(Locale.ROOT);
        if (!kind.isEmpty() && !kind.equals("central") && !kind.equals("branch")) {
            throw new Refused("central/branch is '" + UserText.printable(cell(row, Column.KIND)) + "'; write central or branch");
        }
        String parentName = cell(row, Column.PARENT);
        if (!branch && !parentName.isEmpty()) {
            throw new Refused("a central site has no parent central site, but '" + UserText.printable(parentName) + "' is given");
        }
        List<Site> matches = sitesByName.getOrDefault(key(name), List.of());
        if (matches.size() > 1) {
            throw new Refused("the topology has " + matches.size() + " sites named '" + UserText.printable(name)
                    + "'; rename them so the row matches one");
        }
        CentralSite parent = branch ? parent(parentName, matches) : null;
        RowPlan plan = new RowPlan();
        Site site;
        if (matches.isEmpty()) {
            site = branch ? F.createBranchSite() : F.createCentralSite();
            site.setId(newId(site));
            site.setName(name);
            if (site instanceof CentralSite central) {
                central.setSiteId(++nextSiteId);
                plan.edits.add(new Edit(topology, P.getTopology_CentralSites(), central));
                plan.changes.add("central site");
            } else {
                site.setDeploymentOption(DeploymentOption.BRANCH);
                plan.edits.add(new Edit(parent, P.getCentralSite_BranchSites(), site));
                plan.changes.add("branch site of " + parent.getName());
            }
            sitesByName.computeIfAbsent(key(name), k -> new ArrayList<>()).add(site);
            plan.created = true;
        } else {
            site = matches.get(0);
            if (branch != site instanceof BranchSite && !kind.isEmpty()) {
                throw new Refused("'" + UserText.printable(site.getName()) + "' is a " + (branch ? "central" : "branch")
                        + " site in the topology, but the row says " + kind + "; Trunkline does not change a site's kind");
            }
            branch = site instanceof BranchSite;
            if (branch && !parentName.isEmpty() && parent != site.eContainer()) {
                throw new Refused("branch site '" + UserText.printable(site.getName()) + "' belongs to central site '"
                        + ((Site) site.eContainer()).getName() + "'; the import does not move branches to another central site");
            }
            parent = branch ? (CentralSite) site.eContainer() : null;
        }
        plan.site = site.getName();
        text(plan, site, P.getSite_City(), "city", cell(row, Column.CITY));
        text(plan, site, P.getSite_CountryRegion(), "country/region", cell(row, Column.COUNTRY));
        users(plan, site, cell(row, Column.USERS));
        profile(plan, site, cell(row, Column.PROFILE));
        pbxUsers(plan, site, cell(row, Column.PBX_USERS));
        wan(plan, site, parent, cell(row, Column.WAN));
        if (plan.created) {
            // A new site's attributes are set on it before it is added: the add is the one edit.
            for (Edit edit : List.copyOf(plan.edits)) {
                if (edit.owner() == site && !edit.feature().isMany()) {
                    site.eSet(edit.feature(), edit.value());
                    plan.edits.remove(edit);
                }
            }
        }
        return plan;
    }

    private CentralSite parent(String parentName, List<Site> matches) throws Refused {
        if (parentName.isEmpty()) {
            if (!matches.isEmpty() && matches.get(0) instanceof BranchSite existing) {
                return (CentralSite) existing.eContainer();
            }
            throw new Refused("a new branch site needs its parent central site");
        }
        List<Site> parents = sitesByName.getOrDefault(key(parentName), List.of());
        if (parents.isEmpty()) {
            throw new Refused("parent central site '" + UserText.printable(parentName)
                    + "' is neither in the topology nor a central site of this inventory");
        }
        if (parents.size() > 1) {
            throw new Refused("the topology has " + parents.size() + " sites named '" + UserText.printable(parentName) + "'");
        }
        if (!(parents.get(0) instanceof CentralSite central)) {
            throw new Refused("parent '" + UserText.printable(parentName) + "' is a branch site, not a central site");
        }
        return central;
    }

    /**
     * Refuses a cell that would not survive a save (control characters, more than 256 characters) or that looks
     * like a spreadsheet formula: Trunkline never evaluates one, and keeping it would carry it into exports (OWASP
     * CSV injection).
     */
    private static void checkCell(Column column, String value) throws Refused {
        if (value.isEmpty()) {
            return;
        }
        if (UserText.firstControl(value) >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || value.indexOf('\t') >= 0) {
            throw new Refused(column.title + " '" + UserText.printable(value) + "' holds a control character or line break");
        }
        if (value.length() > TopologyLimits.MAX_NAME_LENGTH) {
            throw new Refused(column.title + " is " + value.length() + " characters long; at most "
                    + TopologyLimits.MAX_NAME_LENGTH + " are kept");
        }
        char first = value.charAt(0);
        boolean number = column == Column.USERS || column == Column.PBX_USERS;
        if (first == '=' || first == '+' || first == '@' || first == '-' && !number) {
            throw new Refused(column.title + " '" + UserText.printable(value)
                    + "' starts like a spreadsheet formula; Trunkline does not evaluate formulas, write the value itself");
        }
    }

    private static void text(RowPlan plan, Site site, EStructuralFeature feature, String what, String value) {
        if (value.isEmpty() || value.equals(site.eGet(feature))) {
            return;
        }
        Object old = site.eGet(feature);
        plan.set(site, feature, value, plan.change(what, old == null ? "(none)" : UserText.printable((String) old),
                UserText.printable(value)));
    }

    private static int count(String what, String value) throws Refused {
        String digits = value.endsWith(".0") ? value.substring(0, value.length() - 2) : value;
        try {
            long number = Long.parseLong(digits);
            if (number < 0) {
                throw new Refused(what + " is " + value + "; it cannot be negative");
            }
            if (number > Integer.MAX_VALUE) {
                throw new Refused(what + " is " + value + "; at most " + Integer.MAX_VALUE + " can be planned");
            }
            return (int) number;
        } catch (NumberFormatException e) {
            throw new Refused(what + " is '" + UserText.printable(value) + "', not a whole number");
        }
    }

    private static void users(RowPlan plan, Site site, String value) throws Refused {
        if (value.isEmpty()) {
            return;
        }
        int users = count("users", value);
        if (users != site.getUsers()) {
            plan.set(site, P.getSite_Users(), users, plan.change("users", site.getUsers(), users));
        }
    }

    /** light, moderate (or medium), heavy [DS], or a number of busy-hour calls per user (custom, 0 to 3,600, TL-PL-03). */
    private static void profile(RowPlan plan, Site site, String value) throws Refused {
        if (value.isEmpty()) {
            return;
        }
        UsageProfile profile = switch (value.toLowerCase(Locale.ROOT)) {
        case "light" -> UsageProfile.LIGHT;
        case "moderate", "medium" -> UsageProfile.MODERATE;
        case "heavy" -> UsageProfile.HEAVY;
        default -> null;
        };
        String old = site.getUsageProfile().getLiteral().toLowerCase(Locale.ROOT);
        if (profile != null) {
            if (profile != site.getUsageProfile()) {
                plan.set(site, P.getSite_UsageProfile(), profile, plan.change("usage profile", old, value.toLowerCase(Locale.ROOT)));
            }
            return;
        }
        double calls;
        try {
            calls = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new Refused("usage profile is '" + UserText.printable(value)
                    + "'; write light, moderate, heavy or the PSTN calls per user in the busy hour");
        }
        if (!(calls >= 0 && calls <= 3600)) {
            throw new Refused("usage profile " + value + " calls per user in the busy hour is outside 0 to 3,600");
        }
        if (site.getUsageProfile() != UsageProfile.CUSTOM) {
            plan.set(site, P.getSite_UsageProfile(), UsageProfile.CUSTOM, plan.change("usage profile", old, "custom"));
        }
        if (calls != site.getCustomCallsPerUserBusyHour()) {
            plan.set(site, P.getSite_CustomCallsPerUserBusyHour(), calls, "busy-hour calls per user " + calls);
        }
    }

    private void pbxUsers(RowPlan plan, Site site, String value) throws Refused {
        if (value.isEmpty()) {
            return;
        }
        int users = count("existing PBX users", value);
        if (site.getPbxs().size() > 1) {
            throw new Refused("site '" + UserText.printable(site.getName()) + "' has " + site.getPbxs().size()
                    + " PBXs; set their users in the editor, the row cannot say which one");
        }
        if (site.getPbxs().isEmpty()) {
            if (users > 0) {
                Pbx pbx = F.createPbx();
                pbx.setId(newId(pbx));
                pbx.setName(site.getName() + " PBX");
                pbx.setUsersRemaining(users);
                plan.edits.add(new Edit(site, P.getSite_Pbxs(), pbx));
                plan.changes.add("new PBX with " + users + " users remaining (link it to a gateway)");
            }
            return;
        }
        Pbx pbx = site.getPbxs().get(0);
        if (pbx.getUsersRemaining() != users) {
            plan.set(pbx, P.getPbx_UsersRemaining(), users, "PBX users " + pbx.getUsersRemaining() + " → " + users);
        }
    }

    /** The branch's WAN link to its central site, resilient or not: it decides the branch resiliency rules [DS, BRS]. */
    private void wan(RowPlan plan, Site site, CentralSite parent, String value) throws Refused {
        if (value.isEmpty()) {
            return;
        }
        if (parent == null) {
            throw new Refused("WAN resilience is given for central site '" + UserText.printable(site.getName())
                    + "'; it describes a branch's link to its central site");
        }
        boolean resilient = switch (value.toLowerCase(Locale.ROOT)) {
        case "yes", "y", "true", "resilient" -> true;
        case "no", "n", "false", "not resilient", "non-resilient" -> false;
        default -> throw new Refused("WAN resilience is '" + UserText.printable(value) + "'; write yes or no");
        };
        WanLink existing = topology.getWanLinks().stream()
                .filter(l -> l.getSiteA() == site && l.getSiteB() == parent || l.getSiteA() == parent && l.getSiteB() == site)
                .findFirst().orElse(null);
        String words = resilient ? "resilient" : "not resilient";
        if (existing == null) {
            WanLink link = F.createWanLink();
            link.setId(newId(link));
            link.setName(site.getName() + " – " + parent.getName());
            link.setSiteA(site);
            link.setSiteB(parent);
            link.setResilient(resilient);
            plan.edits.add(new Edit(topology, P.getTopology_WanLinks(), link));
            plan.changes.add("new WAN link to " + parent.getName() + " (" + words + ")");
        } else if (existing.isResilient() != resilient) {
            plan.set(existing, P.getWanLink_Resilient(), resilient, "WAN link to " + parent.getName() + " "
                    + (resilient ? "not resilient" : "resilient") + " → " + words);
        }
    }

    private String newId(EObject element) {
        String id;
        do {
            id = ElementIds.newId(element.eClass());
        } while (!ids.add(id));
        return id;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
