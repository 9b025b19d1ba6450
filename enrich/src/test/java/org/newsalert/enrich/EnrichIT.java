package org.newsalert.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsalert.events.ArticleEnriched;
import org.newsalert.events.ArticleFetched;
import org.newsalert.events.ArticleKind;
import org.newsalert.events.DevelopmentDetected;
import org.newsalert.events.TopicCreator;
import org.newsalert.events.Topics;
import org.newsalert.events.config.ConfigSource;
import org.newsalert.ops.OpsConfig;
import org.newsalert.ops.OpsServer;
import org.newsalert.testing.KafkaCluster;
import org.newsalert.testing.OpsProbe;
import org.newsalert.testing.Records;
import org.newsalert.testing.TestKafka;

/** The seed story end to end on a real broker, with the Streams app restarted mid-stream. */
class EnrichIT {

    @Test
    void shouldKeepOneStoryAndEachDevelopmentOnceAcrossARestart(@TempDir Path state) throws Exception {
        try (KafkaCluster kafka = TestKafka.dedicated(false)) {
            EnrichConfig config = EnrichConfig.from(ConfigSource.ofMap(Map.of(
                            "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(), "enrich.reorder.idle", "300ms")))
                    .withStateDir(state.toString());
            TopicCreator.ensure(kafka.bootstrapServers(), (short) 1, EnrichService.topics());
            List<ArticleFetched> seeds = SeedStory.all();

            try (EnrichService enrich = EnrichService.start(config)) {
                send(kafka, seeds.subList(0, 3));
                var first = Records.readUntil(kafka.bootstrapServers(), Topics.ARTICLES_ENRICHED, Duration.ofSeconds(90), l -> l.size() >= 3);
                assertThat(first).hasSize(3);
            }
            // The follow-up arrives while enrich is down; the restarted app restores its stores and
            // must file it under the same story, as a development, without repeating anything.
            send(kafka, seeds.subList(3, 4));
            var registry = OpsServer.newRegistry();
            try (OpsServer ops = OpsServer.start(new OpsConfig("127.0.0.1", 0), registry);
                    EnrichService enrich = EnrichService.start(config, ArticlePipeline.withDefaults(config.storyQuietPeriod()), registry)) {
                ops.check("enrich", enrich);
                var all = Records.readAtLeast(kafka.bootstrapServers(), Topics.ARTICLES_ENRICHED, 4, Duration.ofSeconds(90));
                List<ArticleEnriched> enriched = all.stream().map(ConsumerRecord::value).toList();
                assertThat(enriched).extracting(ArticleEnriched::articleId).containsExactly("seed1", "seed2", "seed3", "seed4");
                assertThat(enriched).extracting(ArticleEnriched::kind).containsExactly(
                        ArticleKind.NEW_STORY, ArticleKind.COVERAGE, ArticleKind.COVERAGE, ArticleKind.DEVELOPMENT);
                assertThat(enriched).extracting(ArticleEnriched::storyId).containsOnly(enriched.get(0).storyId());

                List<DevelopmentDetected> devs = Records.readAtLeast(kafka.bootstrapServers(), Topics.DEVELOPMENTS, 2, Duration.ofSeconds(30))
                        .stream().map(ConsumerRecord::value).toList();
                assertThat(devs).extracting(DevelopmentDetected::articleId).containsExactly("seed1", "seed4");
                assertThat(devs.get(1).stage()).isEqualTo("committee_action");

                // The restarted app counts what it processed itself, and the live stories it restored.
                OpsProbe probe = new OpsProbe(ops.address().orElseThrow());
                var ready = probe.getUntil(OpsServer.READY, Duration.ofSeconds(30), r -> r.statusCode() == 200);
                assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
                OpsProbe.Scrape m = probe.scrape();
                Map<String, String> service = Map.of("service", "enrich");
                assertThat(m.value("newsalert_enrich_articles_total", Map.of("kind", "DEVELOPMENT", "service", "enrich"))).hasValue(1);
                assertThat(m.value("newsalert_enrich_articles_total", service)).hasValue(1);
                assertThat(m.value("newsalert_enrich_developments_total", service)).hasValue(1);
                assertThat(m.value("newsalert_enrich_dead_letters_total", service)).hasValue(0);
                // Restored from the changelog (1), plus the cluster the clusterer opened for the follow-up
                // two months on, which the pipeline folded into the story by its bill: clusters, not stories.
                assertThat(m.value("newsalert_enrich_stories_live", service)).hasValue(2);
                assertThat(m.value("kafka_stream_thread_process_total", service)).isPresent();
            }
        }
    }

    private static void send(KafkaCluster kafka, List<ArticleFetched> articles) throws Exception {
        var t = Topics.ARTICLES;
        try (var p = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                t.keySerde().serializer(), t.valueSerde().serializer())) {
            // Sent together, so they reach the reorder buffer within its idle time even on a loaded machine.
            List<java.util.concurrent.Future<?>> sent = new java.util.ArrayList<>();
            for (ArticleFetched a : articles) {
                sent.add(p.send(new ProducerRecord<>(t.name(), null, a.published().toEpochMilli(), a.id(), a)));
            }
            p.flush();
            for (var f : sent) {
                f.get();
            }
        }
    }
}
