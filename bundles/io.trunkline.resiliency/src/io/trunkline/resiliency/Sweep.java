package io.trunkline.resiliency;

import java.util.List;
import java.util.Optional;

/**
 * The N-1 sweep: every element failed alone.
 *
 * @param baseline the topology with nothing failed
 * @param impacts  one impact per element, the most users affected first (then users without PSTN, port
 *                 shortfall, worst outcome), otherwise in model order
 */
public record Sweep(FailureResult baseline, List<ElementImpact> impacts) {

    /** Creates a sweep; the list is copied. */
    public Sweep {
        impacts = List.copyOf(impacts);
    }

    /**
     * The single failure that costs most (the first of {@link #impacts()}), for the overview picture tinted by it;
     * empty when no failure changes anything.
     */
    public Optional<ElementImpact> worst() {
        return impacts.stream().findFirst().filter(i -> !i.sitesAffected().isEmpty());
    }

    /** Elements whose loss leaves users without PSTN or registration, the most users affected first. */
    public List<ElementImpact> singlePointsOfFailure() {
        return impacts.stream().filter(ElementImpact::singlePointOfFailure).toList();
    }

    /** Elements whose loss leaves everyone served but short of ports. */
    public List<ElementImpact> shortOfPorts() {
        return impacts.stream().filter(ElementImpact::shortOfPorts).toList();
    }

    /** Whether some single failure leaves users without PSTN (what the command line's exit code 1 says). */
    public boolean leavesUsersWithoutPstn() {
        return impacts.stream().anyMatch(i -> i.usersWithoutPstn() > 0);
    }
}
