package org.newsextractor.internal.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsextractor.Quantity;

class LocalCurrencyTest {

    private static Optional<String> unitIn(String text) {
        return unitIn(text, "$50 billion", "USD");
    }

    private static Optional<String> unitIn(String text, String amount, String code) {
        Quantity money = Quantity.of(amount, Quantity.Kind.MONEY, 50e9, code);
        return LocalCurrency.localize(text, List.of(money)).get(0).unit();
    }

    @Test
    void bareDollarInAnArticleAboutOneDollarCountryIsItsDollar() {
        assertEquals(Optional.of("NZD"), unitIn("New Zealand's budget is $50 billion."));
    }

    @Test
    void theUnitedStatesOrTwoDollarCountriesKeepTheUsDollar() {
        assertEquals(Optional.of("USD"), unitIn("New Zealand and the US agreed on $50 billion."));
        assertEquals(Optional.of("USD"), unitIn("Canada and Australia agreed on $50 billion."));
        assertEquals(Optional.of("USD"), unitIn("The budget is $50 billion."));
    }

    @Test
    void pesosRupeesAndPoundsOfTheArticlesCountry() {
        assertEquals(Optional.of("PHP"), unitIn("Manila set aside 50 billion pesos.", "50 billion pesos", "MXN"));
        assertEquals(Optional.of("PKR"), unitIn("Pakistan received Rs 50 billion.", "Rs 50 billion", "INR"));
        assertEquals(Optional.of("EGP"), unitIn("Egypt's deficit is 50 billion pounds.", "50 billion pounds", "GBP"));
        assertEquals(Optional.of("PHP"), unitIn("A Philippine court set a 500-peso fine.", "500-peso", "MXN"));
    }

    @Test
    void aCurrencyNamedWithItsCountryOrTheDefaultsCountryStays() {
        assertEquals(Optional.of("MXN"), unitIn("Manila lent 50 billion Mexican pesos.", "50 billion Mexican pesos",
                "MXN"));
        assertEquals(Optional.of("GBP"), unitIn("Egypt and Britain agreed on 50 billion pounds.",
                "50 billion pounds", "GBP"));
        assertEquals(Optional.of("GBP"), unitIn("Egypt paid £50 billion.", "£50 billion", "GBP"));
    }
}
