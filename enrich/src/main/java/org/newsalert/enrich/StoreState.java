package org.newsalert.enrich;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.newsalert.enrich.novelty.StoryMemory;
import org.newsalert.enrich.story.ClusterMeta;
import org.newsalert.enrich.story.ClusterState;
import org.newsalert.enrich.story.StoryState;
import org.newsalert.enrich.tag.AliasBook;
import org.newsalert.events.JsonSerde;
import org.newsalert.events.StoryUpdated;

/**
 * The pipeline's memory in named, changelogged Kafka Streams key-value stores: a restarted or
 * moved task restores them from their changelogs and carries on where it stopped. Keys are
 * strings, so persistent stores iterate them in a stable (byte) order.
 */
final class StoreState implements ArticlePipeline.State, ClusterState, AliasBook {
    static final String META = "enrich-cluster-meta";
    static final String DF = "enrich-cluster-df";
    static final String STORIES = "enrich-cluster-stories";
    static final String POSTINGS = "enrich-cluster-postings";
    static final String ACTIVITY = "enrich-cluster-activity";
    static final String ALIASES = "enrich-bill-aliases";
    static final String MEMORY = "enrich-story-memory";
    static final String SUMMARY = "enrich-story-summary";
    /** A bill's story, keyed by bill id ({@code hr4776-119}), and an act name's, keyed by {@link #ACT_KEY} and act key. */
    static final String BILL_STORY = "enrich-bill-story";
    /** Bill ids never start so: one store holds both name-to-story maps, written and read together. */
    private static final String ACT_KEY = "act:";
    static final String FOLDED = "enrich-story-folded";

    /** The key, in the processor's small counter store, of the number of stories in the clusterer's live set. */
    static final String LIVE_STORIES = "live-stories";

    /** Posting lists as a JSON value. */
    record Postings(List<String> ids) {}

    /**
     * Stories read back most recently, as objects: every article scores up to 64 candidate stories,
     * and parsing each one's JSON on every read cost more than the scoring itself. Written through to
     * the store, and per processor instance, so a restored or migrated task starts with an empty one.
     * Story values are immutable once built.
     */
    static final int STORY_CACHE = 2048;

    /**
     * Posting lists read back most recently, as immutable lists, for the same reason: every article
     * reads about 30 of them (up to 64 story ids each) to find its candidates and rewrites them when
     * it is placed. Written through like the stories; an absent list is cached as empty.
     */
    static final int POSTING_CACHE = 8192;

    /** Document frequencies read back most recently: every article reads and rewrites a few hundred. Written through. */
    static final int DF_CACHE = 65_536;

    private final KeyValueStore<String, ClusterMeta> meta;
    private final KeyValueStore<String, Long> df;
    private final KeyValueStore<String, StoryState> stories;
    private final KeyValueStore<String, Postings> postings;
    private final KeyValueStore<String, String> activity;
    private final KeyValueStore<String, String> aliases;
    private final KeyValueStore<String, StoryMemory> memory;
    private final KeyValueStore<String, StoryUpdated> summary;
    private final KeyValueStore<String, String> billStory;
    private final KeyValueStore<String, String> folded;
    private final KeyValueStore<String, Long> counters;
    private long liveStories;
    private final Map<String, StoryState> storyCache = lru(STORY_CACHE);
    private final Map<String, List<String>> postingCache = lru(POSTING_CACHE);
    private final Map<String, Long> dfCache = lru(DF_CACHE);

    StoreState(ProcessorContext<?, ?> ctx) {
        meta = ctx.getStateStore(META);
        df = ctx.getStateStore(DF);
        stories = ctx.getStateStore(STORIES);
        postings = ctx.getStateStore(POSTINGS);
        activity = ctx.getStateStore(ACTIVITY);
        aliases = ctx.getStateStore(ALIASES);
        memory = ctx.getStateStore(MEMORY);
        summary = ctx.getStateStore(SUMMARY);
        billStory = ctx.getStateStore(BILL_STORY);
        folded = ctx.getStateStore(FOLDED);
        // Kept beside the stories in a changelogged store, so the count survives restarts and moves
        // exactly; state written before the count existed is counted once here.
        counters = ctx.getStateStore(EnrichProcessor.SEQUENCE);
        Long n = counters.get(LIVE_STORIES);
        if (n == null) {
            long c = 0;
            try (var it = stories.all()) {
                while (it.hasNext()) {
                    it.next();
                    c++;
                }
            }
            counters.put(LIVE_STORIES, c);
            n = c;
        }
        liveStories = n;
    }

    /** A map that keeps the {@code max} entries used most recently. */
    private static <V> Map<String, V> lru(int max) {
        return new LinkedHashMap<>(Math.min(max, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > max;
            }
        };
    }

    /** Stories in the clusterer's live set: started and not yet expired by the quiet period. */
    long liveStories() {
        return liveStories;
    }

    static List<StoreBuilder<?>> builders() {
        return List.of(
                store(META, new JsonSerde<>(ClusterMeta.class)),
                store(DF, Serdes.Long()),
                store(STORIES, new JsonSerde<>(StoryState.class)),
                store(POSTINGS, new JsonSerde<>(Postings.class)),
                store(ACTIVITY, Serdes.String()),
                store(ALIASES, Serdes.String()),
                store(MEMORY, new JsonSerde<>(StoryMemory.class)),
                store(SUMMARY, new JsonSerde<>(StoryUpdated.class)),
                store(BILL_STORY, Serdes.String()),
                store(FOLDED, Serdes.String()));
    }

    static String[] names() {
        return new String[] {META, DF, STORIES, POSTINGS, ACTIVITY, ALIASES, MEMORY, SUMMARY, BILL_STORY, FOLDED};
    }

    /**
     * With Streams' record cache: an article reads and rewrites a few hundred document frequencies and
     * posting lists, many of them the same keys as the article before (common terms, a story's
     * keys), and the cache turns those into one store write and one changelog record per key per
     * commit instead of one per article. Reads see the cache first, so results do not change.
     */
    private static <V> StoreBuilder<KeyValueStore<String, V>> store(String name, Serde<V> serde) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), serde).withCachingEnabled();
    }

    // --- ArticlePipeline.State

    @Override
    public AliasBook aliases() {
        return this;
    }

    @Override
    public ClusterState cluster() {
        return this;
    }

    @Override
    public StoryMemory memory(String storyId) {
        return memory.get(storyId);
    }

    @Override
    public void putMemory(String storyId, StoryMemory m) {
        memory.put(storyId, m);
    }

    @Override
    public StoryUpdated summary(String storyId) {
        return summary.get(storyId);
    }

    @Override
    public void putSummary(StoryUpdated story) {
        summary.put(story.storyId(), story);
    }

    @Override
    public String storyForBill(String billId) {
        return billStory.get(billId);
    }

    @Override
    public void putStoryForBill(String billId, String storyId) {
        billStory.put(billId, storyId);
    }

    @Override
    public String storyForAct(String actKey) {
        return billStory.get(ACT_KEY + actKey);
    }

    @Override
    public void putStoryForAct(String actKey, String storyId) {
        billStory.put(ACT_KEY + actKey, storyId);
    }

    @Override
    public String foldedInto(String clusterStoryId) {
        return folded.get(clusterStoryId);
    }

    @Override
    public void putFoldedInto(String clusterStoryId, String storyId) {
        folded.put(clusterStoryId, storyId);
    }

    // --- AliasBook

    @Override
    public Optional<String> lookup(String normalisedName) {
        return Optional.ofNullable(aliases.get(normalisedName));
    }

    @Override
    public void learn(String normalisedName, String billId) {
        aliases.put(normalisedName, billId);
    }

    // --- ClusterState

    @Override
    public ClusterMeta meta() {
        ClusterMeta m = meta.get("meta");
        return m == null ? ClusterMeta.EMPTY : m;
    }

    @Override
    public void putMeta(ClusterMeta m) {
        meta.put("meta", m);
    }

    @Override
    public long documentFrequency(String key) {
        Long v = dfCache.get(key);
        if (v == null) {
            v = df.get(key);
            if (v == null) {
                v = 0L;
            }
            dfCache.put(key, v);
        }
        return v;
    }

    @Override
    public void putDocumentFrequency(String key, long value) {
        df.put(key, value);
        dfCache.put(key, value);
    }

    @Override
    public StoryState story(String storyId) {
        StoryState s = storyCache.get(storyId);
        if (s == null) {
            s = stories.get(storyId);
            if (s != null) {
                storyCache.put(storyId, s);
            }
        }
        return s;
    }

    @Override
    public void putStory(StoryState s) {
        if (!storyCache.containsKey(s.id()) && stories.get(s.id()) == null) {
            counters.put(LIVE_STORIES, ++liveStories);
        }
        stories.put(s.id(), s);
        storyCache.put(s.id(), s);
    }

    @Override
    public void removeStory(String storyId) {
        storyCache.remove(storyId);
        if (stories.delete(storyId) != null) {
            counters.put(LIVE_STORIES, --liveStories);
        }
    }

    @Override
    public List<String> postings(String key) {
        List<String> ids = postingCache.get(key);
        if (ids == null) {
            Postings p = postings.get(key);
            ids = p == null ? List.of() : List.copyOf(p.ids());
            postingCache.put(key, ids);
        }
        return ids;
    }

    @Override
    public void putPostings(String key, List<String> ids) {
        List<String> copy = List.copyOf(ids);
        if (copy.isEmpty()) {
            postings.delete(key);
        } else {
            postings.put(key, new Postings(copy));
        }
        postingCache.put(key, copy);
    }

    @Override
    public void putActivity(Instant lastActivity, String storyId) {
        activity.put(activityKey(lastActivity, storyId), storyId);
    }

    @Override
    public void removeActivity(Instant lastActivity, String storyId) {
        activity.delete(activityKey(lastActivity, storyId));
    }

    @Override
    public List<String> quietBefore(Instant cutoff, int limit) {
        List<String> out = new ArrayList<>();
        try (var it = activity.range(activityKey(Instant.EPOCH, ""), activityKey(cutoff, ""))) {
            while (it.hasNext() && out.size() < limit) {
                var kv = it.next();
                if (kv.key.compareTo(activityKey(cutoff, "")) < 0) {
                    out.add(kv.value);
                }
            }
        }
        return out;
    }

    /** Zero-padded epoch millis first, so byte order is time order. */
    static String activityKey(Instant t, String storyId) {
        return String.format(Locale.ROOT, "%019d|%s", Math.max(0, t.toEpochMilli()), storyId);
    }
}
