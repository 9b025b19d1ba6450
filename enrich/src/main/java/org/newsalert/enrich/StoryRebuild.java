package org.newsalert.enrich;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.newsalert.events.ArticleFetched;
import org.newsalert.events.RebuildHeaders;
import org.newsalert.events.Topic;
import org.newsalert.events.TopicCreator;
import org.newsalert.events.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds stories from the retained articles topic after a change of rules ({@code replay --since
 * DATE}). The enrich topology runs under a new application id, so its stores, changelogs and
 * repartition topic start empty and nothing of the old stories leaks in; its consumer group is
 * given the offsets of the first articles stamped at or after DATE before it starts; it runs
 * until it has processed the articles topic up to the end seen at the start, then stops and reports.
 * What it writes re-derives articles the live enrich already handled, so it carries the
 * {@link RebuildHeaders} mark and notify does not alert subscribers on it. The live enrich then
 * continues from the rebuilt state by running under the rebuild's application id.
 */
public final class StoryRebuild {
    private static final Logger log = LoggerFactory.getLogger(StoryRebuild.class);
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
    private static final Pattern REBUILD_SUFFIX = Pattern.compile("-rebuild-\\d{14}$");
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final List<Topic<String, ?>> OUTPUTS = List.of(Topics.ARTICLES_ENRICHED, Topics.STORIES, Topics.DEVELOPMENTS);

    /**
     * How far the rebuild has read the articles topic, in offsets from its start ({@code done} of
     * {@code total}); offsets, not records, since the transaction markers of ingest take offsets too.
     */
    public record Progress(long done, long total, double seconds) {
        public double perSecond() {
            return seconds <= 0 ? 0 : done / seconds;
        }
    }

    /**
     * What a finished rebuild did.
     *
     * @param offsets the span of the articles topic the rebuild covered (from DATE to the end at its start; transaction markers included)
     * @param articles enriched articles the rebuild wrote (marked as the rebuild's)
     * @param stories distinct stories it wrote
     * @param developments developments it wrote (not alerted to subscribers)
     * @param liveArticles articles that arrived during the rebuild, past what enrich had seen: enriched and alerted as new
     */
    public record Summary(String rebuildId, String previousApplicationId, Instant since, long offsets, long articles, long stories,
            long developments, long liveArticles, String deliverTo, double seconds) {

        public String toJson() {
            return String.format(Locale.ROOT,
                    "{\"rebuild\":\"%s\",\"since\":\"%s\",\"offsets\":%d,\"articles\":%d,\"stories\":%d,\"developments\":%d,"
                            + "\"live_articles\":%d,\"deliver_to\":%s,\"seconds\":%.1f,\"previous_application_id\":\"%s\"}",
                    rebuildId, since, offsets, articles, stories, developments, liveArticles,
                    deliverTo == null ? "null" : org.newsalert.events.Json.write(deliverTo), seconds, previousApplicationId);
        }
    }

    /** A rebuild that was refused or did not finish; the message says why and what to do. */
    public static final class RebuildException extends RuntimeException {
        public RebuildException(String message) {
            super(message);
        }

        public RebuildException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private StoryRebuild() {}

    /**
     * {@code <base>-rebuild-<yyyyMMddHHmmss>} (UTC); a base that is itself a rebuild's id loses its
     * suffix first, so rebuilding twice does not stack suffixes.
     */
    public static String rebuildId(String applicationId, Instant at) {
        return REBUILD_SUFFIX.matcher(applicationId).replaceFirst("") + "-rebuild-" + ID_TIME.format(at);
    }

    /**
     * Runs one rebuild to the end and reports it.
     *
     * @param live the live enrich's settings: its application id is the one that must be stopped, and
     *     whose committed offsets say which articles subscribers were already alerted on
     * @param deliverTo a test webhook URL for the rebuild's alerts, or null: no alerts at all
     * @param timeout how long the rebuild may take before it gives up
     */
    public static Summary run(EnrichConfig live, Instant since, String deliverTo, Duration timeout, Clock clock, Consumer<Progress> progress) {
        Objects.requireNonNull(since, "since");
        long t0 = System.nanoTime();
        String id = rebuildId(live.applicationId(), clock.instant());
        String bootstrap = live.bootstrapServers();
        TopicCreator.ensure(bootstrap, live.replicationFactor(), EnrichService.topics());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            // Two enrich apps writing the same stories would interleave two versions of each story.
            requireNoMembers(admin, live.applicationId(), "enrich is running under application id %s (%d members): stop it first;"
                    + " a stopped instance that did not leave its group stays a member until its session times out (45 s by default)");
            requireNoMembers(admin, id, "the rebuild's group %s is in use (%d members); try again in a second");
            if (!committed(admin, id).isEmpty()) {
                throw new RebuildException("the rebuild's group " + id + " already has offsets; try again in a second");
            }
            List<TopicPartition> parts = partitions(admin, Topics.ARTICLES.name());
            // Last stable offsets: the rebuild must stop at what is committed, not at an open transaction.
            Map<TopicPartition, Long> end = offsets(admin, parts, OffsetSpec.latest());
            Map<TopicPartition, Long> start = offsets(admin, parts, OffsetSpec.forTimestamp(since.toEpochMilli()));
            start.replaceAll((tp, o) -> o < 0 ? end.get(tp) : Math.min(o, end.get(tp)));
            // What the live app has consumed was alerted on; a partition it never read counts as
            // seen up to the end, so a rebuild never alerts on old news (the conservative side).
            Map<TopicPartition, OffsetAndMetadata> liveOffsets = committed(admin, live.applicationId());
            Map<Integer, Long> alreadyEnriched = new HashMap<>();
            for (TopicPartition tp : parts) {
                OffsetAndMetadata o = liveOffsets.get(tp);
                alreadyEnriched.put(tp.partition(), o == null ? end.get(tp) : o.offset());
            }
            Map<TopicPartition, Long> outputsBefore = new HashMap<>();
            for (Topic<String, ?> t : OUTPUTS) {
                outputsBefore.putAll(offsets(admin, partitions(admin, t.name()), OffsetSpec.latest()));
            }
            long total = 0;
            Map<TopicPartition, OffsetAndMetadata> seek = new HashMap<>();
            for (TopicPartition tp : parts) {
                total += end.get(tp) - start.get(tp);
                seek.put(tp, new OffsetAndMetadata(start.get(tp)));
            }
            // Kafka Streams has no "start at a time" per source; a fresh group's committed offsets are
            // where its consumer starts, and the group does not exist until the app joins, so the
            // offsets are exact (offsetsForTimes) rather than a by_duration reset computed later.
            get(admin.alterConsumerGroupOffsets(id, seek).all(), "commit the start offsets of group " + id);
            log.info("rebuild {}: articles since {} ({} offsets), start {} end {}, already enriched {}", id, since, total, start, end, alreadyEnriched);

            Set<String> pending = pendingInBuffer(bootstrap, live.applicationId());
            RebuildMark mark = new RebuildMark(id, deliverTo, since, byPartition(end), alreadyEnriched, pending, new AtomicBoolean());
            runStreams(live.withApplicationId(id), mark, admin, parts, start, end, total, t0, timeout, progress);

            awaitSettled(admin, List.copyOf(outputsBefore.keySet()));
            Counts c = count(bootstrap, outputsBefore, id);
            return new Summary(id, live.applicationId(), since, total, c.articles, c.stories.size(), c.developments, c.unmarkedArticles,
                    deliverTo, (System.nanoTime() - t0) / 1e9);
        }
    }

    private static void runStreams(EnrichConfig config, RebuildMark mark, Admin admin, List<TopicPartition> parts,
            Map<TopicPartition, Long> start, Map<TopicPartition, Long> end, long total, long t0, Duration timeout,
            Consumer<Progress> progress) {
        String id = config.applicationId();
        KafkaStreams streams = new KafkaStreams(
                EnrichTopology.build(config, ArticlePipeline.withDefaults(config.storyQuietPeriod()), mark),
                EnrichTopology.streamsProperties(config));
        AtomicReference<Throwable> failure = new AtomicReference<>();
        // Unattended and one-off: an unexpected error stops the rebuild and is reported, not retried.
        streams.setUncaughtExceptionHandler(e -> {
            failure.compareAndSet(null, e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        streams.start();
        boolean finished = false;
        try {
            long deadline = System.nanoTime() + timeout.toNanos();
            String repartition = id + "-sequence-repartition";
            while (true) {
                sleep(POLL);
                if (failure.get() != null || streams.state() == KafkaStreams.State.ERROR || streams.state() == KafkaStreams.State.PENDING_ERROR) {
                    Throwable f = failure.get();
                    throw new RebuildException("rebuild " + id + " failed: " + (f == null ? streams.state() : f.toString()), f);
                }
                Map<TopicPartition, OffsetAndMetadata> committed = committed(admin, id);
                long done = 0;
                boolean sourcesDone = true;
                for (TopicPartition tp : parts) {
                    OffsetAndMetadata o = committed.get(tp);
                    long at = o == null ? start.get(tp) : o.offset();
                    done += Math.max(0, Math.min(at, end.get(tp)) - start.get(tp));
                    sourcesDone &= at >= end.get(tp);
                }
                progress.accept(new Progress(done, total, (System.nanoTime() - t0) / 1e9));
                // Done when every article up to the end has left the first sub-topology, every one of
                // those has been read from the sequencing partition, and the reorder buffer is empty.
                if (sourcesDone && caughtUp(admin, committed, repartition)) {
                    mark.inputComplete().set(true); // the buffer may now drain by idleness, in published-time order
                    if (bufferEmpty(streams)) {
                        finished = true;
                        return;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new RebuildException("rebuild " + id + " did not finish within " + timeout + " (" + done + " of " + total + " offsets)");
                }
            }
        } finally {
            // Leaving the group at once lets the live enrich take over the id without waiting out a session.
            streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                    .withTimeout(Duration.ofSeconds(60)));
            if (!finished) {
                log.warn("rebuild {} stopped before the end; its output is marked as a rebuild's, so nothing was alerted."
                        + " Do not run enrich under this id; delete its group and its internal topics ({}-*)", id, id);
            }
        }
    }

    private static boolean caughtUp(Admin admin, Map<TopicPartition, OffsetAndMetadata> committed, String repartition) {
        List<TopicPartition> parts;
        try {
            parts = partitions(admin, repartition);
        } catch (RebuildException e) {
            return false;
        }
        for (Map.Entry<TopicPartition, Long> e : offsets(admin, parts, OffsetSpec.latest()).entrySet()) {
            OffsetAndMetadata o = committed.get(e.getKey());
            if ((o == null ? 0 : o.offset()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    private static boolean bufferEmpty(KafkaStreams streams) {
        try {
            ReadOnlyKeyValueStore<String, ArticleFetched> buffer = streams.store(
                    StoreQueryParameters.fromNameAndType(EnrichProcessor.BUFFER, QueryableStoreTypes.keyValueStore()));
            try (var it = buffer.all()) {
                return !it.hasNext();
            }
        } catch (InvalidStateStoreException e) {
            return false; // not running yet, or rebalancing
        }
    }

    private static final class Counts {
        long articles;
        long developments;
        long unmarkedArticles;
        final Set<String> stories = new HashSet<>();
    }

    /** Counts what the rebuild wrote, read back (committed records only) from where the outputs ended at its start. */
    private static Counts count(String bootstrap, Map<TopicPartition, Long> from, String id) {
        Counts c = new Counts();
        Map<String, Object> p = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        try (var consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = List.copyOf(from.keySet());
            consumer.assign(parts);
            from.forEach(consumer::seek);
            Map<TopicPartition, Long> to = consumer.endOffsets(parts, ADMIN_TIMEOUT);
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (parts.stream().anyMatch(tp -> consumer.position(tp, ADMIN_TIMEOUT) < to.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new RebuildException("could not read back the rebuild's output within 5 minutes");
                }
                for (ConsumerRecord<String, byte[]> r : consumer.poll(POLL)) {
                    if (r.offset() >= to.get(new TopicPartition(r.topic(), r.partition()))) {
                        continue;
                    }
                    RebuildHeaders.Mark m = RebuildHeaders.read(r.headers());
                    boolean ours = m != null && m.rebuildId().equals(id);
                    if (r.topic().equals(Topics.ARTICLES_ENRICHED.name())) {
                        if (ours) {
                            c.articles++;
                        } else if (m == null) {
                            c.unmarkedArticles++;
                        }
                    } else if (ours && r.topic().equals(Topics.STORIES.name())) {
                        c.stories.add(r.key());
                    } else if (ours && r.topic().equals(Topics.DEVELOPMENTS.name())) {
                        c.developments++;
                    }
                }
            }
        }
        return c;
    }

    /**
     * Articles the live app had read but still held in its reorder buffer when it stopped (a stop
     * does not flush it), from the buffer's changelog: they were never enriched nor alerted, so the
     * rebuild treats them as new. Entries a rebuild marked are re-derivations and stay marked.
     */
    private static Set<String> pendingInBuffer(String bootstrap, String applicationId) {
        String changelog = applicationId + "-" + EnrichProcessor.BUFFER + "-changelog";
        Map<String, String> byKey = new HashMap<>();
        Map<String, Object> p = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (var consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = consumer.listTopics(ADMIN_TIMEOUT).getOrDefault(changelog, List.of()).stream()
                    .map(i -> new TopicPartition(changelog, i.partition())).toList();
            if (parts.isEmpty()) {
                return Set.of();
            }
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            Map<TopicPartition, Long> to = consumer.endOffsets(parts, ADMIN_TIMEOUT);
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (parts.stream().anyMatch(tp -> consumer.position(tp, ADMIN_TIMEOUT) < to.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new RebuildException("could not read " + changelog + " within 2 minutes");
                }
                for (ConsumerRecord<String, byte[]> r : consumer.poll(POLL)) {
                    if (r.value() == null) {
                        byKey.remove(r.key());
                    } else if (r.key() != null && !r.key().contains(EnrichProcessor.REBUILT)) {
                        byKey.put(r.key(), Topics.ARTICLES.valueSerde().deserializer().deserialize(changelog, r.value()).id());
                    }
                }
            }
        }
        if (!byKey.isEmpty()) {
            log.info("{} articles were still in the reorder buffer of {}: the rebuild treats them as new", byKey.size(), applicationId);
        }
        return Set.copyOf(byKey.values());
    }

    private static void requireNoMembers(Admin admin, String group, String message) {
        try {
            ConsumerGroupDescription d = admin.describeConsumerGroups(List.of(group)).describedGroups().get(group)
                    .get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (!d.members().isEmpty()) {
                throw new RebuildException(String.format(Locale.ROOT, message, group, d.members().size()));
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof GroupIdNotFoundException)) {
                throw new RebuildException("cannot describe consumer group " + group + ": " + e.getCause(), e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RebuildException("interrupted", e);
        } catch (TimeoutException e) {
            throw new RebuildException("cannot describe consumer group " + group + " within " + ADMIN_TIMEOUT, e);
        }
    }

    private static Map<TopicPartition, OffsetAndMetadata> committed(Admin admin, String group) {
        Map<TopicPartition, OffsetAndMetadata> m;
        try {
            m = get(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata(), "read the offsets of group " + group);
        } catch (RebuildException e) {
            if (e.getCause() instanceof GroupIdNotFoundException) {
                return Map.of();
            }
            throw e;
        }
        Map<TopicPartition, OffsetAndMetadata> out = new HashMap<>();
        m.forEach((tp, o) -> {
            if (o != null) {
                out.put(tp, o);
            }
        });
        return out;
    }

    private static List<TopicPartition> partitions(Admin admin, String topic) {
        var d = get(admin.describeTopics(List.of(topic)).allTopicNames(), "describe topic " + topic).get(topic);
        return d.partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
    }

    private static Map<TopicPartition, Long> offsets(Admin admin, List<TopicPartition> parts, OffsetSpec spec) {
        return offsets(admin, parts, spec, IsolationLevel.READ_COMMITTED);
    }

    /**
     * Waits (up to a minute) until the rebuild's last transaction is readable on every output
     * partition. Its commit returns before the commit markers reach the partitions, and until they do,
     * a read-committed reader stops short of its records.
     */
    private static void awaitSettled(Admin admin, List<TopicPartition> parts) {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!offsets(admin, parts, OffsetSpec.latest(), IsolationLevel.READ_COMMITTED)
                .equals(offsets(admin, parts, OffsetSpec.latest(), IsolationLevel.READ_UNCOMMITTED))) {
            if (System.nanoTime() > deadline) {
                throw new RebuildException("the rebuild's output did not become readable within a minute: a transaction is still open on " + parts);
            }
            sleep(Duration.ofMillis(100));
        }
    }

    private static Map<TopicPartition, Long> offsets(Admin admin, List<TopicPartition> parts, OffsetSpec spec, IsolationLevel isolation) {
        Map<TopicPartition, OffsetSpec> req = new HashMap<>();
        parts.forEach(tp -> req.put(tp, spec));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> r = get(
                admin.listOffsets(req, new ListOffsetsOptions(isolation)).all(), "list offsets of " + parts);
        Map<TopicPartition, Long> out = new HashMap<>();
        r.forEach((tp, info) -> out.put(tp, info.offset()));
        return out;
    }

    private static Map<Integer, Long> byPartition(Map<TopicPartition, Long> m) {
        Map<Integer, Long> out = new HashMap<>();
        m.forEach((tp, o) -> out.put(tp.partition(), o));
        return out;
    }

    private static <T> T get(org.apache.kafka.common.KafkaFuture<T> f, String what) {
        try {
            return f.get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RebuildException("interrupted while trying to " + what, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof UnknownTopicOrPartitionException u ? u : e.getCause();
            throw new RebuildException("cannot " + what + ": " + cause, cause);
        } catch (TimeoutException | KafkaException e) {
            throw new RebuildException("cannot " + what + " within " + ADMIN_TIMEOUT + ": " + e, e);
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RebuildException("interrupted", e);
        }
    }
}
