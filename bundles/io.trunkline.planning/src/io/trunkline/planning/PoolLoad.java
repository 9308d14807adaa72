package io.trunkline.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

import io.trunkline.model.FrontEndPool;
import io.trunkline.model.MediationKind;
import io.trunkline.model.MediationPool;

/**
 * Concurrent-call load of a Mediation pool against its capacity [UMU] (domain.md §1, §3). The capacity is a
 * number of concurrent calls, so the load it is compared with is the peak of concurrent non-bypass calls, not
 * the busy hour's average traffic: the larger of the rule-of-thumb ports [DS] and the Erlang B ports at the
 * topology's grade of service [ErlangB] of the calls that do not bypass the pool.
 *
 * @param pool             the pool
 * @param erlangs          busy-hour PSTN traffic routed through the pool's trunks (mean concurrent calls)
 * @param nonBypassCalls   peak concurrent calls whose media flows through the pool: max(⌈ruleOfThumbCalls⌉,
 *                         erlangBCalls), what the capacity is compared with
 * @param capacity         concurrent non-bypass calls the pool supports, when a figure is published for its kind
 * @param capacityBasis    how the capacity was reached, with its source
 * @param nonBypassErlangs the busy-hour traffic of the calls that do not bypass the pool
 * @param ruleOfThumbCalls the pool's share of its sites' rule-of-thumb ports, of the calls that do not bypass
 * @param erlangBCalls     Erlang B ports for {@code nonBypassErlangs} at {@code gradeOfService}; empty when the
 *                         grade of service, holding time or traffic cannot be sized
 * @param gradeOfService   the topology's grade of service
 */
public record PoolLoad(MediationPool pool, double erlangs, double nonBypassCalls, OptionalInt capacity,
        String capacityBasis, double nonBypassErlangs, double ruleOfThumbCalls, OptionalInt erlangBCalls,
        double gradeOfService) {

    /** A load whose peak is given directly, without the rule-of-thumb and Erlang B terms it came from. */
    public PoolLoad(MediationPool pool, double erlangs, double nonBypassCalls, OptionalInt capacity, String capacityBasis) {
        this(pool, erlangs, nonBypassCalls, capacity, capacityBasis, nonBypassCalls, nonBypassCalls, OptionalInt.empty(),
                Double.NaN);
    }

    /** How the numbers were reached, each with its numbers filled in and its source, built on demand. */
    public List<String> reasoning() {
        List<String> why = new ArrayList<>();
        why.add(String.format(Locale.ROOT,
                "Busy-hour PSTN traffic through the pool's trunks: %.2f E; without media bypass: %.2f E (a bypassing trunk keeps %.0f %% of its calls [UM]).",
                erlangs, nonBypassErlangs, (1 - PlanningFigures.MEDIA_BYPASS_SHARE) * 100));
        why.add(String.format(Locale.ROOT, "Peak concurrent non-bypass calls [DS, ErlangB, domain.md §3]: max(rule of thumb %,d, %s) = %,d.",
                (long) Math.ceil(ruleOfThumbCalls - 1e-9), erlangBCalls.isPresent()
                        ? String.format(Locale.ROOT, "Erlang B %,d at %s", erlangBCalls.getAsInt(), Percent.of(gradeOfService))
                        : "Erlang B not computed",
                (long) nonBypassCalls));
        why.add(capacityBasis);
        if (capacity.isPresent()) {
            why.add(overCapacity()
                    ? String.format(Locale.ROOT, "Verdict: %,d calls > capacity %,d: over by %,d. %s", (long) nonBypassCalls,
                            capacity.getAsInt(), (long) nonBypassCalls - capacity.getAsInt(), advice())
                    : String.format(Locale.ROOT, "Verdict: %,d calls <= capacity %,d: within capacity.", (long) nonBypassCalls,
                            capacity.getAsInt()));
        }
        return why;
    }

    /** Load as a fraction of capacity (0 when no capacity figure applies). */
    public double utilisation() {
        return capacity.isPresent() && capacity.getAsInt() > 0 ? nonBypassCalls / capacity.getAsInt() : 0;
    }

    /** Whether the peak load exceeds the published capacity (rules MS-03, MS-04). */
    public boolean overCapacity() {
        return capacity.isPresent() && nonBypassCalls > capacity.getAsInt();
    }

    /**
     * What to do about a pool over capacity, with how many servers [UMU, MED]: a collocated pool grows with its
     * Front End pool (at most 12 servers [TB]) or gives way to a stand-alone pool ("If your environment cannot
     * meet these requirements, then you must deploy a stand-alone Mediation Server pool" [MED]); a stand-alone
     * pool adds servers or turns hyper-threading on. Empty when the pool is within capacity.
     */
    public String advice() {
        if (!overCapacity()) {
            return "";
        }
        long peak = (long) nonBypassCalls;
        long standAlone = ceilDiv(peak, PlanningFigures.STANDALONE_MEDIATION_CALLS_HT_OFF);
        long standAloneHt = ceilDiv(peak, PlanningFigures.STANDALONE_MEDIATION_CALLS_HT_ON);
        String deploy = String.format(Locale.ROOT,
                "deploy a stand-alone Mediation pool of %,d server(s) (%,d calls each, hyper-threading off; %,d server(s) with it on)",
                standAlone, PlanningFigures.STANDALONE_MEDIATION_CALLS_HT_OFF, standAloneHt);
        if (pool.getKind() == MediationKind.STANDALONE) {
            int perServer = pool.isHyperThreading() ? PlanningFigures.STANDALONE_MEDIATION_CALLS_HT_ON
                    : PlanningFigures.STANDALONE_MEDIATION_CALLS_HT_OFF;
            long needed = ceilDiv(peak, perServer);
            String add = String.format(Locale.ROOT, "Add %,d server(s) (%,d x %,d = %,d calls)",
                    needed - Math.max(0, pool.getServers()), needed, perServer, needed * perServer);
            return pool.isHyperThreading() ? add + "."
                    : add + String.format(Locale.ROOT, ", or turn hyper-threading on with %,d server(s).", standAloneHt);
        }
        if (pool.getKind() == MediationKind.COLLOCATED_FE || pool.getKind() == MediationKind.COLLOCATED_SE) {
            int hosts = pool.getCollocatedWith() instanceof FrontEndPool host ? Math.max(0, host.getServers())
                    : Math.max(0, pool.getServers());
            long needed = ceilDiv(peak, PlanningFigures.COLLOCATED_MEDIATION_CALLS_PER_FE_SERVER);
            if (needed <= PlanningFigures.FRONT_END_MAX_SERVERS) {
                return String.format(Locale.ROOT, "Add %,d Front End server(s) (%,d x %d = %,d calls), or %s.",
                        needed - hosts, needed, PlanningFigures.COLLOCATED_MEDIATION_CALLS_PER_FE_SERVER,
                        needed * PlanningFigures.COLLOCATED_MEDIATION_CALLS_PER_FE_SERVER, deploy);
            }
            return String.format(Locale.ROOT, "Even %d Front End servers (%,d calls) are not enough: %s.",
                    PlanningFigures.FRONT_END_MAX_SERVERS,
                    PlanningFigures.FRONT_END_MAX_SERVERS * PlanningFigures.COLLOCATED_MEDIATION_CALLS_PER_FE_SERVER, deploy);
        }
        return "";
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
