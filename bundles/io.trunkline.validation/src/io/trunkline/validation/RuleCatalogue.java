package io.trunkline.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.trunkline.validation.rules.BranchRules;
import io.trunkline.validation.rules.CentralSiteRules;
import io.trunkline.validation.rules.GatewayRules;
import io.trunkline.validation.rules.IdentityRules;
import io.trunkline.validation.rules.MediaBypassRules;
import io.trunkline.validation.rules.MediationRules;
import io.trunkline.validation.rules.PlanningInputRules;
import io.trunkline.validation.rules.SuppressionRules;
import io.trunkline.validation.rules.RoutingRules;

/** Every rule Trunkline checks, ordered by id: the catalogue that docs/rules.md and {@code trunkline rules} list. */
public final class RuleCatalogue {

    private static final List<Rule> RULES = load();

    private RuleCatalogue() {
    }

    private static List<Rule> load() {
        List<Rule> rules = new ArrayList<>();
        rules.addAll(GatewayRules.all());
        rules.addAll(IdentityRules.all());
        rules.addAll(MediationRules.all());
        rules.addAll(BranchRules.all());
        rules.addAll(CentralSiteRules.all());
        rules.addAll(MediaBypassRules.all());
        rules.addAll(PlanningInputRules.all());
        rules.addAll(SuppressionRules.all());
        rules.addAll(RoutingRules.all());
        rules.sort(Comparator.comparing(Rule::id));
        return List.copyOf(rules);
    }

    /** All rules, ordered by id. */
    public static List<Rule> all() {
        return RULES;
    }

    /** The rule with {@code id}. */
    public static Optional<Rule> byId(String id) {
        return RULES.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
