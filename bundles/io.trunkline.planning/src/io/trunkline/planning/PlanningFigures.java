package io.trunkline.planning;

import io.trunkline.model.Site;
import io.trunkline.model.UsageProfile;

/**
 * Every published planning figure Trunkline uses, each stated once with its source. Validation rules and
 * worksheets read them from here; nothing else restates them.
 * <p>
 * Source keys are those of the domain specification (domain.md, domain-catalogue.md §0): [DS] <i>Direct SIP
 * connections</i>, [EVT] <i>Estimating voice traffic</i>, [UM] <i>User models</i>, [UMU] <i>Capacity planning
 * user model usage</i>, [EVR] <i>Enterprise Voice resiliency</i>, [TB] <i>Topology basics</i>, [MNT] <i>M:N
 * trunk</i>.
 */
public final class PlanningFigures {

    /** Smallest gateway most organisations consider [DS] (domain.md §3). */
    public static final int GATEWAY_MIN_PORTS = 2;
    /** Largest gateway most organisations consider; larger ones are for carriers [DS] (domain.md §3). */
    public static final int GATEWAY_MAX_PORTS = 960;
    /** "A minimum of two gateways for an organization is recommended" [DS] (domain.md §3, rule GW-04). */
    public static final int MIN_GATEWAYS_PER_ORGANISATION = 2;

    /** Concurrent non-bypass calls per stand-alone Mediation Server, hyper-threading off [UMU] (domain.md §1). */
    public static final int STANDALONE_MEDIATION_CALLS_HT_OFF = 1_100;
    /** Concurrent non-bypass calls per stand-alone Mediation Server, hyper-threading on [UMU] (domain.md §1). */
    public static final int STANDALONE_MEDIATION_CALLS_HT_ON = 1_500;
    /** Concurrent non-bypass calls per Front End server with a collocated Mediation Server [UMU] (domain.md §1). */
    public static final int COLLOCATED_MEDIATION_CALLS_PER_FE_SERVER = 150;
    /** T1 lines per stand-alone Mediation Server, hyper-threading off / on [UMU]. */
    public static final int T1_LINES_PER_MEDIATION_SERVER_HT_OFF = 46;
    /** T1 lines per stand-alone Mediation Server, hyper-threading on [UMU]. */
    public static final int T1_LINES_PER_MEDIATION_SERVER_HT_ON = 63;
    /** E1 lines per stand-alone Mediation Server, hyper-threading off [UMU]. */
    public static final int E1_LINES_PER_MEDIATION_SERVER_HT_OFF = 35;
    /** E1 lines per stand-alone Mediation Server, hyper-threading on [UMU]. */
    public static final int E1_LINES_PER_MEDIATION_SERVER_HT_ON = 47;
    /** A collocated Mediation pool is at most the Registrar pool's size, 12 servers [MNT] (rule MS-02). */
    public static final int COLLOCATED_MEDIATION_MAX_SERVERS = 12;
    /** Share of PSTN calls that use media bypass in Microsoft's user model: "65% ... use media bypass" [UM]. */
    public static final double MEDIA_BYPASS_SHARE = 0.65;

    /**
     * The Mediation Server's listening port towards peers over TLS, 5067 [DMS] (domain.md §1, domain-catalogue.md
     * §1.4): where a trunk switched back to TLS points.
     */
    public static final int MEDIATION_TLS_PORT = 5_067;
    /**
     * The Mediation Server's listening port towards peers over TCP, 5068, "disabled by default" [DMS, PS-MS,
     * TBH-MS] (domain.md §1, domain-catalogue.md §1.4): where a trunk switched to TCP points.
     */
    public static final int MEDIATION_TCP_PORT = 5_068;

    /** Front End servers per pool: at most twelve [TB]; "ideally at least three" [TB]. */
    public static final int FRONT_END_MAX_SERVERS = 12;
    /** Recommended minimum Front End servers per pool [TB]. */
    public static final int FRONT_END_RECOMMENDED_SERVERS = 3;
    /** One Front End server per 6,660 homed users [UMU]. */
    public static final int USERS_PER_FRONT_END_SERVER = 6_660;
    /** At most 80,000 users per Front End pool [UMU]. */
    public static final int FRONT_END_POOL_MAX_USERS = 80_000;
    /** Users per Standard Edition server [UMU]. */
    public static final int USERS_PER_STANDARD_EDITION_SERVER = 2_500;
    /** Director servers per pool: at most ten [TB]. */
    public static final int DIRECTOR_MAX_SERVERS = 10;

    /** SBA for 25 to 1,000 users [EVR]; below 25 a resiliency box rarely pays back. */
    public static final int SBA_MIN_USERS = 25;
    /** SBA for 25 to 1,000 users [EVR]. */
    public static final int SBA_MAX_USERS = 1_000;
    /** SBS (or two SBAs) for 1,000 to 2,000 users [EVR]. */
    public static final int SBS_MIN_USERS = 1_000;
    /** SBS (or two SBAs) for 1,000 to 2,000 users [EVR]. */
    public static final int SBS_MAX_USERS = 2_000;
    /** At most two SBAs per branch site [EVR]. */
    public static final int MAX_SBAS_PER_BRANCH = 2;

    private PlanningFigures() {
    }

    /**
     * Users per gateway port by the rules of thumb [DS] (domain.md §3): light 15, moderate 10, heavy 5. A custom
     * profile uses the published profile its call rate falls in ("heavy (3 or more)").
     */
    public static int usersPerPort(UsageProfile profile, double customCallsPerUser) {
        return switch (published(profile, customCallsPerUser)) {
        case LIGHT -> 15;
        case MODERATE -> 10;
        default -> 5;
        };
    }

    /**
     * PSTN calls per user in the busy hour: light 1, moderate 2, heavy 3 [DS]; custom as given, even when it is
     * negative or not a number, so that sizing can refuse it rather than size with a substitute (rule TL-PL-03).
     */
    public static double callsPerUserBusyHour(UsageProfile profile, double customCallsPerUser) {
        return switch (profile) {
        case LIGHT -> 1;
        case MODERATE -> 2;
        case HEAVY -> 3;
        case CUSTOM -> customCallsPerUser;
        };
    }

    /**
     * Busy-hour traffic of a site's own users [UM, domain.md §3]: A = users x calls per user x holding time; not a
     * number when the call rate is negative or not a number (rule TL-PL-03), so the traffic is unknown, not zero.
     */
    public static double ownTraffic(Site site, double holdingHours) {
        double calls = callsPerUserBusyHour(site.getUsageProfile(), site.getCustomCallsPerUserBusyHour());
        return calls >= 0 ? Math.max(0, site.getUsers()) * calls * holdingHours : Double.NaN;
    }

    /** The published profile a custom call rate is sized with: up to 1 light, up to 2 moderate, else heavy. */
    public static UsageProfile published(UsageProfile profile, double customCallsPerUser) {
        if (profile != UsageProfile.CUSTOM) {
            return profile;
        }
        return customCallsPerUser <= 1 ? UsageProfile.LIGHT
                : customCallsPerUser <= 2 ? UsageProfile.MODERATE : UsageProfile.HEAVY;
    }
}
