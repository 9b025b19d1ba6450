package org.newsalert.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsalert.events.ArticleEnriched;
import org.newsalert.events.ArticleFetched;
import org.newsalert.events.ArticleKind;
import org.newsalert.events.DeadLetter;
import org.newsalert.events.DevelopmentDetected;
import org.newsalert.events.StoryUpdated;
import org.newsalert.events.Tag;
import org.newsalert.events.Topics;
import org.newsalert.events.config.ConfigSource;

class EnrichTopologyTest {
    private static final ArticlePipeline PIPELINE = ArticlePipeline.withDefaults(Duration.ofDays(14));

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> articles;
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @BeforeEach
    void start() {
        EnrichConfig config = EnrichConfig.from(ConfigSource.ofMap(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "unused:9092", "enrich.reorder.buffer", "2", "enrich.reorder.idle", "1s")))
                .withStateDir(stateDir.toString());
        Properties p = EnrichTopology.streamsProperties(config);
        driver = new TopologyTestDriver(EnrichTopology.build(config, PIPELINE, new EnrichMetrics(registry)), p);
        articles = driver.createInputTopic(Topics.ARTICLES.name(), Serdes.String().serializer(), Serdes.ByteArray().serializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    /** A driver with a buffer that never fills (100), a 1 s idle release and the given max wait, its wall clock at {@code start}. */
    private void restartWithSteadyStreamSettings(String maxWait, String dir, Instant start) {
        driver.close();
        EnrichConfig config = EnrichConfig.from(ConfigSource.ofMap(Map.of("KAFKA_BOOTSTRAP_SERVERS", "unused:9092",
                        "enrich.reorder.buffer", "100", "enrich.reorder.idle", "1s", "enrich.reorder.max.wait", maxWait)))
                .withStateDir(stateDir.resolve(dir).toString());
        driver = new TopologyTestDriver(EnrichTopology.build(config, PIPELINE, new EnrichMetrics(registry)),
                EnrichTopology.streamsProperties(config), start);
        articles = driver.createInputTopic(Topics.ARTICLES.name(), Serdes.String().serializer(), Serdes.ByteArray().serializer());
    }

    private void send(ArticleFetched a) {
        articles.pipeInput(new TestRecord<>(a.id(), Topics.ARTICLES.valueSerde().serializer().serialize("t", a), a.published()));
    }

    private <V> List<TestRecord<String, V>> read(org.newsalert.events.Topic<String, V> t) {
        return driver.createOutputTopic(t.name(), t.keySerde().deserializer(), t.valueSerde().deserializer()).readRecordsToList();
    }

    @Test
    void shouldMakeTheSeedArticlesOneTaggedStoryWithOneAlertThenADevelopment() {
        SeedStory.all().subList(0, 3).forEach(this::send);
        driver.advanceWallClockTime(Duration.ofSeconds(2));

        List<ArticleEnriched> enriched = read(Topics.ARTICLES_ENRICHED).stream().map(TestRecord::value).toList();
        assertThat(enriched).extracting(ArticleEnriched::articleId).containsExactly("seed1", "seed2", "seed3");
        assertThat(enriched).extracting(ArticleEnriched::kind)
                .containsExactly(ArticleKind.NEW_STORY, ArticleKind.COVERAGE, ArticleKind.COVERAGE);
        String story = enriched.get(0).storyId();
        assertThat(enriched).allSatisfy(a -> assertThat(a.storyId()).isEqualTo(story));

        List<StoryUpdated> stories = read(Topics.STORIES).stream().map(TestRecord::value).toList();
        StoryUpdated last = stories.get(stories.size() - 1);
        assertThat(last.bills()).containsExactly("hr6508-119");
        assertThat(last.tags()).extracting(Tag::label)
                .contains("Thomas Massie (R-KY)", "Anna Paulina Luna (R-FL)", "Mike Lee (R-UT)");
        assertThat(last.tags()).filteredOn(t -> t.type() == Tag.Type.ORGANIZATION).extracting(Tag::id).contains("nato");
        assertThat(last.articleIds()).containsExactly("seed1", "seed2", "seed3");
        assertThat(last.sources()).containsExactly("Benzinga", "Newsmax", "Capitol Wire");

        List<DevelopmentDetected> devs = read(Topics.DEVELOPMENTS).stream().map(TestRecord::value).toList();
        assertThat(devs).extracting(DevelopmentDetected::articleId).containsExactly("seed1");
        assertThat(devs.get(0).kind()).isEqualTo(ArticleKind.NEW_STORY);

        send(SeedStory.article(3));
        driver.advanceWallClockTime(Duration.ofSeconds(2));
        ArticleEnriched followUp = read(Topics.ARTICLES_ENRICHED).get(0).value();
        assertThat(followUp.storyId()).isEqualTo(story);
        assertThat(followUp.kind()).isEqualTo(ArticleKind.DEVELOPMENT);
        assertThat(followUp.development()).isEqualTo("committee_action");
        DevelopmentDetected dev = read(Topics.DEVELOPMENTS).get(0).value();
        assertThat(dev.id()).isEqualTo(story + "/seed4");
        assertThat(dev.sentences()).singleElement().asString().contains("held a hearing Tuesday on H.R. 6508");

        assertThat(counted("newsalert.enrich.articles")).isEqualTo(Map.of("NEW_STORY", 1.0, "COVERAGE", 2.0, "DEVELOPMENT", 1.0));
        assertThat(counted("newsalert.enrich.developments")).isEqualTo(Map.of("NEW_STORY", 1.0, "DEVELOPMENT", 1.0));
        assertThat(gauge("newsalert.enrich.stories.live")).isEqualTo(1.0);
        assertThat(gauge("newsalert.enrich.reorder.buffered")).isEqualTo(0.0);
    }

    @Test
    void shouldCountLiveStoriesAsTheyStartAndExpire() {
        send(SeedStory.article(0));
        send(unrelated("quiet-1", SeedStory.article(0).published().plus(Duration.ofDays(1))));
        driver.advanceWallClockTime(Duration.ofSeconds(2));
        assertThat(gauge("newsalert.enrich.stories.live")).isEqualTo(2.0);
        // A month later, past the 14-day quiet period: both stories leave the live set, a third starts.
        send(unrelated("quiet-2", SeedStory.article(0).published().plus(Duration.ofDays(40))));
        driver.advanceWallClockTime(Duration.ofSeconds(2));
        // The fair reports are stories of their own, but name no bill and report no step of one: no alert.
        List<ArticleEnriched> out = read(Topics.ARTICLES_ENRICHED).stream().map(TestRecord::value).toList();
        assertThat(out).extracting(ArticleEnriched::kind)
                .containsExactly(ArticleKind.NEW_STORY, ArticleKind.COVERAGE, ArticleKind.COVERAGE);
        assertThat(out).extracting(ArticleEnriched::storyId).doesNotHaveDuplicates();
        assertThat(gauge("newsalert.enrich.stories.live")).isEqualTo(1.0);
    }

    private static ArticleFetched unrelated(String id, java.time.Instant published) {
        String text = "The county fair opened with a pie contest, a tractor pull and a record crowd of " + id.length()
                + " thousand visitors. Organisers said the weather helped. Livestock judging continues through the weekend.";
        return new ArticleFetched(id, "https://fair.example/" + id, "Fair Times", "test:fair", null,
                "County fair opens with pie contest " + id, null, published, published, text, "en", null, ArticleFetched.TextOrigin.FEED);
    }

    private Map<String, Double> counted(String name) {
        Map<String, Double> out = new java.util.TreeMap<>();
        registry.find(name).counters().forEach(c -> {
            if (c.count() > 0) {
                out.put(c.getId().getTag("kind"), c.count());
            }
        });
        return out;
    }

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }

    @Test
    void shouldProcessArticlesInPublishedOrderWhateverTheirArrivalOrder() {
        send(SeedStory.article(2));
        send(SeedStory.article(0));
        send(SeedStory.article(1));
        driver.advanceWallClockTime(Duration.ofSeconds(2));
        assertThat(read(Topics.ARTICLES_ENRICHED)).extracting(r -> r.value().articleId()).containsExactly("seed1", "seed2", "seed3");
    }

    @Test
    void shouldReleaseAnArticleThatWaitedTooLongWithEverythingPublishedBeforeItWhileArticlesKeepArriving() {
        restartWithSteadyStreamSettings("2s", "steady", Instant.EPOCH);

        // A steady stream, never idle for the 1 s that would release the whole buffer.
        send(SeedStory.article(1));
        driver.advanceWallClockTime(Duration.ofMillis(600));
        send(SeedStory.article(0));
        driver.advanceWallClockTime(Duration.ofMillis(600));
        send(SeedStory.article(3));
        driver.advanceWallClockTime(Duration.ofMillis(600));
        send(SeedStory.article(2));
        assertThat(read(Topics.ARTICLES_ENRICHED)).as("nothing has waited 2 s yet").isEmpty();

        driver.advanceWallClockTime(Duration.ofMillis(600)); // seed2 has now waited 2.4 s
        assertThat(read(Topics.ARTICLES_ENRICHED)).extracting(r -> r.value().articleId())
                .as("seed2 leaves with seed1, published before it; seed3 and seed4 have not waited long enough")
                .containsExactly("seed1", "seed2");

        driver.advanceWallClockTime(Duration.ofSeconds(2));
        assertThat(read(Topics.ARTICLES_ENRICHED)).extracting(r -> r.value().articleId()).containsExactly("seed3", "seed4");
    }

    @Test
    void shouldKeepOldNewsInPublishedOrderUntilIdleEvenWithAMaxWait() {
        // The wall clock a year after the seeds: they arrive as old news (a first poll, an archive).
        restartWithSteadyStreamSettings("250ms", "old", Instant.parse("2026-11-23T12:00:00Z"));
        for (int i : new int[] {1, 0, 3, 2}) {
            send(SeedStory.article(i));
            driver.advanceWallClockTime(Duration.ofMillis(900));
        }
        assertThat(read(Topics.ARTICLES_ENRICHED)).as("old news waits for the stream to pause").isEmpty();
        driver.advanceWallClockTime(Duration.ofSeconds(1));
        assertThat(read(Topics.ARTICLES_ENRICHED)).extracting(r -> r.value().articleId()).containsExactly("seed1", "seed2", "seed3", "seed4");
    }

    @Test
    void shouldKeepEveryArticleUntilTheBufferIsIdleWhenMaxWaitIsOff() {
        restartWithSteadyStreamSettings("0s", "off", Instant.EPOCH);
        for (int i : new int[] {1, 0, 3, 2}) {
            send(SeedStory.article(i));
            driver.advanceWallClockTime(Duration.ofMillis(900));
        }
        assertThat(read(Topics.ARTICLES_ENRICHED)).isEmpty();
        driver.advanceWallClockTime(Duration.ofSeconds(1));
        assertThat(read(Topics.ARTICLES_ENRICHED)).extracting(r -> r.value().articleId()).containsExactly("seed1", "seed2", "seed3", "seed4");
    }

    @Test
    void shouldParkUnreadableRecordsAndKeepGoing() {
        articles.pipeInput("bad-1", "{not json".getBytes(StandardCharsets.UTF_8));
        articles.pipeInput("bad-2", "{\"title\":\"no id, url or date\"}".getBytes(StandardCharsets.UTF_8));
        send(SeedStory.article(0));
        driver.advanceWallClockTime(Duration.ofSeconds(2));

        List<DeadLetter> dead = read(Topics.ENRICH_DEAD_LETTERS).stream().map(TestRecord::value).toList();
        assertThat(dead).extracting(DeadLetter::key).containsExactly("bad-1", "bad-2");
        assertThat(dead).allSatisfy(d -> {
            assertThat(d.service()).isEqualTo("enrich");
            assertThat(d.sourceTopic()).isEqualTo(Topics.ARTICLES.name());
            assertThat(d.reason()).startsWith("unreadable article");
        });
        assertThat(dead.get(0).value()).isEqualTo("{not json");
        assertThat(read(Topics.ARTICLES_ENRICHED)).hasSize(1);
        assertThat(registry.get("newsalert.enrich.dead.letters").tag("reason", "unreadable").counter().count()).isEqualTo(2.0);
        assertThat(registry.get("newsalert.enrich.articles").tag("kind", "NEW_STORY").counter().count()).isEqualTo(1.0);
    }
}
