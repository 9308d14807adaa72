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
 * @param capacityBasis  how the capacity was reached, with its source
 */
public record PoolLoad(MediationPool pool, double erlangs, double nonBypassCalls, OptionalInt capacity,
        String capacityBasis) {

    /** How the numbers were reached, built on demand. */
    public List<String> reasoning() {
        return List.of(String.format(java.util.Locale.ROOT,
                "Busy-hour PSTN traffic through the pool's trunks: %.1f E; without media bypass: %.1f concurrent calls (bypassing trunks keep %.0f %% [UM]).",
                erlangs, nonBypassCalls, (1 - PlanningFigures.MEDIA_BYPASS_SHARE) * 100), capacityBasis);
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
