package io.trunkline.resiliency;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import io.trunkline.model.Element;
import io.trunkline.model.Site;
import io.trunkline.model.TrunkPeer;

/**
 * What one site's users can still do while some elements are down.
 *
 * @param site                      the site
 * @param users                     its Enterprise Voice users
 * @param registration              whether they can register
 * @param pstn                      whether they can place and receive PSTN calls
 * @param overall                   the worse of the two
 * @param usersWithoutRegistration  users no reachable Registrar accepts
 * @param usersOnBackupRegistrar    users registered on a backup Registrar after failover
 * @param failoverSeconds           the longest failover interval those users wait [EVR], if any failed over
 * @param registrars                the Registrars (Front End pools, SBAs/SBSs) serving its users now
 * @param usersWithoutPstn          users who cannot place a PSTN call (including those without registration)
 * @param gateways                  the trunk peers that now carry its PSTN calls (empty when none can)
 * @param pstnSite                  the site those peers stand at (its own, or the site that serves its PSTN)
 * @param receivesCalls             whether calls from the PSTN still reach its users (the Mediation pool's next
 *                                  hop is up and reachable)
 * @param portsLeft                 PSTN ports of {@code gateways}
 * @param portsNeeded               Erlang B ports the calls carried there need at the topology's grade of service,
 *                                  when known
 * @param reasons                   the chain of reasons, in words
 */
public record SiteResult(Site site, long users, Outcome registration, Outcome pstn, Outcome overall,
        long usersWithoutRegistration, long usersOnBackupRegistrar, OptionalInt failoverSeconds,
        List<Element> registrars, long usersWithoutPstn, List<TrunkPeer> gateways, Optional<Site> pstnSite,
        boolean receivesCalls, long portsLeft, OptionalInt portsNeeded, List<String> reasons) {

    /** Creates a result; lists are copied. */
    public SiteResult {
        registrars = List.copyOf(registrars);
        gateways = List.copyOf(gateways);
        reasons = List.copyOf(reasons);
    }

    /** Ports missing against the Erlang B need (0 when enough are left, or the need is unknown). */
    public long portShortfall() {
        return portsNeeded.isPresent() && !gateways.isEmpty() ? Math.max(0, portsNeeded.getAsInt() - portsLeft) : 0;
    }

    /** The reasons as one line: "Lille: registration via SBA Lille 1; PSTN via gateway sba1.lil… — 24 of 31 ports needed". */
    public String summary() {
        return Text.label(site) + ": " + String.join("; ", reasons);
    }
}
