package org.newsalert.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsalert.events.ArticleFetched;
import org.newsalert.events.RebuildHeaders;
import org.newsalert.events.Topic;
import org.newsalert.events.Topics;
import org.newsalert.events.config.ConfigSource;

/**
 * The rebuild's topology: what it drops, what it marks as re-derived (and how the mark survives the
 * reorder buffer onto every output), and what it lets through as live input.
 */
class RebuildTopologyTest {
    private static final Instant SINCE = Instant.parse("2025-12-10T20:00:00Z");

    @TempDir
    Path stateDir;

    @Test
    void shouldDropArticlesBeforeTheDateMarkThoseAlreadyEnrichedAndPassNewOnes() {
        EnrichConfig config = EnrichConfig.from(ConfigSource.ofMap(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "unused:9092", "enrich.reorder.buffer", "10", "enrich.reorder.idle", "1s")))
                .withStateDir(stateDir.toString()).withApplicationId("enrich-rebuild-20260101000000");
        // One partition: offsets 0..2 existed when the rebuild started; the live app had read 0..1.
        RebuildMark mark = new RebuildMark("enrich-rebuild-20260101000000", "http://test.example/hook", SINCE, Map.of(0, 3L), Map.of(0, 2L));
        try (TopologyTestDriver driver = new TopologyTestDriver(
                EnrichTopology.build(config, ArticlePipeline.withDefaults(Duration.ofDays(14)), mark), EnrichTopology.streamsProperties(config))) {
            TestInputTopic<String, byte[]> in = driver.createInputTopic(Topics.ARTICLES.name(), Serdes.String().serializer(), Serdes.ByteArray().serializer());
            List<ArticleFetched> seeds = SeedStory.all();
            seeds.subList(0, 3).forEach(a -> send(in, a)); // offset 0 (before the date), 1 (re-derived), 2 (live: not read by the live app)
            driver.advanceWallClockTime(Duration.ofSeconds(2));

            var enriched = read(driver, Topics.ARTICLES_ENRICHED);
            assertThat(enriched).extracting(r -> r.value().articleId()).containsExactly("seed2", "seed3");
            assertThat(enriched).extracting(r -> RebuildHeaders.read(r.headers()))
                    .containsExactly(new RebuildHeaders.Mark("enrich-rebuild-20260101000000", "http://test.example/hook"), null);
            // seed2 starts the rebuilt story (seed1 is before the date): a development, marked.
            var devs = read(driver, Topics.DEVELOPMENTS);
            assertThat(devs).extracting(r -> r.value().articleId()).containsExactly("seed2");
            assertThat(RebuildHeaders.read(devs.get(0).headers()).rebuildId()).isEqualTo("enrich-rebuild-20260101000000");
            var stories = read(driver, Topics.STORIES);
            assertThat(stories).extracting(r -> r.value().storyId()).containsOnly("story-seed2");
            assertThat(stories.get(0).headers().lastHeader(RebuildHeaders.ID)).isNotNull();
            assertThat(stories.get(1).headers().lastHeader(RebuildHeaders.ID)).isNull();
        }
    }

    @Test
    void shouldHoldTheReorderBufferUntilTheRebuildsInputIsCompleteThenReleaseInPublishedOrder() {
        EnrichConfig config = EnrichConfig.from(ConfigSource.ofMap(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "unused:9092", "enrich.reorder.buffer", "2", "enrich.reorder.idle", "1s")))
                .withStateDir(stateDir.toString()).withApplicationId("enrich-rebuild-20260101000000");
        var complete = new java.util.concurrent.atomic.AtomicBoolean(false);
        RebuildMark mark = new RebuildMark("enrich-rebuild-20260101000000", null, Instant.EPOCH, Map.of(0, 3L), Map.of(0, 3L),
                java.util.Set.of(), complete);
        try (TopologyTestDriver driver = new TopologyTestDriver(
                EnrichTopology.build(config, ArticlePipeline.withDefaults(Duration.ofDays(14)), mark), EnrichTopology.streamsProperties(config))) {
            TestInputTopic<String, byte[]> in = driver.createInputTopic(Topics.ARTICLES.name(), Serdes.String().serializer(), Serdes.ByteArray().serializer());
            List<ArticleFetched> seeds = SeedStory.all();
            // Arrival out of published order, with long pauses, and more articles than the live buffer (2) holds.
            for (int i : new int[] {2, 0, 1}) {
                send(in, seeds.get(i));
                driver.advanceWallClockTime(Duration.ofSeconds(5));
            }
            assertThat(read(driver, Topics.ARTICLES_ENRICHED)).as("held while the input is incomplete").isEmpty();
            complete.set(true);
            driver.advanceWallClockTime(Duration.ofSeconds(5));
            assertThat(read(driver, Topics.ARTICLES_ENRICHED)).extracting(r -> r.value().articleId()).containsExactly("seed1", "seed2", "seed3");
        }
    }

    @Test
    void shouldDropAMarkThatArrivesWithAnArticleInTheLiveApp() {
        EnrichConfig config = EnrichConfig.from(ConfigSource.ofMap(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "unused:9092", "enrich.reorder.buffer", "10", "enrich.reorder.idle", "1s")))
                .withStateDir(stateDir.toString());
        try (TopologyTestDriver driver = new TopologyTestDriver(
                EnrichTopology.build(config, ArticlePipeline.withDefaults(Duration.ofDays(14))), EnrichTopology.streamsProperties(config))) {
            TestInputTopic<String, byte[]> in = driver.createInputTopic(Topics.ARTICLES.name(), Serdes.String().serializer(), Serdes.ByteArray().serializer());
            ArticleFetched a = SeedStory.article(0);
            var headers = new org.apache.kafka.common.header.internals.RecordHeaders();
            RebuildHeaders.write(headers, new RebuildHeaders.Mark("forged", null));
            in.pipeInput(new TestRecord<>(a.id(), Topics.ARTICLES.valueSerde().serializer().serialize("t", a), headers, a.published()));
            driver.advanceWallClockTime(Duration.ofSeconds(2));

            var devs = read(driver, Topics.DEVELOPMENTS);
            assertThat(devs).extracting(r -> r.value().articleId()).containsExactly("seed1");
            assertThat(RebuildHeaders.read(devs.get(0).headers())).isNull();
        }
    }

    @Test
    void shouldTreatAPartitionItDoesNotKnowAsAlreadyEnriched() {
        RebuildMark mark = new RebuildMark("r", null, SINCE, Map.of(), Map.of());
        var headers = new org.apache.kafka.common.header.internals.RecordHeaders();
        assertThat(mark.admit(java.util.Optional.empty(), "a", SINCE.toEpochMilli(), headers)).isTrue();
        assertThat(RebuildHeaders.read(headers)).isEqualTo(new RebuildHeaders.Mark("r", null));
        assertThat(mark.admit(java.util.Optional.empty(), "a", SINCE.toEpochMilli() - 1, headers)).isFalse();
    }

    @Test
    void shouldNotMarkAnArticleTheLiveAppStillHeldInItsReorderBuffer() {
        RebuildMark mark = new RebuildMark("r", null, SINCE, Map.of(0, 10L), Map.of(0, 5L), java.util.Set.of("held"),
                new java.util.concurrent.atomic.AtomicBoolean(true));
        var held = new org.apache.kafka.common.header.internals.RecordHeaders();
        var done = new org.apache.kafka.common.header.internals.RecordHeaders();
        assertThat(mark.admit(java.util.Optional.empty(), "held", SINCE.toEpochMilli(), held)).isTrue();
        assertThat(mark.admit(java.util.Optional.empty(), "done", SINCE.toEpochMilli(), done)).isTrue();
        assertThat(RebuildHeaders.read(held)).isNull();
        assertThat(RebuildHeaders.read(done)).isNotNull();
    }

    @Test
    void shouldNameARebuildAfterTheLiveIdWithoutStackingSuffixes() {
        Instant at = Instant.parse("2026-03-04T05:06:07Z");
        assertThat(StoryRebuild.rebuildId("newsalert-enrich", at)).isEqualTo("newsalert-enrich-rebuild-20260304050607");
        assertThat(StoryRebuild.rebuildId("newsalert-enrich-rebuild-20260101000000", at)).isEqualTo("newsalert-enrich-rebuild-20260304050607");
    }

    private static void send(TestInputTopic<String, byte[]> in, ArticleFetched a) {
        in.pipeInput(new TestRecord<>(a.id(), Topics.ARTICLES.valueSerde().serializer().serialize("t", a), a.published()));
    }

    private static <V> List<TestRecord<String, V>> read(TopologyTestDriver driver, Topic<String, V> t) {
        return driver.createOutputTopic(t.name(), t.keySerde().deserializer(), t.valueSerde().deserializer()).readRecordsToList();
    }
}
