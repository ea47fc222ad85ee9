package org.newsextractor.internal.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RelativeDateResolverTest {

    private final RelativeDateResolver friday = new RelativeDateResolver(Optional.of(LocalDate.of(2019, 1, 4)));

    @Test
    void weekdaysAndMonthsLookBackForPastReports() {
        assertEquals(Optional.of("2019-01-03"), friday.resolve("XXXX-WXX-4", false));
        assertEquals(Optional.of("2018-06"), friday.resolve("XXXX-06", false));
    }

    @Test
    void futureSentencesLookAhead() {
        assertEquals(Optional.of("2019-01-07"), friday.resolve("XXXX-WXX-1", true));
        assertEquals(Optional.of("2019-01-08"), friday.resolve("XXXX-WXX-2 OFFSET P1W", true));
    }

    @Test
    void periodsAndOffsets() {
        assertEquals(Optional.of("2018-W52"), friday.resolve("THIS P1W OFFSET P-1W", false));
        assertEquals(Optional.of("2018"), friday.resolve("THIS P1Y OFFSET P-1Y", false));
        assertEquals(Optional.of("2019-01-03"), friday.resolve("OFFSET P-1D", false));
    }

    @Test
    void nothingWithoutAnArticleDate() {
        assertEquals(Optional.empty(), new RelativeDateResolver(Optional.empty()).resolve("XXXX-WXX-4", false));
    }
}
