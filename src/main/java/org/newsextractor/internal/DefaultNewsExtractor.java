package org.newsextractor.internal;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.newsextractor.Article;
import org.newsextractor.Claim;
import org.newsextractor.Extraction;
import org.newsextractor.Person;
import org.newsextractor.ExtractionException;
import org.newsextractor.NewsExtractor;
import org.newsextractor.Quantity;
import org.newsextractor.Quotation;
import org.newsextractor.internal.claims.ClaimFinder;
import org.newsextractor.internal.claims.ClaimLexicon;
import org.newsextractor.internal.claims.QuotedFragments;
import org.newsextractor.internal.entities.EntityResolver;
import org.newsextractor.internal.entities.PlaceGazetteer;
import org.newsextractor.internal.entities.ResolvedEntities;
import org.newsextractor.internal.entities.TitleFinder;
import org.newsextractor.internal.guard.CharacterBlanker;
import org.newsextractor.internal.guard.ChunkedAnnotator;
import org.newsextractor.internal.guard.Deadline;
import org.newsextractor.internal.guard.Limits;
import org.newsextractor.internal.guard.MarkupBlanker;
import org.newsextractor.internal.linking.EntityLinker;
import org.jspecify.annotations.Nullable;
import org.newsextractor.internal.nlp.AnnotatedText;
import org.newsextractor.internal.nlp.ClosingQuoteJoiner;
import org.newsextractor.internal.nlp.LineBreakSplitter;
import org.newsextractor.internal.nlp.CoreNlpAnnotator;
import org.newsextractor.internal.nlp.CoreNlpParser;
import org.newsextractor.internal.nlp.Parses;
import org.newsextractor.internal.nlp.SentenceParser;
import org.newsextractor.internal.nlp.TextAnnotator;
import org.newsextractor.internal.numbers.NumberExtractor;
import org.newsextractor.internal.quotes.QuoteFinder;
import org.newsextractor.internal.quotes.QuoteKind;
import org.newsextractor.internal.quotes.QuoteSpan;
import org.newsextractor.internal.speakers.QuoteRegion;
import org.newsextractor.internal.speakers.SpeakerAttributor;
import org.newsextractor.internal.speakers.SpeechLexicon;
import org.newsextractor.internal.text.FurnitureFilter;

/**
 * The extraction pipeline: blank web furniture, annotate with CoreNLP, then our own steps for entities, numbers
 * and quotations. Every step after the annotator is plain Java over {@link AnnotatedText}, so it can be tested
 * without models. Stateless apart from the shared, thread-safe components, so one instance serves many threads.
 */
public final class DefaultNewsExtractor implements NewsExtractor {
    private final ChunkedAnnotator annotator;
    private final Limits limits;
    private final FurnitureFilter furniture = new FurnitureFilter();
    private final EntityResolver resolver = new EntityResolver();
    private final TitleFinder titles = new TitleFinder();
    private final PlaceGazetteer gazetteer = new PlaceGazetteer();
    private final NumberExtractor numbers = new NumberExtractor();
    private final QuoteFinder quoteFinder = new QuoteFinder();
    private final SpeakerAttributor attributor =
            new SpeakerAttributor(new SpeechLexicon(), org.newsextractor.internal.entities.TitleWords.all());
    private final ClaimLexicon claimLexicon = new ClaimLexicon();
    private final ClaimFinder claimFinder = new ClaimFinder(claimLexicon, attributor.lexicon());
    private final SentenceParser parser;
    private final @Nullable EntityLinker linker;

    /** @param maxInputChars longer texts are refused */
    public DefaultNewsExtractor(int maxInputChars) {
        this(new CoreNlpAnnotator(), new CoreNlpParser(),
                new Limits(maxInputChars, Limits.DEFAULT_MAX_SENTENCE_CHARS, java.util.Optional.empty()));
    }

    /**
     * @param annotator     what splits and tags the text (CoreNLP, or a stand-in in tests)
     * @param maxInputChars longer texts are refused
     */
    public DefaultNewsExtractor(TextAnnotator annotator, int maxInputChars) {
        this(annotator, new Limits(maxInputChars, Limits.DEFAULT_MAX_SENTENCE_CHARS, java.util.Optional.empty()));
    }

    /** @param limits the bounds on input length, sentence length and time */
    public DefaultNewsExtractor(Limits limits) {
        this(new CoreNlpAnnotator(), new CoreNlpParser(), limits);
    }

    /**
     * @param annotator what splits and tags the text (CoreNLP, or a stand-in in tests)
     * @param limits    the bounds on input length, sentence length and time
     */
    public DefaultNewsExtractor(TextAnnotator annotator, Limits limits) {
        this(annotator, SentenceParser.NONE, limits);
    }

    /**
     * @param annotator what splits and tags the text (CoreNLP, or a stand-in in tests)
     * @param parser    what parses the sentences that may attribute speech
     * @param limits    the bounds on input length, sentence length and time
     */
    public DefaultNewsExtractor(TextAnnotator annotator, SentenceParser parser, Limits limits) {
        this(annotator, parser, limits, null);
    }

    /**
     * @param limits the bounds on input length, sentence length and time
     * @param linker gives entities their Wikipedia pages, or null for no links
     */
    public DefaultNewsExtractor(Limits limits, @Nullable EntityLinker linker) {
        this(new CoreNlpAnnotator(), new CoreNlpParser(), limits, linker);
    }

    /**
     * @param annotator what splits and tags the text (CoreNLP, or a stand-in in tests)
     * @param parser    what parses the sentences that may attribute speech
     * @param limits    the bounds on input length, sentence length and time
     * @param linker    gives entities their Wikipedia pages, or null for no links
     */
    public DefaultNewsExtractor(TextAnnotator annotator, SentenceParser parser, Limits limits,
                                @Nullable EntityLinker linker) {
        this.linker = linker;
        this.parser = Objects.requireNonNull(parser, "parser");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.annotator = new ChunkedAnnotator(Objects.requireNonNull(annotator, "annotator"),
                limits.maxSentenceChars());
    }

    /** Loads the tagger's and the parser's models, side by side. */
    @Override
    public void warmUp() {
        parser.loadInBackground();
        annotator.warmUp();
        parser.warmUp();
    }

    /**
     * {@inheritDoc}
     *
     * @throws ExtractionException (a {@link org.newsextractor.ExtractionTimeoutException} or
     *                             {@link org.newsextractor.ExtractionInterruptedException}) when the time budget
     *                             runs out or the thread is interrupted; the class itself for an internal failure
     */
    @Override
    public Extraction extract(Article article) {
        Objects.requireNonNull(article, "article must not be null");
        int length = article.text().length();
        if (length > limits.maxInputChars()) {
            throw new IllegalArgumentException("text has " + length + " characters; the limit is "
                    + limits.maxInputChars() + " (NewsExtractor.builder().maxInputChars(...))");
        }
        parser.loadInBackground();
        if (limits.timeBudget().isPresent()) {
            // model loading is not part of any article's budget
            annotator.warmUp();
            parser.warmUp();
        }
        try (Deadline deadline = limits.startDeadline()) {
            try {
                Extraction result = extract(article, deadline);
                deadline.check();
                return result;
            } catch (ExtractionException e) {
                throw deadline.explain(e);
            } catch (RuntimeException | StackOverflowError e) {
                // A bug, not the caller's fault: report it as a documented failure of this article.
                throw deadline.explain(new ExtractionException(
                        "internal failure on an article of " + length + " characters: " + e, e));
            }
        }
    }

    private Extraction extract(Article article, Deadline deadline) {
        String text = article.text();
        // Markup and control characters become spaces of equal length, so offsets stay valid for the caller.
        String content = furniture.blank(MarkupBlanker.blank(CharacterBlanker.blank(text)));
        if (content.isBlank()) {
            return Extraction.EMPTY.withArticle(article);
        }
        AnnotatedText tagged = ClosingQuoteJoiner.join(
                LineBreakSplitter.split(annotator.annotate(content, deadline)));
        AnnotatedText annotated = new AnnotatedText(text, tagged.sentences());
        if (annotated.sentences().isEmpty()) {
            return Extraction.EMPTY.withArticle(article);
        }
        ResolvedEntities entities = new ResolvedEntities(resolver.resolve(annotated), titles, gazetteer, linker);
        List<Quantity> found = numbers.extract(annotated, article.published());
        List<QuoteRegion> quoteRegions = regions(content);
        // Only the sentences that can hold an attribution are parsed: the parser is the costliest step after NER.
        Parses parses = Parses.of(annotated,
                attributor.sentencesToParse(annotated, quoteRegions, claimLexicon::isReportingCue), parser,
                deadline::check, quotedChar(quoteRegions));
        List<Quotation> quotations = attributor.attribute(annotated, entities, quoteRegions, parses);
        List<Claim> claims = claimFinder.find(annotated, entities, found,
                attributor.sources(annotated, entities, quoteRegions, parses));
        return new Extraction(markAuthors(entities.people(), article.authors()), entities.places(),
                entities.organizations(), found, QuotedFragments.attributeFromClaims(quotations, claims), claims,
                article);
    }

    /** @return whether a character offset is inside one of the quotations (between its marks) */
    private static java.util.function.IntPredicate quotedChar(List<QuoteRegion> quotes) {
        return c -> {
            for (QuoteRegion q : quotes) {
                if (c >= q.begin() && c < q.end()) {
                    return true;
                }
            }
            return false;
        };
    }

    /** People the story names who are also in its byline are marked as authors. */
    static List<Person> markAuthors(List<Person> people, List<String> authors) {
        if (authors.isEmpty()) {
            return people;
        }
        Set<String> names = new java.util.HashSet<>();
        for (String a : authors) {
            names.add(EntityResolver.key(a));
        }
        return people.stream()
                .map(p -> names.contains(EntityResolver.key(p.name())) ? p.asAuthor() : p)
                .toList();
    }

    private List<QuoteRegion> regions(String content) {
        return quoteFinder.find(content).stream()
                // Titles of works and scare quotes ("COVID-19", "Brexit") are terms, not someone's words.
                .filter(q -> q.kind() == QuoteKind.QUOTATION)
                .filter(q -> content.substring(q.begin(), q.end()).chars().anyMatch(Character::isLetter))
                .map(DefaultNewsExtractor::region)
                .toList();
    }

    private static QuoteRegion region(QuoteSpan q) {
        int outerEnd = q.closed() ? q.closeMark() + 1 : q.end();
        return new QuoteRegion(q.begin(), q.end(), q.openMark(), outerEnd, q.paragraph(), q.startsParagraph());
    }
}
