package org.newsalert.enrich.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsalert.enrich.tag.BillRef;
import org.newsalert.enrich.tag.Congresses;

/**
 * Streaming single-pass story clustering in event-time order: each article joins its most probable
 * live story or starts a new one. Candidates come from bounded posting lists on the article's most
 * salient terms, names and numbers, its bills and its tagged members of Congress and committees, so
 * the work per article does not grow with the number of live stories. All state lives in a
 * {@link ClusterState}; given the same state and input, the same decision follows.
 */
public final class StoryClusterer {
    private static final int EXPIRE_PER_ARTICLE = 256;
    private static final double BILL_KEY_WEIGHT = 10;
    private static final String TAGGED_MEMBER = "t:member:";
    private static final String TAGGED_COMMITTEE = "t:committee:";

    private final ClusterConfig config;
    private final ClusterState state;

    public StoryClusterer(ClusterConfig config, ClusterState state) {
        this.config = Objects.requireNonNull(config, "config");
        this.state = Objects.requireNonNull(state, "state");
    }

    public Decision assign(ArticleInput in) {
        Scored scored = score(in);
        Candidate best = scored.best();
        boolean join = best != null && best.probability() >= config.model().threshold();
        String lead = in.leadBill() == null ? null : ArticleProfile.billKey(in.leadBill());
        if (join && lead != null && !best.story().bills().contains(lead)) {
            // A shared bill id makes any story likely; when the stories of two of the article's bills
            // both are, the article goes with the bill it names first ("the Senate passed S. 2050 ...
            // separate from H.R. 4100, which the House passed"), not with whichever moved last.
            Candidate leads = scored.best(c -> c.story().bills().contains(lead) && c.probability() >= config.model().threshold());
            if (leads != null) {
                best = leads;
            }
        }
        return commit(scored, join ? best.story().id() : null);
    }

    /** A scored, not yet placed article. */
    record Scored(SimilarityFeatures.Weighted article, Map<String, Double> keys, List<Candidate> candidates) {
        Candidate best() {
            return best(c -> true);
        }

        /** The most probable candidate that passes {@code filter}, or null. */
        Candidate best(java.util.function.Predicate<Candidate> filter) {
            Candidate best = null;
            for (Candidate c : candidates) {
                if (filter.test(c) && (best == null || c.probability() > best.probability())) {
                    best = c; // candidates are in a fixed order, so ties resolve the same way every time
                }
            }
            return best;
        }
    }

    record Candidate(StoryState story, SimilarityFeatures.Match match, double probability) {}

    /** Advances the clock, counts the article's terms and scores its candidate stories. */
    Scored score(ArticleInput in) {
        ArticleProfile p = ArticleProfile.of(in, config.bodyChars());
        ClusterMeta meta = state.meta();
        Instant clock = SimilarityFeatures.max(meta.streamTime(), in.published());
        expire(clock.minus(config.quietPeriod()));
        long docs = meta.documents() + 1;
        state.putMeta(new ClusterMeta(docs, clock));
        TreeSet<String> distinct = new TreeSet<>(p.allTerms().keySet());
        distinct.addAll(p.names());
        distinct.addAll(p.numbers());
        Map<String, Double> idf = new java.util.HashMap<>(distinct.size() * 2);
        for (String k : distinct) {
            long df = state.documentFrequency(k) + 1;
            state.putDocumentFrequency(k, df);
            idf.put(k, Math.log((docs + 1.0) / (df + 1.0)) + 1);
        }
        SimilarityFeatures.Weighted w = new SimilarityFeatures.Weighted(p,
                tfidf(p.allTerms(), idf), tfidf(p.titleTerms(), idf),
                binary(p.names(), idf), binary(p.numbers(), idf), idf, Math.log(docs + 1.0) + 1);
        Map<String, Double> keys = salientKeys(w);

        Map<String, Double> votes = new LinkedHashMap<>();
        for (Map.Entry<String, Double> k : keys.entrySet()) {
            for (String id : state.postings(k.getKey())) {
                votes.merge(id, k.getValue(), Double::sum);
            }
        }
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(votes.entrySet());
        ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<Candidate> candidates = new ArrayList<>();
        int congress = Congresses.at(in.published());
        for (Map.Entry<String, Double> e : ranked.subList(0, Math.min(config.maxCandidates(), ranked.size()))) {
            StoryState s = state.story(e.getKey());
            if (s == null || s.lastPublished().plus(config.quietPeriod()).isBefore(in.published())
                    || ofEarlierCongresses(s.bills(), congress)) {
                continue;
            }
            SimilarityFeatures.Match m = SimilarityFeatures.compute(w, s);
            candidates.add(new Candidate(s, m, config.model().probability(m.features(), m.namesDisagree())));
        }
        return new Scored(w, keys, candidates);
    }

    /**
     * Whether a story's bills ({@code b:hr734-118}) are all of Congresses before {@code congress}: a
     * bill dies with its Congress, so such a story takes no article of a later one (the 2025
     * reintroduction of the 2023 women's sports bill, in the same words, is a new effort).
     */
    private static final String BILL_KEY_PREFIX = ArticleProfile.billKey("");

    static boolean ofEarlierCongresses(List<String> storyBills, int congress) {
        if (storyBills.isEmpty()) {
            return false;
        }
        return storyBills.stream().allMatch(key -> BillRef.parseId(key.substring(BILL_KEY_PREFIX.length()))
                .map(bill -> bill.congress() < congress).orElse(false));
    }

    /** Places the article in story {@code storyId} (one of the candidates), or in a new story when null. */
    Decision commit(Scored scored, String storyId) {
        SimilarityFeatures.Weighted w = scored.article();
        ArticleProfile p = w.profile();
        Candidate chosen = null;
        for (Candidate c : scored.candidates()) {
            if (c.story().id().equals(storyId)) {
                chosen = c;
            }
        }
        StoryState before = chosen != null ? chosen.story() : storyId != null ? state.story(storyId) : null;
        StoryState after = before == null ? newStory(w, storyId == null ? "story-" + p.id() : storyId)
                : merged(before, w);
        List<String> dropped = new ArrayList<>();
        List<String> indexKeys = new ArrayList<>(after.indexKeys());
        for (String k : scored.keys().keySet()) {
            indexKeys.remove(k);
            indexKeys.add(k);
        }
        while (indexKeys.size() > config.indexKeysPerStory()) {
            dropped.add(indexKeys.remove(0));
        }
        after = withIndexKeys(after, indexKeys);
        for (String k : scored.keys().keySet()) {
            List<String> list = new ArrayList<>(state.postings(k));
            list.remove(after.id());
            list.add(after.id());
            while (list.size() > config.postingLimit()) {
                list.remove(0);
            }
            state.putPostings(k, list);
        }
        for (String k : dropped) {
            List<String> list = new ArrayList<>(state.postings(k));
            if (list.remove(after.id())) {
                state.putPostings(k, list);
            }
        }
        if (before != null) {
            state.removeActivity(before.lastPublished(), before.id());
        }
        state.putActivity(after.lastPublished(), after.id());
        state.putStory(after);
        double score = chosen != null ? chosen.probability() : scored.best() == null ? 0 : scored.best().probability();
        String copyOf = chosen != null && chosen.match().copySim() >= config.copyThreshold()
                ? chosen.match().copyOf() : null;
        // Only a new story is reconsidered by the caller, so only then are the candidates scored again.
        List<Decision.Alternative> alternatives = new ArrayList<>();
        for (Candidate c : before == null ? scored.candidates() : List.<Candidate>of()) {
            double[] timeless = c.match().features().clone();
            timeless[SimilarityFeatures.LOG_GAP_DAYS] = 0;
            timeless[SimilarityFeatures.LOG_GAP_X_RARITY] = 0;
            alternatives.add(new Decision.Alternative(c.story().id(), c.probability(),
                    config.model().probability(timeless, c.match().namesDisagree()), c.story().lastPublished()));
        }
        // Most probable first; the stable sort keeps the candidates' fixed order among ties.
        alternatives.sort(java.util.Comparator.comparingDouble(Decision.Alternative::probability).reversed());
        return new Decision(after.id(), before == null, score, copyOf, scored.candidates().size(), alternatives);
    }

    private void expire(Instant cutoff) {
        for (String id : state.quietBefore(cutoff, EXPIRE_PER_ARTICLE)) {
            StoryState s = state.story(id);
            if (s != null) {
                for (String k : s.indexKeys()) {
                    List<String> list = new ArrayList<>(state.postings(k));
                    if (list.remove(id)) {
                        state.putPostings(k, list);
                    }
                }
                state.removeActivity(s.lastPublished(), id);
                state.removeStory(id);
            }
        }
    }

    private Map<String, Double> salientKeys(SimilarityFeatures.Weighted w) {
        Map<String, Double> keys = new LinkedHashMap<>();
        top(w.all(), config.salientTerms()).forEach(keys::put);
        Map<String, Double> entities = new TreeMap<>(w.names());
        entities.putAll(w.numbers());
        top(entities, config.salientEntities()).forEach(keys::put);
        for (String b : w.profile().bills()) {
            keys.put(b, BILL_KEY_WEIGHT);
        }
        // An act named as a bill finds the stories that named it, as a bill id does, however few of
        // their words and people the article shares ("House Speaker Mike Johnson shared a massive update
        // after ... passed the Unlocking Our Domestic LNG Potential Act", the day after Rep. Pfluger's
        // own release on it). Only a candidate: whether the article joins is the model's, as ever.
        for (String a : w.profile().acts()) {
            keys.put(a, BILL_KEY_WEIGHT);
        }
        // Members of Congress and committees as the tagger resolved them: one key whatever the
        // wording ("Majority Leader John Thune", "Thune", "Sen. John Thune, R-S.D."), so a later
        // step of a bill finds the story even when its rarest surface names are all new.
        for (String k : w.names().keySet()) {
            if (k.startsWith(TAGGED_MEMBER) || k.startsWith(TAGGED_COMMITTEE)) {
                keys.putIfAbsent(k, w.idf().get(k));
            }
        }
        return keys;
    }

    private StoryState newStory(SimilarityFeatures.Weighted w, String id) {
        ArticleProfile p = w.profile();
        List<StoryState.Member> recent = List.of(member(w));
        return new StoryState(id, p.id(), p.title(), p.published(), p.published(), 1,
                top(w.all(), config.storyTerms()), top(w.title(), config.storyTerms()),
                top(w.names(), config.storyTerms()), top(w.numbers(), config.storyTerms()),
                List.copyOf(p.bills()), recent, List.of());
    }

    private StoryState merged(StoryState s, SimilarityFeatures.Weighted w) {
        ArticleProfile p = w.profile();
        TreeSet<String> bills = new TreeSet<>(s.bills());
        bills.addAll(p.bills());
        List<StoryState.Member> recent = new ArrayList<>(s.recent());
        recent.add(member(w));
        while (recent.size() > config.recentMembers()) {
            recent.remove(0);
        }
        return new StoryState(s.id(), s.firstArticleId(), s.title(), s.firstPublished(),
                SimilarityFeatures.max(s.lastPublished(), p.published()), s.articles() + 1,
                sum(s.terms(), w.all()), sum(s.titleTerms(), w.title()), sum(s.names(), w.names()),
                sum(s.numbers(), w.numbers()), List.copyOf(bills), List.copyOf(recent), s.indexKeys());
    }

    private static final int MEMBER_KEYS = 24;

    private static StoryState.Member member(SimilarityFeatures.Weighted w) {
        return new StoryState.Member(w.profile().id(), w.profile().signature(),
                unit(top(w.names(), MEMBER_KEYS)), unit(top(w.title(), MEMBER_KEYS)));
    }

    private static Map<String, Double> unit(Map<String, Double> v) {
        double norm = 0;
        for (double x : v.values()) {
            norm += x * x;
        }
        return normalised(v, norm);
    }

    private static StoryState withIndexKeys(StoryState s, List<String> keys) {
        return new StoryState(s.id(), s.firstArticleId(), s.title(), s.firstPublished(), s.lastPublished(),
                s.articles(), s.terms(), s.titleTerms(), s.names(), s.numbers(), s.bills(), s.recent(),
                List.copyOf(keys));
    }

    private Map<String, Double> sum(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> out = new TreeMap<>(a);
        b.forEach((k, v) -> out.merge(k, v, Double::sum));
        return top(out, config.storyTerms());
    }

    /** The {@code n} heaviest entries, ties by key, returned sorted by key. */
    static Map<String, Double> top(Map<String, Double> v, int n) {
        List<Map.Entry<String, Double>> e = new ArrayList<>(v.entrySet());
        if (v.size() > n) {
            e.sort(Map.Entry.<String, Double>comparingByValue().reversed()
                    .thenComparing(Map.Entry.comparingByKey()));
            e = e.subList(0, n);
        }
        e.sort(Map.Entry.comparingByKey());
        // Insertion-ordered by key: hash lookups for scoring, a fixed iteration order for everything else.
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<String, Double> x : e) {
            out.put(x.getKey(), x.getValue());
        }
        return out;
    }

    private static Map<String, Double> tfidf(Map<String, Integer> tf, Map<String, Double> idf) {
        Map<String, Double> out = new TreeMap<>();
        double norm = 0;
        for (Map.Entry<String, Integer> e : tf.entrySet()) {
            double v = (1 + Math.log(e.getValue())) * idf.get(e.getKey());
            out.put(e.getKey(), v);
            norm += v * v;
        }
        return normalised(out, norm);
    }

    private static Map<String, Double> binary(Iterable<String> keys, Map<String, Double> idf) {
        Map<String, Double> out = new TreeMap<>();
        double norm = 0;
        for (String k : keys) {
            double v = idf.getOrDefault(k, 1.0);
            out.put(k, v);
            norm += v * v;
        }
        return normalised(out, norm);
    }

    /**
     * {@code v} divided by the square root of {@code squaredNorm}, as a map whose iteration order is
     * {@code v}'s (sorted by key for every caller) and whose lookups are hash lookups: scoring looks
     * each story and member entry up in the article's vectors.
     */
    private static Map<String, Double> normalised(Map<String, Double> v, double squaredNorm) {
        double n = squaredNorm > 0 ? Math.sqrt(squaredNorm) : 1;
        Map<String, Double> out = new LinkedHashMap<>(v.size() * 2);
        for (Map.Entry<String, Double> e : v.entrySet()) {
            out.put(e.getKey(), squaredNorm > 0 ? e.getValue() / n : e.getValue());
        }
        return out;
    }
}
