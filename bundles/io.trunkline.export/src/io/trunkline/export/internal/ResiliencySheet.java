package io.trunkline.export.internal;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.trunkline.model.Element;
import io.trunkline.model.Site;
import io.trunkline.model.WanLink;
import io.trunkline.resiliency.ElementImpact;

/**
 * The N-1 sweep: one row per element, what its loss costs, the worst first [EVR]. The last row states the routing
 * assumption the figures rest on.
 */
final class ResiliencySheet {

    /** The sheet's name, which the HTML report puts the tinted overview picture under. */
    static final String NAME = "Resiliency";

    private static final List<Column> COLUMNS = List.of(Column.text("Element", 30), Column.text("Kind", 16),
            Column.text("Site", 20), Column.text("Single point of failure", 8), Column.integer("Users without PSTN"),
            Column.integer("Users without registration"), Column.integer("Port shortfall"),
            Column.text("Worst outcome", 12), Column.text("What its loss costs", 70));

    private ResiliencySheet() {
    }

    static Sheet build(ExportInput in) {
        List<ElementImpact> impacts = in.impacts();
        String assumption = in.routingAssumption();
        return new Sheet(NAME, COLUMNS, impacts.size() + 1, i -> {
            if (i == impacts.size()) {
                return new Rows().text("Routing assumption").text("").text("").text("").text("").text("").text("")
                        .text("").text(assumption).done();
            }
            ElementImpact impact = impacts.get(i);
            return new Rows().text(impact.name()).text(impact.kind()).text(where(impact.element()))
                    .yesNo(impact.singlePointOfFailure()).number(impact.usersWithoutPstn())
                    .number(impact.usersWithoutRegistration()).number(impact.portShortfall())
                    .text(impact.worst().words()).text(impact.cost()).done();
        });
    }

    /** The site an element stands at; both ends for a WAN link. */
    private static String where(Element element) {
        if (element instanceof WanLink link) {
            return Rows.name(link.getSiteA()) + " - " + Rows.name(link.getSiteB());
        }
        for (EObject at = element; at != null; at = at.eContainer()) {
            if (at instanceof Site site) {
                return Rows.name(site);
            }
        }
        return "";
    }
}
