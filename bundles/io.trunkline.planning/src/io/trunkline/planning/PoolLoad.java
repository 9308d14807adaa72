package io.trunkline.planning;

import java.util.List;
import java.util.OptionalInt;

import io.trunkline.model.MediationPool;

/**
 * Concurrent-call load of a Mediation pool against its capacity [UMU] (domain.md §1, §3).
 *
 * @param pool           the pool
 * @param erlangs        busy-hour PSTN traffic routed through the pool's trunks (mean concurrent calls)
 * @param nonBypassCalls the share of those calls whose media flows through the pool
 * @param capacity       concurrent non-bypass calls the pool supports, when a figure is published for its kind
 * @param reasoning      how the numbers were reached
 */
public record PoolLoad(MediationPool pool, double erlangs, double nonBypassCalls, OptionalInt capacity,
        List<String> reasoning) {

    /** Creates a load; the reasoning list is copied. */
    public PoolLoad {
        reasoning = List.copyOf(reasoning);
    }

    /** Load as a fraction of capacity (0 when no capacity figure applies). */
    public double utilisation() {
        return capacity.isPresent() && capacity.getAsInt() > 0 ? nonBypassCalls / capacity.getAsInt() : 0;
    }

    /** Whether the load exceeds the published capacity (rules MS-03, MS-04). */
    public boolean overCapacity() {
        return capacity.isPresent() && nonBypassCalls > capacity.getAsInt();
    }
}
