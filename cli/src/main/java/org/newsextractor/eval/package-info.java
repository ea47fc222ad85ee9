/**
 * Scoring an extractor against gold annotations ({@code NAME.txt} + {@code NAME.gold.json}), as the gold
 * README describes.
 *
 * <p>Entry points: {@link org.newsextractor.eval.Evaluation#run} over a directory,
 * {@link org.newsextractor.eval.Evaluation#score} for one (gold, extraction) pair, and
 * {@link org.newsextractor.eval.EvalCommand#run} for the command line. Each rule is one class:
 * {@link org.newsextractor.eval.NameNormalizer}, {@link org.newsextractor.eval.EntityMatcher},
 * {@link org.newsextractor.eval.NumberMatcher} with {@link org.newsextractor.eval.UnitNames},
 * {@link org.newsextractor.eval.PassageMatcher} with {@link org.newsextractor.eval.TokenOverlap} and
 * {@link org.newsextractor.eval.AttributionJudge}.
 *
 * <p>Decisions where the README leaves room: a section a gold file leaves out adds nothing to any count;
 * {@code entities} is the sum of the scored entity sections; figures are micro-averaged (counts summed over
 * articles first); 0/0 precision or recall is 1.0 only when tp, fp and fn are all zero for that figure (see
 * {@link org.newsextractor.eval.Counts}); unit accuracy with nothing to judge is 1.0; number texts overlap when
 * they share a non-stop-word token; speakers and sources may also be named through a gold place entry.
 */
package org.newsextractor.eval;
