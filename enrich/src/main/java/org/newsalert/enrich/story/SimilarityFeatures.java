package org.newsalert.enrich.story;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * How well one article matches one story, as the feature vector of {@link JoinModel}: TF-IDF
 * cosines of title-plus-body and of title against the story centroids, the same for names and for
 * numbers, the IDF mass of shared names and numbers (one rare shared surname says more than a
 * shared topic), a shared bill id, the event-time gap, the near-copy similarity and the story size;
 * also the share of the article's number evidence (IDF mass) found in the story, and whether the two
 * give ages, or month-day dates, and share none (look-alike incidents differ in the victim's age and
 * the day far more often than in their wording).
 */
final class SimilarityFeatures {
    static final List<String> NAMES = List.of(
            "allCos", "titleCos", "nameCos", "numberCos", "sharedIdf", "maxSharedRarity", "nameContainment",
            "sharedBill", "otherBills", "logGapDays", "logGapXmaxSharedRarity", "copySim", "logSize",
            "allCosXnameCos", "bestMemberNameCos", "bestMemberTitleCos", "numberContainment", "ageConflict",
            "dateConflict");

    /** Below this share of the article's name evidence found in the story, the two name different people and places. */
    static final double NAMES_DISAGREE = 0.2;

    static final int ALL_COS = NAMES.indexOf("allCos");
    static final int LOG_GAP_DAYS = NAMES.indexOf("logGapDays");
    static final int LOG_GAP_X_RARITY = NAMES.indexOf("logGapXmaxSharedRarity");
    static final int SHARED_BILL = NAMES.indexOf("sharedBill");
    static final int OTHER_BILLS = NAMES.indexOf("otherBills");

    private SimilarityFeatures() {}

    /** The weighted article, as compared with stories; all vectors L2-normalised. */
    record Weighted(
            ArticleProfile profile,
            Map<String, Double> all,
            Map<String, Double> title,
            Map<String, Double> names,
            Map<String, Double> numbers,
            Map<String, Double> idf,
            double idfCeiling) {}

    /**
     * The features, plus the member article the candidate is most nearly a copy of, and whether the
     * article and the story both name people or places but share almost none.
     */
    record Match(double[] features, String copyOf, double copySim, boolean namesDisagree) {}

    static Match compute(Weighted a, StoryState s) {
        double allCos = cosine(a.all(), s.terms());
        double titleCos = cosine(a.title(), s.titleTerms());
        double nameCos = cosine(a.names(), s.names());
        double numberCos = cosine(a.numbers(), s.numbers());
        double shared = 0;
        double maxShared = 0;
        double nameMass = 0;
        double sharedNameMass = 0;
        for (String k : a.names().keySet()) {
            double idf = idf(a, k);
            nameMass += idf;
            if (s.names().containsKey(k)) {
                shared += idf;
                sharedNameMass += idf;
                maxShared = Math.max(maxShared, idf);
            }
        }
        double containment = nameMass == 0 ? 0 : sharedNameMass / nameMass;
        double numberMass = 0;
        double sharedNumberMass = 0;
        for (String k : a.numbers().keySet()) {
            double idf = idf(a, k);
            numberMass += idf;
            if (s.numbers().containsKey(k)) {
                shared += idf;
                sharedNumberMass += idf;
                maxShared = Math.max(maxShared, idf);
            }
        }
        double numberContainment = numberMass == 0 ? 0 : sharedNumberMass / numberMass;
        // Rarity as a fraction of the highest possible IDF, so that it means the same as the corpus grows.
        double rarity = maxShared / a.idfCeiling();
        double bill = 0;
        for (String b : a.profile().bills()) {
            if (s.bills().contains(b)) {
                bill = 1;
                break;
            }
        }
        // Both name bills but none in common: two bills on one topic are different stories.
        double otherBills = bill == 0 && !a.profile().bills().isEmpty() && !s.bills().isEmpty() ? 1 : 0;
        Duration gap = Duration.between(s.lastPublished(), a.profile().published());
        double gapDays = Math.max(0, gap.toMinutes() / 1440.0);
        double copySim = 0;
        String copyOf = null;
        double memberNames = 0;
        double memberTitle = 0;
        for (StoryState.Member m : s.recent()) {
            double sim = MinHash.similarity(a.profile().signature(), m.minHash());
            if (sim > copySim) {
                copySim = sim;
                copyOf = m.articleId();
            }
            memberNames = Math.max(memberNames, dot(a.names(), m.names()));
            memberTitle = Math.max(memberTitle, dot(a.title(), m.title()));
        }
        double[] f = {
            allCos, titleCos, nameCos, numberCos, Math.log1p(shared), rarity, containment, bill, otherBills,
            Math.log1p(gapDays),
            Math.log1p(gapDays) * rarity, copySim, Math.log1p(s.articles()), allCos * nameCos,
            memberNames, memberTitle, numberContainment, conflict(a.numbers(), s.numbers(), "n:age"),
            conflict(a.numbers(), s.numbers(), "n:d")
        };
        // Capitalised words such as "Avenue" or "Man" are names too, so "share none" means under a
        // fifth of the article's name evidence (IDF mass).
        boolean namesDisagree = nameMass > 0 && !s.names().isEmpty() && containment < NAMES_DISAGREE;
        return new Match(f, copyOf, copySim, namesDisagree);
    }

    private static double idf(Weighted a, String key) {
        Double v = a.idf().get(key);
        return v == null ? 0 : v;
    }

    /**
     * 1 when the article and the story both have number keys of one kind (ages {@code n:age..},
     * month-day dates {@code n:d..}) and share none of them: a victim of another age, an incident on
     * another day. 0 when either has none (a follow-up that leaves the age out says nothing).
     */
    static double conflict(Map<String, Double> article, Map<String, Double> story, String prefix) {
        boolean articleHas = false;
        for (String k : article.keySet()) {
            if (k.startsWith(prefix)) {
                articleHas = true;
                if (story.containsKey(k)) {
                    return 0;
                }
            }
        }
        if (!articleHas) {
            return 0;
        }
        for (String k : story.keySet()) {
            if (k.startsWith(prefix)) {
                return 1;
            }
        }
        return 0;
    }

    /** Cosine of a normalised vector with an unnormalised one; 0 when either is empty. */
    static double cosine(Map<String, Double> unit, Map<String, Double> other) {
        if (unit.isEmpty() || other.isEmpty()) {
            return 0;
        }
        double dot = dot(unit, other);
        if (dot == 0) {
            return 0;
        }
        double norm = 0;
        for (double w : other.values()) {
            norm += w * w;
        }
        return dot / Math.sqrt(norm);
    }

    /**
     * The dot product, walking the smaller vector and looking each key up in the larger. Every
     * vector here iterates in key order (article, story and member vectors alike, also after a
     * round trip through JSON), so either walk meets the shared keys in the same order and adds the
     * same products in the same sequence: the result is the same to the last bit.
     */
    static double dot(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> walk = a.size() <= b.size() ? a : b;
        Map<String, Double> look = walk == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : walk.entrySet()) {
            Double w = look.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot;
    }

    static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
