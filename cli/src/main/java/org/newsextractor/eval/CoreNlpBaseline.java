package org.newsextractor.eval;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.newsextractor.Entity;
import org.newsextractor.Extraction;
import org.newsextractor.Mention;
import org.newsextractor.NewsExtractor;
import org.newsextractor.Organization;
import org.newsextractor.Person;
import org.newsextractor.Place;
import org.newsextractor.Quantity;
import org.newsextractor.Quotation;
import org.newsextractor.Speaker;

/**
 * Plain CoreNLP 4.5.10 as a user gets it without this library, to compare against: annotators
 * {@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote} with quote attribution on, default settings
 * otherwise.
 *
 * <p>Entities are CoreNLP's entity mentions of type PERSON, LOCATION (or COUNTRY, CITY, STATE_OR_PROVINCE) and
 * ORGANIZATION, one record per distinct text per type. Numbers are its NUMBER, MONEY, PERCENT, DATE and
 * DURATION mentions with their normalized values ({@link NormalizedValue}). Quotations are its quotes without
 * the outer marks, with the canonical speaker, else the speaker. It finds no claims. The pipeline is built once
 * per JVM on first use and needs about 4 GB of heap.
 */
public final class CoreNlpBaseline implements NewsExtractor {
    private static final String QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb`";
    private static volatile StanfordCoreNLP pipeline;

    /** Makes the baseline; no model is loaded until the first extraction. */
    public CoreNlpBaseline() {
    }

    /** @return the pipeline's settings */
    static Properties properties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        props.setProperty("quote.attributeQuotes", "true");
        return props;
    }

    private static StanfordCoreNLP pipeline() {
        StanfordCoreNLP p = pipeline;
        if (p == null) {
            synchronized (CoreNlpBaseline.class) {
                p = pipeline;
                if (p == null) {
                    p = new StanfordCoreNLP(properties());
                    pipeline = p;
                }
            }
        }
        return p;
    }

    @Override
    public Extraction extract(org.newsextractor.Article article) {
        Objects.requireNonNull(article, "article");
        String text = article.text();
        if (text.isBlank()) {
            return Extraction.EMPTY;
        }
        CoreDocument doc = new CoreDocument(text);
        pipeline().annotate(doc);
        Map<String, List<Mention>> people = new LinkedHashMap<>();
        Map<String, List<Mention>> places = new LinkedHashMap<>();
        Map<String, Place.Kind> placeKinds = new LinkedHashMap<>();
        Map<String, List<Mention>> organizations = new LinkedHashMap<>();
        List<Quantity> numbers = new ArrayList<>();
        for (CoreEntityMention em : doc.entityMentions()) {
            String type = em.entityType();
            Mention mention = mention(em);
            switch (type) {
                case "PERSON" -> people.computeIfAbsent(em.text(), k -> new ArrayList<>()).add(mention);
                case "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> {
                    places.computeIfAbsent(em.text(), k -> new ArrayList<>()).add(mention);
                    placeKinds.putIfAbsent(em.text(), placeKind(type));
                }
                case "ORGANIZATION" -> organizations.computeIfAbsent(em.text(), k -> new ArrayList<>()).add(mention);
                case "NUMBER", "MONEY", "PERCENT", "DATE", "DURATION" -> numbers.add(quantity(em, mention));
                default -> {
                }
            }
        }
        List<Person> personRecords = new ArrayList<>();
        people.forEach((name, mentions) -> personRecords.add(
                new Person("person-" + (personRecords.size() + 1), name, List.of(), mentions)));
        List<Place> placeRecords = new ArrayList<>();
        places.forEach((name, mentions) -> placeRecords.add(
                new Place("place-" + (placeRecords.size() + 1), name, placeKinds.get(name), mentions)));
        List<Organization> orgRecords = new ArrayList<>();
        organizations.forEach((name, mentions) -> orgRecords.add(
                new Organization("org-" + (orgRecords.size() + 1), name, mentions)));

        List<Entity> speakers = new ArrayList<>(personRecords);
        speakers.addAll(orgRecords);
        List<Quotation> quotations = new ArrayList<>();
        for (CoreQuote quote : doc.quotes()) {
            quotations.add(quotation(quote, speakers));
        }
        return new Extraction(personRecords, placeRecords, orgRecords, numbers, quotations, List.of());
    }

    private static Mention mention(CoreEntityMention em) {
        Integer sentence = em.coreMap().get(CoreAnnotations.SentenceIndexAnnotation.class);
        return new Mention(em.text(), em.charOffsets().first(), em.charOffsets().second(),
                sentence == null ? 0 : sentence);
    }

    private static Place.Kind placeKind(String type) {
        return switch (type) {
            case "COUNTRY" -> Place.Kind.COUNTRY;
            case "CITY" -> Place.Kind.CITY;
            case "STATE_OR_PROVINCE" -> Place.Kind.STATE_OR_PROVINCE;
            default -> Place.Kind.OTHER;
        };
    }

    private static Quantity quantity(CoreEntityMention em, Mention mention) {
        String tag = em.coreMap().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        if (tag == null && !em.tokens().isEmpty()) {
            tag = em.tokens().get(0).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        }
        Optional<String> normalized = Optional.ofNullable(tag).filter(t -> !t.isBlank());
        String type = em.entityType();
        Quantity.Kind kind = switch (type) {
            case "MONEY" -> Quantity.Kind.MONEY;
            case "PERCENT" -> Quantity.Kind.PERCENT;
            case "DATE" -> Quantity.Kind.DATE;
            case "DURATION" -> Quantity.Kind.DURATION;
            default -> Quantity.Kind.COUNT;
        };
        NormalizedValue value = switch (kind) {
            case DATE -> NormalizedValue.NONE;
            case DURATION -> normalized.map(NormalizedValue::parseDuration).orElse(NormalizedValue.NONE);
            default -> normalized.map(NormalizedValue::parseNumber).orElse(NormalizedValue.NONE);
        };
        Optional<String> isoForm = kind == Quantity.Kind.DATE || kind == Quantity.Kind.DURATION
                ? normalized : Optional.empty();
        return new Quantity(mention.text(), mention.begin(), mention.end(), kind, value.value(), isoForm,
                value.unit(), value.qualifier(), Optional.empty(), Optional.empty());
    }

    private static Quotation quotation(CoreQuote quote, List<Entity> speakers) {
        String raw = quote.text();
        int begin = 0;
        int end = raw.length();
        while (begin < end && (QUOTE_MARKS.indexOf(raw.charAt(begin)) >= 0
                || Character.isWhitespace(raw.charAt(begin)))) {
            begin++;
        }
        while (end > begin && (QUOTE_MARKS.indexOf(raw.charAt(end - 1)) >= 0
                || Character.isWhitespace(raw.charAt(end - 1)))) {
            end--;
        }
        int offset = quote.quoteCharOffsets().first();
        Optional<Speaker> speaker = quote.canonicalSpeaker().or(quote::speaker)
                .filter(name -> !name.isBlank())
                .map(name -> speakers.stream().filter(e -> e.name().equals(name)).findFirst()
                        .map(Speaker::of).orElse(Speaker.unnamed(name)));
        return new Quotation(raw.substring(begin, end), offset + begin, offset + end, speaker, Optional.empty());
    }
}
