package org.newsalert.enrich;

import java.time.Duration;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.newsalert.events.ArticleFetched;
import org.newsalert.events.DeadLetter;
import org.newsalert.events.RebuildHeaders;
import org.newsalert.events.Topic;
import org.newsalert.events.Topics;

/**
 * The enrich topology, as a table of contents:
 *
 * <ol>
 *   <li>read articles as bytes and parse them; what does not parse or lacks required fields goes
 *       to the dead-letter topic with the reason;
 *   <li>funnel the good ones onto one partition ({@code sequence}): story clustering is a single
 *       sequential decision over all articles, since any article may join any story;
 *   <li>{@link EnrichProcessor}: reorder by published time, tag, cluster, decide novelty, with all
 *       memory in named stores;
 *   <li>write enriched articles, stories and developments, each keyed by story id.
 * </ol>
 */
public final class EnrichTopology {
    static final String SEQUENCE_KEY = "all";

    private EnrichTopology() {}

    public static Topology build(EnrichConfig config) {
        return build(config, ArticlePipeline.withDefaults(config.storyQuietPeriod()));
    }

    public static Topology build(EnrichConfig config, ArticlePipeline pipeline) {
        return build(config, pipeline, EnrichMetrics.none(), (RebuildMark) null);
    }

    public static Topology build(EnrichConfig config, ArticlePipeline pipeline, EnrichMetrics metrics) {
        return build(config, pipeline, metrics, (RebuildMark) null);
    }

    /**
     * The same topology for a story rebuild ({@link StoryRebuild}): {@code rebuild} (null for the live
     * app) marks what re-derives articles already enriched. The node and store names do not change,
     * so the live app can later continue under the rebuild's application id from its state.
     */
    static Topology build(EnrichConfig config, ArticlePipeline pipeline, RebuildMark rebuild) {
        return build(config, pipeline, EnrichMetrics.none(), rebuild);
    }

    static Topology build(EnrichConfig config, ArticlePipeline pipeline, EnrichMetrics metrics, RebuildMark rebuild) {
        StreamsBuilder b = new StreamsBuilder();
        b.addStateStore(EnrichProcessor.bufferStore());
        b.addStateStore(EnrichProcessor.sequenceStore());
        StoreState.builders().forEach(b::addStateStore);

        KStream<String, Parsed> parsed = b.stream(Topics.ARTICLES.name(),
                        Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("articles-in"))
                .processValues(() -> new ParseArticle(metrics, rebuild), Named.as("parse-article"));
        var branches = parsed.split(Named.as("parsed-"))
                .branch((k, v) -> v.article() != null, Branched.as("ok"))
                .defaultBranch(Branched.as("bad"));
        branches.get("parsed-bad")
                .mapValues(Parsed::dead, Named.as("unparseable-article"))
                .to(Topics.ENRICH_DEAD_LETTERS.name(), produced(Topics.ENRICH_DEAD_LETTERS, "dead-letters-out"));

        String[] stores = concat(new String[] {EnrichProcessor.BUFFER, EnrichProcessor.SEQUENCE}, StoreState.names());
        KStream<String, EnrichResult> results = branches.get("parsed-ok")
                .map((k, v) -> KeyValue.pair(SEQUENCE_KEY, v.article()), Named.as("key-for-sequence"))
                .repartition(Repartitioned.with(Serdes.String(), Topics.ARTICLES.valueSerde())
                        .withName("sequence").withNumberOfPartitions(1))
                .process(() -> new EnrichProcessor(pipeline,
                                rebuild == null ? config.reorderBuffer() : Math.max(config.reorderBuffer(), RebuildMark.REORDER_WINDOW),
                                config.reorderIdle(), rebuild == null ? config.reorderMaxWait() : Duration.ZERO, metrics, rebuild),
                        Named.as("enrich-article"), stores);

        results.filter((k, v) -> v instanceof EnrichResult.Enriched, Named.as("enriched-only"))
                .mapValues(v -> ((EnrichResult.Enriched) v).article(), Named.as("enriched-value"))
                .to(Topics.ARTICLES_ENRICHED.name(), produced(Topics.ARTICLES_ENRICHED, "enriched-out"));
        results.filter((k, v) -> v instanceof EnrichResult.Story, Named.as("stories-only"))
                .mapValues(v -> ((EnrichResult.Story) v).story(), Named.as("story-value"))
                .to(Topics.STORIES.name(), produced(Topics.STORIES, "stories-out"));
        results.filter((k, v) -> v instanceof EnrichResult.Development, Named.as("developments-only"))
                .mapValues(v -> ((EnrichResult.Development) v).development(), Named.as("development-value"))
                .to(Topics.DEVELOPMENTS.name(), produced(Topics.DEVELOPMENTS, "developments-out"));
        results.filter((k, v) -> v instanceof EnrichResult.Dead, Named.as("failures-only"))
                .mapValues(v -> ((EnrichResult.Dead) v).letter(), Named.as("failure-value"))
                .to(Topics.ENRICH_DEAD_LETTERS.name(), produced(Topics.ENRICH_DEAD_LETTERS, "failures-out"));
        return b.build();
    }

    /** Streams settings: exactly-once, so a restart neither loses nor repeats a story or a development. */
    public static Properties streamsProperties(EnrichConfig config) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        p.put(StreamsConfig.STATE_DIR_CONFIG, config.stateDir());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) config.replicationFactor());
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100); // outputs become readable (read committed) at each commit: this bounds alert latency
        p.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 16L * 1024 * 1024);
        p.put(StreamsConfig.consumerPrefix("max.poll.records"), 500);
        p.put(StreamsConfig.producerPrefix("max.request.size"), 8 * 1024 * 1024);
        return p;
    }

    private static <V> Produced<String, V> produced(Topic<String, V> t, String name) {
        return Produced.with(t.keySerde(), t.valueSerde()).withName(name);
    }

    private static String[] concat(String[] first, String[] rest) {
        String[] out = java.util.Arrays.copyOf(first, first.length + rest.length);
        System.arraycopy(rest, 0, out, first.length, rest.length);
        return out;
    }

    /** An input record parsed, or the reason it could not be. */
    record Parsed(ArticleFetched article, DeadLetter dead) {}

    /**
     * Parses article bytes; anything unreadable becomes a dead letter naming partition and offset.
     * In a rebuild it also drops articles published before the rebuild's date and marks (header) those
     * the live app already enriched: only here is the source partition and offset still known.
     */
    static final class ParseArticle implements FixedKeyProcessor<String, byte[], Parsed> {
        private final EnrichMetrics metrics;
        private final RebuildMark rebuild;
        private FixedKeyProcessorContext<String, Parsed> ctx;

        ParseArticle(EnrichMetrics metrics, RebuildMark rebuild) {
            this.metrics = metrics;
            this.rebuild = rebuild;
        }

        @Override
        public void init(FixedKeyProcessorContext<String, Parsed> context) {
            ctx = context;
        }

        @Override
        public void process(FixedKeyRecord<String, byte[]> r) {
            byte[] bytes = r.value();
            String reason;
            try {
                ArticleFetched a = bytes == null ? null : Topics.ARTICLES.valueSerde().deserializer().deserialize(Topics.ARTICLES.name(), bytes);
                if (a != null) {
                    // Only a rebuild marks what it re-derives; a mark arriving from outside is dropped.
                    r.headers().remove(RebuildHeaders.ID);
                    r.headers().remove(RebuildHeaders.DELIVER_TO);
                    if (rebuild != null && !rebuild.admit(ctx.recordMetadata(), r.key(), r.timestamp(), r.headers())) {
                        return;
                    }
                    ctx.forward(r.withValue(new Parsed(a, null)));
                    return;
                }
                reason = "empty value (tombstone) on the articles topic";
            } catch (RuntimeException e) {
                Throwable root = e;
                while (root.getCause() != null) {
                    root = root.getCause();
                }
                reason = "unreadable article: " + root.getMessage();
            }
            var md = ctx.recordMetadata();
            DeadLetter d = new DeadLetter("enrich", md.map(m -> m.topic()).orElse(Topics.ARTICLES.name()),
                    md.map(m -> m.partition()).orElse(-1), md.map(m -> m.offset()).orElse(-1L), r.key(), text(bytes), reason, Instant.now());
            org.slf4j.LoggerFactory.getLogger(EnrichTopology.class).warn("article record {}-{}@{}: {}; sent to {}",
                    d.sourceTopic(), d.partition(), d.offset(), reason, Topics.ENRICH_DEAD_LETTERS.name());
            metrics.unreadable();
            ctx.forward(r.withValue(new Parsed(null, d)));
        }

        private static String text(byte[] b) {
            if (b == null) {
                return null;
            }
            var decoder = StandardCharsets.UTF_8.newDecoder();
            try {
                return decoder.decode(java.nio.ByteBuffer.wrap(b)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                return "base64:" + Base64.getEncoder().encodeToString(b);
            }
        }
    }
}
