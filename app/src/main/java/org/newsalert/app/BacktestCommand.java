package org.newsalert.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.newsalert.enrich.EnrichConfig;
import org.newsalert.enrich.EnrichService;
import org.newsalert.events.ArticleEnriched;
import org.newsalert.events.ArticleFetched;
import org.newsalert.events.DevelopmentDetected;
import org.newsalert.events.Json;
import org.newsalert.events.StoryUpdated;
import org.newsalert.events.Tag;
import org.newsalert.events.Topic;
import org.newsalert.events.TopicCreator;
import org.newsalert.events.Topics;
import org.newsalert.events.config.ConfigSource;
import org.newsalert.ingest.replay.Replayer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * "What would this pipeline have made of last month's news": the real enrich topology on a broker
 * over an article dump in file order, then a report of stories, per-article decisions (and the
 * alerts subscriptions would have received).
 */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = {"Run the real enrich topology over an article dump (JSON Lines: id, url, source, published, title, text)"
                + " on a fresh embedded broker (or --bootstrap-servers: a scratch cluster, its newsalert topics are written),"
                + " wait until every article is processed and write a report:",
                "{\"stories\":[{id,title,bills,tags,articles}],\"articles\":[{id,story,kind,development,copy_of,tags}]"
                        + " (,\"alerts\":[{subscription,story,article,kind,development}] with --subscriptions)}."})
final class BacktestCommand implements Callable<Integer> {
    @Option(names = "--articles", required = true, paramLabel = "FILE.jsonl", description = "the article dump, fed in file order")
    Path articles;

    @Option(names = "--report", required = true, paramLabel = "OUT.json", description = "where to write the report")
    Path report;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", description = "a scratch Kafka cluster (default: a temporary embedded broker)")
    String bootstrapServers;

    @Option(names = "--subscriptions", paramLabel = "FILE",
            description = "JSON or YAML list of subscriptions (the API's create shape); the report gains the alerts they would have received, nothing is sent")
    Path subscriptions;

    @Option(names = "--timeout", defaultValue = "10m", description = "give up waiting for the topology after this long (default: ${DEFAULT-VALUE})")
    String timeout;

    @Override
    public Integer call() throws Exception {
        List<ArticleFetched> input = readDump(articles);
        // Read before the run, so a bad subscription file fails in a second, not after the topology ran.
        List<org.newsalert.events.Subscription> subs = subscriptions == null ? List.of()
                : org.newsalert.notify.Backtest.loadSubscriptions(subscriptions);
        Path tmp = Files.createTempDirectory("newsalert-backtest-");
        try (Cluster cluster = bootstrapServers != null ? Cluster.connect(bootstrapServers, tmp) : Cluster.connect(null, tmp)) {
            String bs = cluster.bootstrapServers();
            TopicCreator.ensure(bs, (short) 1, EnrichService.topics());
            publishInOrder(bs, input);
            EnrichConfig config = EnrichConfig.from(ConfigSource.ofMap(Map.of(
                            "KAFKA_BOOTSTRAP_SERVERS", bs,
                            "enrich.reorder.idle", "500ms",
                            "enrich.reorder.max.wait", "0s", // off: the order depends only on the input, so reports repeat exactly
                            "enrich.reorder.buffer", "1000")))
                    .withStateDir(tmp.resolve("streams").toString())
                    .withApplicationId("newsalert-backtest-" + Long.toHexString(System.nanoTime()));
            Map<String, ArticleEnriched> enriched = new LinkedHashMap<>();
            Map<String, StoryUpdated> stories = new LinkedHashMap<>();
            List<DevelopmentDetected> developments = new ArrayList<>();
            int dead;
            try (EnrichService enrich = EnrichService.start(config)) {
                long deadline = System.nanoTime() + org.newsalert.events.config.ConfigSource.parseDuration(timeout, "--timeout").toNanos();
                int deadCount = 0;
                while (enriched.size() + deadCount < input.size()) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("backtest timed out: " + enriched.size() + " of " + input.size() + " articles processed");
                    }
                    Thread.sleep(500);
                    enriched.clear();
                    readAll(bs, Topics.ARTICLES_ENRICHED).forEach(a -> enriched.put(a.articleId(), a));
                    deadCount = readAll(bs, Topics.ENRICH_DEAD_LETTERS).size();
                    System.err.printf(Locale.ROOT, "backtest: %d of %d articles processed%n", enriched.size() + deadCount, input.size());
                }
                dead = deadCount;
                readAll(bs, Topics.STORIES).forEach(s -> stories.put(s.storyId(), s));
                developments.addAll(readAll(bs, Topics.DEVELOPMENTS));
            }
            ObjectNode root = Json.mapper().createObjectNode();
            ArrayNode ss = root.putArray("stories");
            // In the order of each story's first article in the input: the report is the same on every run.
            List<StoryUpdated> ordered = input.stream().map(a -> enriched.get(a.id())).filter(java.util.Objects::nonNull)
                    .map(ArticleEnriched::storyId).distinct().map(stories::get).filter(java.util.Objects::nonNull).toList();
            for (StoryUpdated s : ordered) {
                ObjectNode n = ss.addObject();
                n.put("id", s.storyId());
                n.put("title", s.title());
                s.bills().forEach(n.putArray("bills")::add);
                ArrayNode tags = n.putArray("tags");
                s.tags().forEach(t -> tags.add(tagId(t)));
                ArrayNode ids = n.putArray("articles");
                input.stream().map(a -> enriched.get(a.id())).filter(a -> a != null && a.storyId().equals(s.storyId()))
                        .forEach(a -> ids.add(a.articleId()));
            }
            ArrayNode as = root.putArray("articles");
            for (ArticleFetched in : input) {
                ArticleEnriched a = enriched.get(in.id());
                ObjectNode n = as.addObject();
                n.put("id", in.id());
                if (a == null) {
                    n.putNull("story");
                    n.put("kind", "DEAD_LETTER");
                    continue;
                }
                n.put("story", a.storyId());
                n.put("kind", a.kind().name());
                n.put("development", a.development());
                n.put("copy_of", a.copyOf());
                ArrayNode tags = n.putArray("tags");
                a.tags().forEach(t -> tags.add(tagId(t)));
            }
            if (subscriptions != null) {
                ArrayNode alerts = root.putArray("alerts");
                for (var al : org.newsalert.notify.Backtest.alerts(developments, List.copyOf(enriched.values()), subs)) {
                    ObjectNode n = alerts.addObject();
                    n.put("subscription", al.subscription());
                    n.put("story", al.story());
                    n.put("article", al.article());
                    n.put("kind", al.kind().name());
                    n.put("development", al.development());
                }
                for (var dg : org.newsalert.notify.Backtest.digests(developments, subs)) {
                    ObjectNode n = alerts.addObject();
                    n.put("subscription", dg.subscription());
                    n.put("kind", "DIGEST");
                    n.put("mode", dg.mode().wireName());
                    n.put("period", dg.period());
                    n.put("developments", dg.developments());
                    ArrayNode ids = n.putArray("stories");
                    dg.stories().forEach(ids::add);
                }
            }
            Files.writeString(report, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root));
            System.out.printf(Locale.ROOT, "{\"articles\":%d,\"stories\":%d,\"developments\":%d,\"dead_letters\":%d,\"report\":\"%s\"}%n",
                    input.size(), stories.size(), developments.size(), dead, report);
            return 0;
        } finally {
            deleteTree(tmp);
        }
    }

    static String tagId(Tag t) {
        return t.type().name().toLowerCase(Locale.ROOT) + ":" + t.id();
    }

    static List<ArticleFetched> readDump(Path file) throws Exception {
        List<ArticleFetched> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (!line.isBlank()) {
                    try {
                        out.add(Replayer.fromDumpLine(Json.mapper().readTree(line), file, Clock.systemUTC()));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(file + " line " + n + ": " + e.getMessage(), e);
                    }
                }
            }
        }
        return out;
    }

    /** One partition, file order: the sequencer then sees the articles exactly as the file lists them. */
    private static void publishInOrder(String bs, List<ArticleFetched> input) throws Exception {
        var t = Topics.ARTICLES;
        try (var p = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bs, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1),
                t.keySerde().serializer(), t.valueSerde().serializer())) {
            for (ArticleFetched a : input) {
                p.send(new ProducerRecord<>(t.name(), 0, a.published().toEpochMilli(), a.id(), a));
            }
            p.flush();
        }
    }

    static <V> List<V> readAll(String bs, Topic<String, V> topic) {
        List<V> out = new ArrayList<>();
        try (var c = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bs, ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            List<TopicPartition> parts = c.partitionsFor(topic.name(), Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).sorted(Comparator.comparingInt(TopicPartition::partition)).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts);
            List<org.apache.kafka.clients.consumer.ConsumerRecord<String, V>> recs = new ArrayList<>();
            while (parts.stream().anyMatch(p -> c.position(p) < end.get(p))) {
                c.poll(Duration.ofMillis(200)).forEach(recs::add);
            }
            // Across partitions, event time then offset gives the order in which enrich decided.
            recs.sort(Comparator.comparingLong((org.apache.kafka.clients.consumer.ConsumerRecord<String, V> r) -> r.timestamp())
                    .thenComparingInt(org.apache.kafka.clients.consumer.ConsumerRecord::partition)
                    .thenComparingLong(org.apache.kafka.clients.consumer.ConsumerRecord::offset));
            recs.forEach(r -> out.add(r.value()));
        }
        return out;
    }

    private static void deleteTree(Path dir) {
        try (var s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception ignored) {
            // a temporary directory; the OS cleans what is left
        }
    }
}
