package io.trunkline.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.trunkline.export.Paper;

/** The default paper follows the locale's territory (CLDR paperSize data); a planner can name it instead. */
class PaperTest {

    @Test
    void theAmericasLetterCountriesAndThePhilippinesPrintOnLetter() {
        for (String country : new String[] { "US", "CA", "MX", "PH", "CL", "CO" }) {
            assertEquals(Paper.LETTER, Paper.forLocale(new Locale("en", country)), country);
        }
    }

    @Test
    void everyOtherCountryPrintsOnA4() {
        for (String country : new String[] { "GB", "DE", "FR", "IE", "AU", "IN", "JP", "BR", "AR" }) {
            assertEquals(Paper.A4, Paper.forLocale(new Locale("en", country)), country);
        }
    }

    @Test
    void aLocaleWithoutACountryPrintsOnA4() {
        assertEquals(Paper.A4, Paper.forLocale(Locale.ENGLISH));
        assertEquals(Paper.A4, Paper.forLocale(Locale.ROOT));
    }

    @Test
    void langNamesTheTerritoryEvenWhereItsLocaleIsNotInstalled() {
        assertEquals(Paper.LETTER, Paper.of(Map.of("LANG", "en_US.UTF-8"), Locale.UK));
        assertEquals(Paper.A4, Paper.of(Map.of("LANG", "de_DE.UTF-8"), Locale.US));
        assertEquals(Paper.LETTER, Paper.of(Map.of("LANG", "es_MX"), Locale.UK));
        assertEquals(Paper.A4, Paper.of(Map.of("LANG", "fr_FR@euro"), Locale.US));
    }

    @Test
    void lcPaperOverridesLangAndLcAllOverridesBoth() {
        assertEquals(Paper.LETTER, Paper.of(Map.of("LANG", "de_DE.UTF-8", "LC_PAPER", "en_US.UTF-8"), Locale.UK));
        assertEquals(Paper.A4, Paper.of(Map.of("LANG", "en_US.UTF-8", "LC_PAPER", "en_US.UTF-8", "LC_ALL", "en_GB.UTF-8"),
                Locale.US));
    }

    @Test
    void theCLocaleHasNoTerritoryAndPrintsOnA4() {
        assertEquals(Paper.A4, Paper.of(Map.of("LANG", "C.UTF-8"), Locale.US));
        assertEquals(Paper.A4, Paper.of(Map.of("LC_ALL", "POSIX"), Locale.US));
    }

    @Test
    void withoutLocaleVariablesTheJavaLocaleDecides() {
        assertEquals(Paper.LETTER, Paper.of(Map.of("LANG", ""), Locale.CANADA));
        assertEquals(Paper.A4, Paper.of(Map.of(), Locale.GERMANY));
    }

    @Test
    void paperNamesAreReadInAnyCase() {
        assertEquals(Paper.A4, Paper.parse("A4"));
        assertEquals(Paper.LETTER, Paper.parse(" Letter "));
    }

    @Test
    void anUnknownPaperIsRejectedWithTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Paper.parse("legal"));
        assertEquals("unknown paper 'legal'; use a4 or letter", e.getMessage());
    }
}
