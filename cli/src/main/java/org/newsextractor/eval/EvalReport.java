package org.newsextractor.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * The scores of a set of articles: per-article details, and per-section totals micro-averaged over the
 * articles (counts summed, then precision, recall and F1 computed from the sums).
 *
 * @param articles the score of every article, in the order they were scored
 */
public record EvalReport(List<ArticleScore> articles) {
    /** The key of the unit accuracy in the table, the JSON figures and floors files. */
    public static final String NUMBER_UNITS = "numberUnits";

    /** A report of no article. */
    public static final EvalReport EMPTY = new EvalReport(List.of());

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**

     * Copies the list.

     *

     * @param articles the score of every article, in the order they were scored

     */
    public EvalReport {
        articles = articles == null ? List.of() : List.copyOf(articles);
    }

    /**
     * @param section a section
     * @return its counts summed over all articles
     */
    public Counts total(Section section) {
        Counts sum = Counts.ZERO;
        for (ArticleScore article : articles) {
            sum = sum.plus(article.counts(section));
        }
        return sum;
    }

    /** @return the unit accuracy summed over all articles */
    public UnitAccuracy units() {
        UnitAccuracy sum = UnitAccuracy.ZERO;
        for (ArticleScore article : articles) {
            sum = sum.plus(article.units());
        }
        return sum;
    }

    /**
     * Looks up one figure by the name a floors file uses: {@code SECTION.p}, {@code SECTION.r},
     * {@code SECTION.f1} (also {@code precision}, {@code recall}) or {@code numberUnits.accuracy}.
     *
     * @param name the figure's name, such as {@code entities.f1}
     * @return its value
     * @throws IllegalArgumentException if no figure has that name
     */
    public double figure(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            throw new IllegalArgumentException("not a figure name (SECTION.METRIC): " + name);
        }
        String section = name.substring(0, dot);
        String metric = name.substring(dot + 1);
        if (section.equals(NUMBER_UNITS)) {
            if (metric.equals("accuracy")) {
                return units().accuracy();
            }
            throw new IllegalArgumentException("numberUnits has only accuracy: " + name);
        }
        Counts counts = total(Section.ofKey(section));
        return switch (metric) {
            case "p", "precision" -> counts.precision();
            case "r", "recall" -> counts.recall();
            case "f1" -> counts.f1();
            default -> throw new IllegalArgumentException("unknown metric " + metric + " in " + name);
        };
    }

    /** @return an aligned text table: one row per section, then the unit accuracy */
    public String toTable() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%-18s %6s %6s %6s %5s %5s %5s%n",
                "section", "P", "R", "F1", "tp", "fp", "fn"));
        for (Section section : Section.values()) {
            Counts c = total(section);
            s.append(String.format(Locale.ROOT, "%-18s %6.3f %6.3f %6.3f %5d %5d %5d%n",
                    section.key(), c.precision(), c.recall(), c.f1(), c.tp(), c.fp(), c.fn()));
        }
        UnitAccuracy u = units();
        s.append(String.format(Locale.ROOT, "%-18s %6s %6s %6.3f %5s %5s%n",
                NUMBER_UNITS, "", "", u.accuracy(), "ok " + u.ok(), "of " + u.total()));
        return s.toString();
    }

    /** @return per article, every miss, spurious record, duplicate, wrong speaker or source, and wrong unit */
    public String verboseListing() {
        StringBuilder s = new StringBuilder();
        for (ArticleScore article : articles) {
            List<Finding> findings = article.findings();
            s.append("== ").append(article.article()).append(" (").append(findings.size())
                    .append(findings.size() == 1 ? " finding" : " findings").append(")\n");
            for (Finding finding : findings) {
                s.append("  ").append(finding).append('\n');
            }
        }
        return s.toString();
    }

    /**
     * @return one JSON object: for every section key {@code {"p","r","f1","tp","fp","fn"}}, and
     *     {@code numberUnits} as {@code {"accuracy","ok","total"}}; figures rounded to four decimals
     */
    public String toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        for (Section section : Section.values()) {
            Counts c = total(section);
            ObjectNode node = root.putObject(section.key());
            node.put("p", round(c.precision()));
            node.put("r", round(c.recall()));
            node.put("f1", round(c.f1()));
            node.put("tp", c.tp());
            node.put("fp", c.fp());
            node.put("fn", c.fn());
        }
        UnitAccuracy u = units();
        ObjectNode node = root.putObject(NUMBER_UNITS);
        node.put("accuracy", round(u.accuracy()));
        node.put("ok", u.ok());
        node.put("total", u.total());
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the figures as JSON", e);
        }
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
