package io.trunkline.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.trunkline.model.synthetic.SyntheticTopologyGenerator;
import io.trunkline.validation.Severity;
import io.trunkline.validation.Validation;

/** Generated topologies are valid, so benchmarks and {@code generate} measure realistic work (issue 14 item 13). */
class SyntheticTopologiesTest {

    /** {sites, seed}: one central site only, just past one central site's share, and large ones. */
    private static final long[][] SIZES = { { 1, 1 }, { 2, 5 }, { 20, 1 }, { 21, 2 }, { 100, 7 }, { 333, 11 },
            { 1000, 3 }, { 5000, 42 } };

    @TestFactory
    Stream<DynamicTest> generatedTopologiesHaveNoErrors() {
        return Stream.of(SIZES).map(size -> DynamicTest.dynamicTest(size[0] + " sites, seed " + size[1],
                () -> hasNoErrors((int) size[0], size[1])));
    }

    private static void hasNoErrors(int sites, long seed) {
        List<String> errors = Validation.validate(SyntheticTopologyGenerator.generate(sites, seed)).findings().stream()
                .filter(f -> f.severity() == Severity.ERROR).map(f -> f.rule().id() + " " + f.message()).toList();
        assertEquals(List.of(), errors.subList(0, Math.min(errors.size(), 5)), errors.size() + " errors");
    }
}
