package io.trunkline.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.trunkline.validation.Finding;
import io.trunkline.validation.Validation;

/**
 * A full pass counts the elements under each key, not only which comes first: its key index holds a key's only
 * element as the element itself and makes a group of the second (issue 18, item 4). From {@link Base}: HQ's gateways
 * gw1 and gw2 take their site's country unless they have their own.
 */
class OneShotKeyGroupsTest {

    @Test
    void aFullPassCountsTheGatewaysOfEachCountry() {
        Base base = new Base();
        base.hq.setCountryRegion("GB");
        Base.gateway(base.hq, "peer-00000003", "gw3.hq.example", 24).setCountryRegion("IE");

        List<String> messages = Validation.validate(base.topology).findings().stream()
                .filter(f -> f.rule().id().equals("TL-GW-22")).map(Finding::message).toList();

        // gw1 and gw2 in HQ's GB, gw3 in IE.
        assertEquals(List.of("The gateways are in 2 countries/regions (2 in GB, 1 in IE); configure each to its country's "
                + "PSTN standards and check it is certified there."), messages);
    }
}
