package io.trunkline.resiliency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import io.trunkline.model.Element;
import io.trunkline.model.Site;
import io.trunkline.model.Topology;
import io.trunkline.model.WanLink;
import io.trunkline.planning.TopologySizer;
import io.trunkline.planning.TopologySizing;

/**
 * What fails when something fails, after Microsoft's Enterprise Voice resiliency guidance [EVR]
 * (domain-catalogue.md §2.3–§2.4): for a set of failed elements, whether each site's users can still register
 * (primary Registrar, backup Registrar after failover, SBA) and place and receive PSTN calls (through which peers,
 * with how many ports against the Erlang B need); and the N-1 sweep that fails every element alone.
 * <p>
 * The topology is worked out once; a failure then re-evaluates only the sites that depend on what it takes down,
 * and recomputes reachability only when it cuts the WAN. The model is never changed. Not thread-safe; recreate it
 * after the model changes.
 */
public final class ResiliencyAnalysis {

    private static final String ROUTING = "a site's users call out through its own gateways, then through those of the "
            + "site that serves its PSTN.";


    private final String assumption;
    private final CompiledTopology compiled;
    private final SiteEvaluator evaluator;
    private final SiteResult[] baselineSites;
    private final FailureResult baseline;
    /** Which sites the current sweep step has marked for re-evaluation: those stamped with {@link #generation}. */
    private final int[] marked;
    private int generation;

    private ResiliencyAnalysis(Topology topology, TopologySizing sizing) {
        this.assumption = assumption(topology);
        this.compiled = new CompiledTopology(topology, sizing);
        this.evaluator = new SiteEvaluator(compiled);
        Failures none = new Failures(compiled.down(List.of()), compiled.network.baseline());
        this.baselineSites = new SiteResult[compiled.plans.size()];
        this.marked = new int[compiled.plans.size()];
        for (SitePlan plan : compiled.plans) {
            baselineSites[plan.index()] = evaluator.evaluate(plan, none);
        }
        this.baseline = result(List.of(), none, Arrays.asList(baselineSites));
    }

    /**
     * The routing assumption every output states: the analysis follows sites' own gateways and their PSTN-serving
     * site, not voice routes, so a topology that has voice routes is told they are not followed.
     */
    public static String assumption(Topology topology) {
        int routes = topology.getVoiceRoutes().size();
        return routes == 0 ? "Assumed routing (the topology has no voice routes or PSTN usages yet): " + ROUTING
                : String.format(Locale.ROOT, "Assumed routing (the analysis does not follow the topology's %,d voice route%s yet): %s",
                        routes, routes == 1 ? "" : "s", ROUTING);
    }

    /** Works {@code topology} out for failure analysis (sizes it once). */
    public static ResiliencyAnalysis of(Topology topology) {
        return new ResiliencyAnalysis(topology, TopologySizer.size(topology));
    }

    /**
     * Works {@code topology} out with the {@code sizing} a caller already holds (the export sizes once for every
     * sheet); {@code sizing} must be {@code TopologySizer.size(topology)} of the topology as it is now.
     */
    public static ResiliencyAnalysis of(Topology topology, TopologySizing sizing) {
        return new ResiliencyAnalysis(topology, sizing);
    }

    /** The topology analysed. */
    public Topology topology() {
        return compiled.topology;
    }

    /**
     * The elements the sweep fails: every site, its Front End, Director and Mediation pools, SBAs/SBSs and trunk
     * peers, and every WAN link, in model order.
     */
    public List<Element> failableElements() {
        return List.copyOf(compiled.failable);
    }

    /** The failable element (or trunk) with {@code id}. */
    public Optional<Element> element(String id) {
        return Optional.ofNullable(compiled.byId.get(id));
    }

    /** The topology with nothing failed. */
    public FailureResult baseline() {
        return baseline;
    }

    /** What is left when {@code failed} (any elements of the topology, trunks included) are down together. */
    public FailureResult simulate(Collection<? extends Element> failed) {
        Set<Element> down = compiled.down(failed);
        Failures failures = new Failures(down, reachability(down));
        List<SiteResult> sites = new ArrayList<>(compiled.plans.size());
        for (SitePlan plan : compiled.plans) {
            sites.add(evaluator.evaluate(plan, failures));
        }
        return result(List.copyOf(failed), failures, sites);
    }

    /** What {@code result} costs compared with the topology with nothing failed. */
    public ElementImpact impactOf(FailureResult result) {
        List<Integer> changed = new ArrayList<>();
        for (int s = 0; s < baselineSites.length; s++) {
            if (!result.sites().get(s).equals(baselineSites[s])) {
                changed.add(s);
            }
        }
        return impact(result.failed(), new HashSet<>(result.down()), changed, s -> result.sites().get(s));
    }

    /** Fails every {@linkplain #failableElements() failable element} alone. */
    public Sweep sweep() {
        List<ElementImpact> impacts = new ArrayList<>(compiled.failable.size());
        for (Element element : compiled.failable) {
            impacts.add(sweepOne(element));
        }
        List<ElementImpact> sorted = new ArrayList<>(impacts);
        sorted.sort(Comparator.comparingLong(ElementImpact::usersAffected).reversed()
                .thenComparing(Comparator.comparingLong(ElementImpact::usersWithoutPstn).reversed())
                .thenComparing(Comparator.comparingLong(ElementImpact::portShortfall).reversed())
                .thenComparing(Comparator.comparing(ElementImpact::worst).reversed()));
        return new Sweep(baseline, sorted);
    }

    /** One element of the sweep: only the sites that depend on what its loss takes down are evaluated again. */
    private ElementImpact sweepOne(Element element) {
        Set<Element> down = compiled.down(List.of(element));
        generation++;
        List<Integer> affected = new ArrayList<>();
        for (Element gone : down) {
            for (int s : compiled.dependents(gone)) {
                mark(s, affected);
            }
        }
        List<Integer> moved = new ArrayList<>();
        int[] label = cutBy(element, moved);
        // Only a site that now lies apart from a site its service runs through can change: one of the two moved.
        // A central site cut out of a chain moves everything beyond it, which mostly stays together.
        for (int m : moved) {
            for (int s : compiled.siteDependents(m)) {
                if (label[s] != label[m]) {
                    mark(s, affected);
                }
            }
            for (int d : compiled.dependSites(m)) {
                if (label[d] != label[m]) {
                    mark(m, affected);
                }
            }
        }
        Failures failures = new Failures(down, label);
        affected.sort(null);
        Map<Integer, SiteResult> after = new HashMap<>();
        List<Integer> changed = new ArrayList<>();
        for (int s : affected) {
            SiteResult result = evaluator.evaluate(compiled.plans.get(s), failures);
            if (!result.equals(baselineSites[s])) {
                after.put(s, result);
                changed.add(s);
            }
        }
        return impact(List.of(element), down, changed, after::get);
    }

    /**
     * Reachability when {@code element} alone fails, from the network's depth-first tree rather than a new search:
     * a site (with its WAN links) is gone and the subtrees only it held are cut off; a non-resilient bridge cuts off
     * the subtree below it; anything else cuts nothing. {@code moved} receives the site itself and the sites cut off.
     */
    private int[] cutBy(Element element, List<Integer> moved) {
        Network network = compiled.network;
        if (element instanceof Site site && compiled.siteIndex.containsKey(site)) {
            int s = compiled.siteIndex.get(site);
            moved.add(s);
            return network.without(s, moved);
        }
        if (element instanceof WanLink link) {
            int[] label = network.without(link, moved);
            if (label != null) {
                return label;
            }
        }
        return network.baseline();
    }

    private void mark(int site, List<Integer> affected) {
        if (marked[site] != generation) {
            marked[site] = generation;
            affected.add(site);
        }
    }

    /** Reachability with {@code down} gone, found by a new search: a chosen set may cut in combination. */
    private int[] reachability(Set<Element> down) {
        boolean[] gone = new boolean[compiled.sites.size()];
        Set<WanLink> links = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element element : down) {
            if (element instanceof Site site && compiled.siteIndex.containsKey(site)) {
                gone[compiled.siteIndex.get(site)] = true;
            } else if (element instanceof WanLink link) {
                links.add(link);
            }
        }
        return compiled.network.components(links, gone);
    }

    private interface SiteLookup {
        SiteResult after(int site);
    }

    /**
     * The cost of a failure from the sites whose result changed. The users of a site that is itself down are not
     * counted: they go down with their site, and what a design review asks is who <em>else</em> loses service.
     */
    private ElementImpact impact(List<Element> failed, Set<Element> down, List<Integer> changed, SiteLookup after) {
        long noPstn = 0;
        long noRegistration = 0;
        Map<Site, Long> shortAt = new LinkedHashMap<>();
        Outcome worst = Outcome.SURVIVES;
        List<Site> sites = new ArrayList<>(changed.size());
        List<SiteResult> results = new ArrayList<>(changed.size());
        for (int s : changed) {
            SiteResult now = after.after(s);
            SiteResult was = baselineSites[s];
            sites.add(now.site());
            results.add(now);
            if (down.contains(now.site())) {
                continue;
            }
            noPstn += Math.max(0, now.usersWithoutPstn() - was.usersWithoutPstn());
            noRegistration += Math.max(0, now.usersWithoutRegistration() - was.usersWithoutRegistration());
            long more = now.portShortfall() - was.portShortfall();
            if (more > 0) {
                shortAt.merge(now.pstnSite().orElse(now.site()), more, Math::max);
            }
            worst = worst.worst(now.overall());
        }
        long shortfall = shortAt.values().stream().mapToLong(Long::longValue).sum();
        return new ElementImpact(failed, noPstn, noRegistration, shortfall, worst, sites,
                cost(results, down, r -> baselineSites[compiled.siteIndex.get(r.site())]));
    }

    /** What a loss costs in words: the worst-hit sites first, three at most, then how many more. */
    private static String cost(List<SiteResult> results, Set<Element> down, Function<SiteResult, SiteResult> was) {
        if (results.isEmpty()) {
            return "nothing lost";
        }
        List<SiteResult> worstFirst = new ArrayList<>(results);
        worstFirst.sort(Comparator.comparing((SiteResult r) -> down.contains(r.site())).reversed()
                .thenComparing(Comparator.comparing(SiteResult::overall).reversed())
                .thenComparing(Comparator.comparingLong(SiteResult::users).reversed()));
        StringBuilder out = new StringBuilder();
        for (SiteResult r : worstFirst.subList(0, Math.min(3, worstFirst.size()))) {
            SiteResult before = was.apply(r);
            if (out.length() > 0) {
                out.append("; ");
            }
            if (down.contains(r.site())) {
                out.append(Text.label(r.site())).append(" down with its ").append(Text.number(r.users())).append(" users");
                continue;
            }
            out.append(Text.label(r.site())).append(' ').append(r.overall().words());
            long noPstn = r.usersWithoutPstn() - before.usersWithoutPstn();
            long noRegistration = r.usersWithoutRegistration() - before.usersWithoutRegistration();
            if (noRegistration > 0) {
                out.append(" (").append(Text.number(noRegistration)).append(" users cannot register)");
            } else if (noPstn > 0) {
                out.append(" (").append(Text.number(noPstn)).append(" users without PSTN)");
            } else if (r.usersOnBackupRegistrar() > before.usersOnBackupRegistrar()) {
                out.append(" (registration fails over in ").append(r.failoverSeconds().orElse(0)).append(" s)");
            } else if (r.portShortfall() > before.portShortfall()) {
                out.append(" (").append(Text.number(r.portShortfall())).append(" ports short)");
            }
        }
        if (worstFirst.size() > 3) {
            out.append("; ").append(Text.count(worstFirst.size() - 3, "more site"));
        }
        return out.toString();
    }

    private FailureResult result(List<Element> failed, Failures failures, List<SiteResult> sites) {
        Map<String, Outcome> elements = new ElementOutcomes(compiled, evaluator, failures, sites).outcomes();
        List<Element> down = new ArrayList<>(failures.down());
        down.sort(Comparator.comparing(e -> String.valueOf(e.getId())));
        return new FailureResult(failed, down, sites, elements, assumption);
    }
}
