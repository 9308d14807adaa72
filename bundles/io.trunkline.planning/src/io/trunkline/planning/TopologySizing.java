package io.trunkline.planning;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        List<FrontEndLoad> frontEndLoad, List<SurvivableBranchCheck> survivables, Map<String, Object> byId) {

    /** Creates a sizing; lists are copied and indexed by element id (validation looks thousands up). */
    public TopologySizing(OrganisationSizing organisation, List<SiteSizing> sites, List<PoolLoad> mediationLoad,
            List<FrontEndLoad> frontEndLoad, List<SurvivableBranchCheck> survivables) {
        this(organisation, List.copyOf(sites), List.copyOf(mediationLoad), List.copyOf(frontEndLoad),
                List.copyOf(survivables), index(sites, mediationLoad, frontEndLoad, survivables));
    }

    /** The sizing of the site with {@code id}. */
    public Optional<SiteSizing> site(String id) {
        return find(SiteSizing.class, id);
    }

    /** The load of the Mediation pool with {@code id}. */
    public Optional<PoolLoad> mediationPool(String id) {
        return find(PoolLoad.class, id);
    }

    /** The load of the Front End pool with {@code id}. */
    public Optional<FrontEndLoad> frontEndPool(String id) {
        return find(FrontEndLoad.class, id);
    }

    /** The check of the SBA/SBS with {@code id}. */
    public Optional<SurvivableBranchCheck> survivable(String id) {
        return find(SurvivableBranchCheck.class, id);
    }

    /** The result (of any kind) for the element with {@code id}, for callers comparing two sizings. */
    public Optional<Object> result(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    private <T> Optional<T> find(Class<T> type, String id) {
        Object result = byId.get(id);
        return type.isInstance(result) ? Optional.of(type.cast(result)) : Optional.empty();
    }

    private static Map<String, Object> index(List<SiteSizing> sites, List<PoolLoad> pools, List<FrontEndLoad> frontEnds,
            List<SurvivableBranchCheck> survivables) {
        Map<String, Object> byId = new HashMap<>();
        sites.forEach(s -> put(byId, s.site(), s));
        pools.forEach(p -> put(byId, p.pool(), p));
        frontEnds.forEach(f -> put(byId, f.pool(), f));
        survivables.forEach(s -> put(byId, s.survivable(), s));
        return Collections.unmodifiableMap(byId);
    }

    private static void put(Map<String, Object> byId, Element element, Object result) {
        if (element.getId() != null) {
            byId.putIfAbsent(element.getId(), result);
        }
    }
}
