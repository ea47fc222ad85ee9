package org.newsextractor.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.newsextractor.internal.Resources;

/** Dates, bylines and class words, without a page. */
class MetadataPartsTest {
    private final BylineParser bylines = new BylineParser(Resources.lines("html/byline-roles.txt"));

    @Test
    void datesAsMetadataAndAsTextWriteThem() {
        assertEquals(Optional.of(LocalDate.of(2024, 1, 18)), DateParser.parse("2024-01-18T23:00:00+03:00"));
        assertEquals(Optional.of(LocalDate.of(2024, 3, 5)), DateParser.parse("Tuesday 5 March 2024, 6.42pm"));
        assertEquals(Optional.of(LocalDate.of(2019, 1, 4)), DateParser.parse("Friday, January 4, 2019"));
        assertEquals(Optional.of(LocalDate.of(2023, 9, 1)), DateParser.parse("Updated Sept. 1st, 2023"));
        assertEquals(Optional.empty(), DateParser.parse("2024-02-31"));
        assertEquals(Optional.empty(), DateParser.parse("last Tuesday"));
    }

    @Test
    void bylinesGiveNamesAndDropRolesAgenciesAndDates() {
        assertEquals(List.of("Jane Smith", "John van der Berg"),
                bylines.names("By Jane Smith and John van der Berg, Reuters | Updated 5 March 2024"));
        assertEquals(List.of("Jane Whitfield"), bylines.names("By Jane Whitfield, Environment Correspondent"));
        assertEquals(List.of(), bylines.names("By Staff Reporter"));
        assertEquals(List.of(), bylines.names("Associated Press"));
        assertTrue(bylines.isByline("By Tom Hargreaves"));
        assertFalse(bylines.isByline("By noon the crowd had grown to several thousand people."));
    }

    @Test
    void classWordsMatchWholeWordsInAnyNamingStyle() {
        ClassWords related = new ClassWords(List.of("related", "ads?"));
        assertTrue(related.matches(Jsoup.parse("<div class='relatedStories'></div>").selectFirst("div")));
        assertTrue(related.matches(Jsoup.parse("<div id='top_ad-slot'></div>").selectFirst("div")));
        assertFalse(related.matches(Jsoup.parse("<div class='lead-paragraph'></div>").selectFirst("div")));
        assertFalse(related.matches(Jsoup.parse("<div class='download-bar'></div>").selectFirst("div")));
    }
}
