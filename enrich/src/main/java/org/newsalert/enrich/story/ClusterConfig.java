package org.newsalert.enrich.story;

import java.time.Duration;
import java.util.Objects;

/**
 * The clusterer's knobs. The bounds ({@code postingLimit}, {@code maxCandidates}, the salient-key
 * counts) fix the work per article whatever the number of live stories; {@code quietPeriod} is the
 * event time after a story's last article at which it expires: three years by default, because trials
 * and sentences follow the first report by a year or more, and the bounded posting lists keep only
 * stories with rare keys (names) findable that long anyway.
 *
 * @param quietPeriod event time without a new article after which a story expires
 * @param salientTerms highest TF-IDF terms of an article used to look up candidate stories
 * @param salientEntities rarest names and numbers of an article used to look up candidates
 * @param postingLimit most recent stories kept per index key
 * @param maxCandidates stories scored in full per article, the best by shared index keys
 * @param storyTerms heaviest terms kept in a story's centroid (names and numbers likewise)
 * @param recentMembers latest member articles kept per story for near-copy and per-article matching
 * @param indexKeysPerStory index keys remembered per story for removal on expiry
 * @param bodyChars leading body characters read; the rest of a long article adds little
 * @param copyThreshold estimated 5-gram Jaccard at which an article counts as a near-copy
 * @param model the join-or-new decision
 */
public record ClusterConfig(
        Duration quietPeriod,
        int salientTerms,
        int salientEntities,
        int postingLimit,
        int maxCandidates,
        int storyTerms,
        int recentMembers,
        int indexKeysPerStory,
        int bodyChars,
        double copyThreshold,
        JoinModel model) {

    public ClusterConfig {
        Objects.requireNonNull(quietPeriod, "quietPeriod");
        Objects.requireNonNull(model, "model");
        if (quietPeriod.isNegative() || quietPeriod.isZero()) {
            throw new IllegalArgumentException("quietPeriod must be positive: " + quietPeriod);
        }
        if (salientTerms < 1 || postingLimit < 1 || maxCandidates < 1 || storyTerms < 1 || bodyChars < 1) {
            throw new IllegalArgumentException("salientTerms, postingLimit, maxCandidates, storyTerms and "
                    + "bodyChars must be positive");
        }
    }

    public static ClusterConfig defaults() {
        return new ClusterConfig(Duration.ofDays(1095), 12, 16, 64, 64, 200, 8, 160, 4000, 0.5,
                JoinModel.trained());
    }

    public ClusterConfig withModel(JoinModel m) {
        return new ClusterConfig(quietPeriod, salientTerms, salientEntities, postingLimit, maxCandidates,
                storyTerms, recentMembers, indexKeysPerStory, bodyChars, copyThreshold, m);
    }

    public ClusterConfig withMaxCandidates(int n) {
        return new ClusterConfig(quietPeriod, salientTerms, salientEntities, postingLimit, n,
                storyTerms, recentMembers, indexKeysPerStory, bodyChars, copyThreshold, model);
    }

    public ClusterConfig withQuietPeriod(Duration d) {
        return new ClusterConfig(d, salientTerms, salientEntities, postingLimit, maxCandidates,
                storyTerms, recentMembers, indexKeysPerStory, bodyChars, copyThreshold, model);
    }
}
