package io.trunkline.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.trunkline.model.BranchSite;
import io.trunkline.validation.Finding;
import io.trunkline.validation.Severity;
import io.trunkline.validation.Validation;

/**
 * Impossible planning numbers are errors that name the value and the expected range (issue 14 items 1 and 8,
 * issue 15 item 3), and huge values are validated in bounded time.
 */
class PlanningInputRulesTest {

    private static List<String> errors(Base base, String rule) {
        return Validation.validate(base.topology).findings().stream()
                .filter(f -> f.rule().id().equals(rule) && f.severity() == Severity.ERROR).map(Finding::message).toList();
    }

    @TestFactory
    Stream<DynamicTest> aGradeOfServiceOutsideZeroToOneIsAnErrorNamingTheRange() {
        return DoubleStream.of(Double.NaN, Double.POSITIVE_INFINITY, -0.5, 0, 1, 5).mapToObj(
                gos -> DynamicTest.dynamicTest("grade of service " + gos, () -> gradeOfServiceIsAnError(gos)));
    }

    private static void gradeOfServiceIsAnError(double gos) {
        Base base = new Base();
        base.topology.setGradeOfService(gos);
        List<String> errors = errors(base, "TL-PL-01");
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("strictly between 0 and 1"), errors.get(0));
    }

    @Test
    void aGradeOfServiceOfFiveMeantAsFivePercentIsNamedAsFive() {
        Base base = new Base();
        base.topology.setGradeOfService(5);
        assertTrue(errors(base, "TL-PL-01").get(0).startsWith("The grade of service is 5.0;"), errors(base, "TL-PL-01").toString());
    }

    @TestFactory
    Stream<DynamicTest> aHoldingTimeOfZeroOrLessIsAnErrorNamingTheValue() {
        return IntStream.of(0, -5, Integer.MIN_VALUE).mapToObj(
                seconds -> DynamicTest.dynamicTest(seconds + " s", () -> holdingTimeIsAnError(seconds)));
    }

    private static void holdingTimeIsAnError(int seconds) {
        Base base = new Base();
        base.topology.setMeanHoldingTimeSeconds(seconds);
        List<String> errors = errors(base, "TL-PL-02");
        assertEquals(List.of("The mean holding time is " + seconds
                + " s; a call lasts at least 1 s (Microsoft's user model uses 180 s)."), errors);
    }

    @TestFactory
    Stream<DynamicTest> aCustomCallRateThatIsNotANumberOfZeroOrMoreIsAnError() {
        return DoubleStream.of(Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, -1, 3601, 1e308).mapToObj(
                calls -> DynamicTest.dynamicTest(calls + " calls", () -> callRateIsAnError(calls)));
    }

    private static void callRateIsAnError(double calls) {
        Base base = new Base();
        base.hq.setUsageProfile(io.trunkline.model.UsageProfile.CUSTOM);
        base.hq.setCustomCallsPerUserBusyHour(calls);
        assertEquals(1, errors(base, "TL-PL-03").size());
    }

    @Test
    void aCallEverySecondOfTheBusyHourIsStillAccepted() {
        Base base = new Base();
        base.hq.setUsageProfile(io.trunkline.model.UsageProfile.CUSTOM);
        base.hq.setCustomCallsPerUserBusyHour(3600);
        assertEquals(List.of(), errors(base, "TL-PL-03"));
    }

    @Test
    void aLoopOfServingSitesIsReportedOnEverySiteOfTheLoop() {
        Base base = new Base();
        BranchSite other = Base.F.createBranchSite();
        other.setId("branch-00000002");
        other.setName("Other");
        other.setUsers(20);
        base.hq.getBranchSites().add(other);
        base.branch.setPstnServedBy(other);
        other.setPstnServedBy(base.branch);
        List<String> errors = errors(base, "TL-GW-26");
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("branch site 'Other' → branch site 'Branch'"), errors.get(0));
    }

    @Test
    void aMediationPoolThatIsItsOwnNextHopIsAnError() {
        Base base = new Base();
        base.med.setNextHop(base.med);
        assertEquals(List.of("Mediation pool 'HQ Mediation' is its own next hop; calls need a Front End pool or Standard Edition server to reach."),
                errors(base, "TL-MS-11"));
    }

    @Test
    void portSumsBeyondIntAreReportedWithoutOverflow() {
        Base base = new Base();
        base.gw1.setPstnPorts(Integer.MAX_VALUE);
        base.gw2.setPstnPorts(Integer.MAX_VALUE);
        base.hq.setUsers(Integer.MAX_VALUE);
        base.hq.setUsageProfile(io.trunkline.model.UsageProfile.HEAVY);
        List<Finding> findings = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> Validation.validate(base.topology).findings());
        findings.forEach(f -> assertTrue(!f.message().contains("-2,") && !f.message().contains("-2147"), f.message()));
        assertTrue(findings.stream().anyMatch(f -> f.rule().id().equals("TL-PL-05")), findings.toString());
    }

    @Test
    void usersAndHoldingTimeAtTheIntLimitValidateInBoundedTime() {
        Base base = new Base();
        base.hq.setUsers(Integer.MAX_VALUE);
        base.topology.setMeanHoldingTimeSeconds(Integer.MAX_VALUE);
        List<Finding> findings = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> Validation.validate(base.topology).findings());
        assertTrue(findings.stream().anyMatch(f -> f.rule().id().equals("TL-PL-05")), findings.toString());
    }
}
