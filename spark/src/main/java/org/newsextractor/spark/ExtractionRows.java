package org.newsextractor.spark;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.newsextractor.Article;
import org.newsextractor.Claim;
import org.newsextractor.Extraction;
import org.newsextractor.Mention;
import org.newsextractor.Organization;
import org.newsextractor.Person;
import org.newsextractor.Place;
import org.newsextractor.Quantity;
import org.newsextractor.Quotation;
import org.newsextractor.Speaker;
import scala.collection.JavaConverters;
import scala.collection.Seq;

/** Turns the library's records into Spark rows of {@link ExtractionSchema}, field for field. */
final class ExtractionRows {
    private ExtractionRows() {
    }

    /** @return the {@link ExtractionSchema#RESULT} row of a successful extraction */
    static Row result(String articleId, Extraction x) {
        return RowFactory.create(articleId, null,
                map(x.people(), ExtractionRows::person), map(x.places(), ExtractionRows::place),
                map(x.organizations(), ExtractionRows::organization), map(x.numbers(), ExtractionRows::quantity),
                map(x.quotations(), ExtractionRows::quotation), map(x.claims(), ExtractionRows::claim),
                article(x.article()), x.toJson());
    }

    /** @return the {@link ExtractionSchema#RESULT} row of a failed article: its id and the message only */
    static Row error(String articleId, String message) {
        return RowFactory.create(articleId, message, null, null, null, null, null, null, null, null);
    }

    static Row person(Person p) {
        return RowFactory.create(p.id(), p.name(), seq(p.titles()), map(p.mentions(), ExtractionRows::mention),
                p.author(), p.wikipedia().orElse(null));
    }

    static Row place(Place p) {
        return RowFactory.create(p.id(), p.name(), p.kind().name(), map(p.mentions(), ExtractionRows::mention),
                p.wikipedia().orElse(null));
    }

    static Row organization(Organization o) {
        return RowFactory.create(o.id(), o.name(), map(o.mentions(), ExtractionRows::mention),
                o.wikipedia().orElse(null));
    }

    static Row mention(Mention m) {
        return RowFactory.create(m.text(), m.begin(), m.end(), m.sentence());
    }

    static Row quantity(Quantity q) {
        return RowFactory.create(q.text(), q.begin(), q.end(), q.kind().name(), q.value().orElse(null),
                q.normalized().orElse(null), q.unit().orElse(null), q.qualifier().orElse(null),
                q.low().orElse(null), q.high().orElse(null), seq(q.modifiers()));
    }

    static Row speaker(Speaker s) {
        return RowFactory.create(s.id().orElse(null), s.name());
    }

    static Row quotation(Quotation q) {
        return RowFactory.create(q.text(), q.begin(), q.end(), q.speaker().map(ExtractionRows::speaker).orElse(null),
                q.cue().orElse(null), q.cueText().orElse(null));
    }

    static Row claim(Claim c) {
        return RowFactory.create(speaker(c.source()), c.cue(), c.content(), c.begin(), c.end(), seq(c.entities()),
                map(c.numbers(), ExtractionRows::quantity), c.embedsQuote(), c.cueText().orElse(null));
    }

    static Row article(Article a) {
        Optional<java.sql.Date> published = a.published().map(java.sql.Date::valueOf);
        return RowFactory.create(a.title().orElse(null), published.orElse(null), seq(a.authors()));
    }

    private static <T> Seq<Row> map(List<T> items, Function<T, Row> toRow) {
        return seq(items.stream().map(toRow).toList());
    }

    /**
     * Rows hold arrays as Scala sequences; Spark's row encoder refuses a java.util.List. JavaConverters is
     * deprecated in Scala 2.13 but, unlike its successor, exists in 2.12 too, so one source serves both builds.
     */
    @SuppressWarnings("deprecation")
    private static <T> Seq<T> seq(List<T> items) {
        return JavaConverters.asScalaBuffer(items);
    }
}
