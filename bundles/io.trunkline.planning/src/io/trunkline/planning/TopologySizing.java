package io.trunkline.planning;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.trunkline.model.Element;

/**
 * The sizing of a whole topology, with lookup by element id. Immutable: recompute after the model changes.
 *
 * @param organisation  organisation-wide totals
 * @param sites         one sizing per site, in model order
 * @param mediationLoad one load per Mediation pool
 * @param frontEndLoad  one load per Front End pool
 * @param survivables   one check per SBA/SBS
 */
public record TopologySizing(OrganisationSizing organisation, List<SiteSizing> sites, List<PoolLoad> mediationLoad,
        List<FrontEndLoad> frontEndLoad, List<SurvivableBranchCheck> survivables) {

    /** Creates a sizing; lists are copied. */
    public TopologySizing {
        sites = List.copyOf(sites);
        mediationLoad = List.copyOf(mediationLoad);
        frontEndLoad = List.copyOf(frontEndLoad);
        survivables = List.copyOf(survivables);
    }

    /** The sizing of the site with {@code id}. */
    public Optional<SiteSizing> site(String id) {
        return find(sites, SiteSizing::site, id);
    }

    /** The load of the Mediation pool with {@code id}. */
    public Optional<PoolLoad> mediationPool(String id) {
        return find(mediationLoad, PoolLoad::pool, id);
    }

    /** The load of the Front End pool with {@code id}. */
    public Optional<FrontEndLoad> frontEndPool(String id) {
        return find(frontEndLoad, FrontEndLoad::pool, id);
    }

    /** The check of the SBA/SBS with {@code id}. */
    public Optional<SurvivableBranchCheck> survivable(String id) {
        return find(survivables, SurvivableBranchCheck::survivable, id);
    }

    private static <T> Optional<T> find(List<T> results, Function<T, ? extends Element> element, String id) {
        return results.stream().filter(r -> id.equals(element.apply(r).getId())).findFirst();
    }

    /** Results by id, for callers that look many up. */
    public Map<String, SiteSizing> sitesById() {
        return sites.stream().collect(Collectors.toMap(s -> s.site().getId(), s -> s, (a, b) -> a));
    }
}
