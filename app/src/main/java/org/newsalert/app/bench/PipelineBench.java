package org.newsalert.app.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.newsalert.enrich.EnrichConfig;
import org.newsalert.enrich.EnrichService;
import org.newsalert.events.ArticleFetched;
import org.newsalert.events.Topics;
import org.newsalert.events.config.ConfigSource;

/**
 * The two Kafka stages measured on the same generated article records: the raw consumer-to-producer
 * copy (the limit) and the real enrich Streams application, both timed by {@link FlowTimer}.
 */
public final class PipelineBench {
    private PipelineBench() {}

    /** Generated article records, keyed by article id, valued as the articles topic carries them. */
    public static List<FlowTimer.Input> articles(int n, long seed, String idPrefix) {
        SyntheticNews news = SyntheticNews.standard(seed, idPrefix);
        Instant fetched = Instant.now();
        List<FlowTimer.Input> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ArticleFetched a = news.next().fetched(fetched);
            out.add(new FlowTimer.Input(a.id().getBytes(StandardCharsets.UTF_8),
                    Topics.ARTICLES.valueSerde().serializer().serialize(Topics.ARTICLES.name(), a), a.published().toEpochMilli()));
        }
        return out;
    }

    /** Generated articles as ingest would publish them, fetched now. */
    public static List<ArticleFetched> fetched(int n, long seed, String idPrefix) {
        SyntheticNews news = SyntheticNews.standard(seed, idPrefix);
        Instant fetched = Instant.now();
        List<ArticleFetched> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(news.next().fetched(fetched));
        }
        return out;
    }

    /** Timed raw passes; the median one is reported, since one pass of a few thousand records lasts well under a second. */
    public static final int RAW_PASSES = 3;

    /**
     * The raw copy: {@code warmUp} through the running copier untimed (JIT, connections), then
     * {@link #RAW_PASSES} timed passes of {@code inputs}; returns the pass with the median rate.
     */
    public static FlowTimer.Flow raw(String bootstrapServers, List<FlowTimer.Input> warmUp, List<FlowTimer.Input> inputs, Duration timeout)
            throws InterruptedException {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String in = "newsalert.bench.raw-in." + suffix;
        String out = "newsalert.bench.raw-out." + suffix;
        int partitions = Topics.ARTICLES.spec().partitions(); // the same shape as the articles topic
        try (Admin admin = admin(bootstrapServers)) {
            admin.createTopics(List.of(new NewTopic(in, partitions, (short) 1), new NewTopic(out, partitions, (short) 1)))
                    .all().get(60, TimeUnit.SECONDS);
            try {
                try (RawCopier copier = new RawCopier(bootstrapServers, in, out)) {
                    copier.startAndAwaitAssignment(Duration.ofSeconds(60));
                    List<FlowTimer.Flow> passes = new ArrayList<>();
                    for (int i = warmUp.isEmpty() ? 1 : 0; i <= RAW_PASSES; i++) {
                        List<FlowTimer.Input> batch = i == 0 ? warmUp : inputs;
                        FlowTimer.Flow f = FlowTimer.run(bootstrapServers, in, batch, List.of(out), batch.size(), timeout);
                        copier.checkHealthy();
                        if (!f.complete()) {
                            throw new IllegalStateException("raw copy delivered only " + f.received() + " of " + batch.size() + " within " + timeout);
                        }
                        if (i > 0) {
                            passes.add(f);
                        }
                    }
                    passes.sort(java.util.Comparator.comparingDouble(FlowTimer.Flow::perSecond));
                    return passes.get(passes.size() / 2);
                }
            } finally {
                admin.deleteTopics(List.of(in, out)).all().get(60, TimeUnit.SECONDS);
            }
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("cannot create or delete the raw bench topics: " + e, e);
        }
    }

    /**
     * The enrich service as deployed (its configuration from the environment, exactly-once), under a fresh application id
     * and state directory so it starts from nothing; counted outputs are enriched articles and dead
     * letters, one of which every input article becomes. {@code warmUp} (articles published before
     * the timed ones) goes through first, untimed, and all of it comes out before the timed pass.
     */
    public static FlowTimer.Flow enrich(EnrichConfig base, List<FlowTimer.Input> warmUp, List<FlowTimer.Input> inputs, Duration timeout)
            throws InterruptedException, IOException {
        String bootstrapServers = base.bootstrapServers();
        Path stateDir = Files.createTempDirectory("newsalert-bench-enrich-");
        EnrichConfig config = base
                .withApplicationId("newsalert-bench-enrich-" + UUID.randomUUID())
                .withStateDir(stateDir.toString());
        try (EnrichService service = EnrichService.start(config)) {
            if (!service.awaitRunning(Duration.ofSeconds(120))) {
                throw new IllegalStateException("enrich did not reach RUNNING within 120 s (state " + service.state() + ")");
            }
            List<String> outputs = List.of(Topics.ARTICLES_ENRICHED.name(), Topics.ENRICH_DEAD_LETTERS.name());
            if (!warmUp.isEmpty()) {
                FlowTimer.Flow w = FlowTimer.run(bootstrapServers, Topics.ARTICLES.name(), warmUp, outputs, warmUp.size(), timeout);
                if (!w.complete()) {
                    return new FlowTimer.Flow(inputs.size(), 0, Map.of(), Duration.ZERO, false); // stalled in the warm-up
                }
            }
            return FlowTimer.run(bootstrapServers, Topics.ARTICLES.name(), inputs, outputs, inputs.size(), timeout);
        } finally {
            Files.walk(stateDir).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /**
     * Enrich's settings as the service would read them (NEWSALERT_ENRICH_* honoured), on the bench's
     * broker, with the reorder buffer overridden when {@code reorderBuffer} is positive.
     */
    public static EnrichConfig enrichConfig(String bootstrapServers, int reorderBuffer) {
        EnrichConfig c = EnrichConfig.from(ConfigSource.fromEnvironment().with(Map.of("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers)));
        return reorderBuffer <= 0 ? c : new EnrichConfig(c.bootstrapServers(), c.applicationId(), c.stateDir(), c.storyQuietPeriod(),
                reorderBuffer, c.reorderIdle(), c.reorderMaxWait(), c.replicationFactor());
    }

    /**
     * Records already in the articles topic. The bench writes the pipeline's own topics, and a fresh
     * enrich application would first work through whatever is there, so it needs them empty.
     */
    public static long articlesAlreadyPresent(String bootstrapServers) {
        try (Admin admin = admin(bootstrapServers)) {
            if (!admin.listTopics().names().get(60, TimeUnit.SECONDS).contains(Topics.ARTICLES.name())) {
                return 0;
            }
            var desc = admin.describeTopics(List.of(Topics.ARTICLES.name())).allTopicNames().get(60, TimeUnit.SECONDS);
            List<TopicPartition> parts = desc.get(Topics.ARTICLES.name()).partitions().stream()
                    .map(p -> new TopicPartition(Topics.ARTICLES.name(), p.partition())).toList();
            Map<TopicPartition, OffsetSpec> earliest = new java.util.HashMap<>();
            Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
            parts.forEach(p -> {
                earliest.put(p, OffsetSpec.earliest());
                latest.put(p, OffsetSpec.latest());
            });
            var lo = admin.listOffsets(earliest).all().get(60, TimeUnit.SECONDS);
            var hi = admin.listOffsets(latest).all().get(60, TimeUnit.SECONDS);
            long n = 0;
            for (TopicPartition p : parts) {
                n += hi.get(p).offset() - lo.get(p).offset();
            }
            return n;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while inspecting " + Topics.ARTICLES.name(), e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("cannot inspect " + Topics.ARTICLES.name() + ": " + e, e);
        }
    }

    private static Admin admin(String bootstrapServers) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60_000));
    }
}
