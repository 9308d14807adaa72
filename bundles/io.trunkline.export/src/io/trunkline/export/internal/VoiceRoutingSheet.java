package io.trunkline.export.internal;

import java.util.List;
import java.util.stream.Collectors;

import io.trunkline.model.Element;
import io.trunkline.model.VoicePolicy;
import io.trunkline.model.VoiceRoute;

/**
 * The voice routes, then the voice policies, as Control Panel's Voice Routing pages take them [OVR]. Both share one
 * table because the PSTN usages join them: a usage read on a policy row is found again on the route rows below it,
 * which is how the team checks that every policy reaches a trunk.
 */
final class VoiceRoutingSheet {

    private static final List<Column> COLUMNS = List.of(Column.text("Kind", 12), Column.text("Name", 30),
            Column.text("Number pattern", 20), Column.text("Scope", 8), Column.text("Site or granted to", 30),
            Column.text("PSTN usages (in order)", 30), Column.text("Trunks (in order)", 40), Column.text("Failover for", 24));

    private VoiceRoutingSheet() {
    }

    static Sheet build(ExportInput in) {
        List<VoiceRoute> routes = in.topology().getVoiceRoutes();
        List<VoicePolicy> policies = in.topology().getVoicePolicies();
        return new Sheet("Voice routing", COLUMNS, routes.size() + policies.size(),
                i -> i < routes.size() ? route(routes.get(i)) : policy(policies.get(i - routes.size())));
    }

    private static List<Cell> route(VoiceRoute route) {
        return new Rows().text("voice route").text(Rows.name(route)).text(route.getNumberPattern()).text("").text("")
                .text(names(route.getPstnUsages())).text(names(route.getTrunks())).text(Rows.name(route.getFailoverFor()))
                .done();
    }

    private static List<Cell> policy(VoicePolicy policy) {
        return new Rows().text("voice policy").text(Rows.name(policy)).text("").text(Rows.literal(policy.getScope()))
                .text(appliesTo(policy))                .text(names(policy.getPstnUsages())).text("").text("").done();
    }

    /** A site policy names its site, a user policy the sites granted it; the global one reaches everyone else [OVR]. */
    private static String appliesTo(VoicePolicy policy) {
        return switch (policy.getScope()) {
        case SITE -> Rows.name(policy.getSite());
        case USER -> names(policy.getGrantedTo());
        case GLOBAL -> "";
        };
    }

    static String names(List<? extends Element> elements) {
        return elements.stream().map(Rows::name).collect(Collectors.joining(", "));
    }
}
