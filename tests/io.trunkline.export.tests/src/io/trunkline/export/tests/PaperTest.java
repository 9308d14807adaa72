package io.trunkline.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;

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
