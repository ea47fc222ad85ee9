package org.newsextractor.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FurnitureFilterTest {
    private final FurnitureFilter filter = new FurnitureFilter();

    @Test
    void blanksFurnitureLinesAndKeepsTheLength() {
        String text = "World News\n\nThe minister resigned on Monday.\n\n[ad_1]\n\nSource link\n\nRelated Articles\n"
                + "Leave a Reply\nBack to top button";
        String blanked = filter.blank(text);
        assertEquals(text.length(), blanked.length());
        assertEquals("The minister resigned on Monday.", blanked.strip());
        assertEquals(text.indexOf("The minister"), blanked.indexOf("The minister"));
    }

    @Test
    void keepsArticleLinesThatOnlyLookLikeFurniture() {
        assertFalse(filter.isFurniture("Share prices fell 5% on Monday."));
        assertFalse(filter.isFurniture("Source: the ministry said the link was broken, officials added."));
        assertFalse(filter.isFurniture("World leaders met in Paris."));
    }

    @Test
    void recognizesSectionLabels() {
        assertTrue(filter.isFurniture("World News"));
        assertTrue(filter.isFurniture("Politics"));
        assertFalse(filter.isFurniture("Biden talks with Ukrainian President"));
    }

    @Test
    void returnsTheSameStringWhenNothingIsFurniture() {
        String text = "Nothing to blank here.\nNor here.";
        assertEquals(text, filter.blank(text));
    }
}
