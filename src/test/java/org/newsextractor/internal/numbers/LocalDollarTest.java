package org.newsextractor.internal.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsextractor.Quantity;

class LocalDollarTest {

    private static Optional<String> unitIn(String text) {
        Quantity money = Quantity.of("$50 billion", Quantity.Kind.MONEY, 50e9, "USD");
        return LocalDollar.localize(text, List.of(money)).get(0).unit();
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
}
