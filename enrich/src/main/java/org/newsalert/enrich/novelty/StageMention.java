package org.newsalert.enrich.novelty;

import java.util.List;
import java.util.Objects;

/**
 * One place where an article talks about a stage, and how it talks about it.
 *
 * @param stage the stage; for chamber passage {@code PASSED_HOUSE}/{@code PASSED_SENATE}, which the
 *     detector may promote to {@code CLEARED_CONGRESS} given the story so far
 * @param chamber the chamber that acted, or null when the sentence does not say
 * @param reading whether the sentence reports the stage as news, as background, as a possibility,
 *     or about another bill
 * @param confidence how sure the pattern is that this is the stage (0..1), before the reading
 * @param sentenceIndex the index of the first sentence in the article's sentence list (-1: title)
 * @param sentences the sentence(s) that carry the mention, as written
 * @param tally the vote tally in the sentence, normalised as {@code 216-213}, or null
 * @param toPresident the sentence (or the next one) says the bill now goes to the President
 * @param bills bill ids cited in the sentence ({@code hr6508}, no Congress suffix)
 */
public record StageMention(
        Stage stage,
        Chamber chamber,
        Reading reading,
        double confidence,
        int sentenceIndex,
        List<String> sentences,
        String tally,
        boolean toPresident,
        List<String> bills) {

    /** How a sentence relates the stage to the article's moment. */
    public enum Reading {
        /** Reported as having just happened: a candidate development. */
        REPORTED,
        /** Reported as an earlier event (past date, "had passed", "introduced in March"). */
        BACKGROUND,
        /** Expected, planned, conditional, urged or denied ("is expected to vote", "if signed"). */
        HYPOTHETICAL,
        /** About a bill other than the ones the article is about. */
        OTHER_BILL
    }

    public StageMention {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(reading, "reading");
        sentences = sentences == null ? List.of() : List.copyOf(sentences);
        bills = bills == null ? List.of() : List.copyOf(bills);
    }

    /** This mention read otherwise ({@code reading}), all else kept. */
    StageMention withReading(Reading reading) {
        return new StageMention(stage, chamber, reading, confidence, sentenceIndex, sentences, tally, toPresident, bills);
    }

    /** This mention of the chamber {@code chamber}, all else kept. */
    StageMention withChamber(Chamber chamber) {
        return new StageMention(stage, chamber, reading, confidence, sentenceIndex, sentences, tally, toPresident, bills);
    }

    /** This mention as of the stage {@code stage} and no longer sent to the President, all else kept. */
    StageMention asStage(Stage stage) {
        return new StageMention(stage, chamber, reading, confidence, sentenceIndex, sentences, tally, false, bills);
    }

    StageMention withPresidentCue(String cueSentence) {
        List<String> all = sentences.contains(cueSentence)
                ? sentences
                : java.util.stream.Stream.concat(sentences.stream(), java.util.stream.Stream.of(cueSentence)).toList();
        return new StageMention(stage, chamber, reading, confidence, sentenceIndex, all, tally, true, bills);
    }
}
