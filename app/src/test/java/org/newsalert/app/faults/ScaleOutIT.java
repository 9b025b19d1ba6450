package org.newsalert.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsalert.enrich.EnrichService;
import org.newsalert.events.Topics;
import org.newsalert.notify.NotifyService;

/**
 * Two enrich instances (one application id, separate state) and two notify instances share the
 * work; when one of each stops mid-stream the other takes over without losing or repeating anything.
 * Clustering runs on the single partition of {@code <app>-sequence-repartition}, so only one enrich
 * instance clusters at a time: the one stopped is that one, so the survivor must restore its stores.
 */
class ScaleOutIT {
    private static final String SEQUENCE = Pipeline.ENRICH_APP + "-sequence-repartition";

    @Test
    @Timeout(value = 170, unit = TimeUnit.SECONDS)
    void shouldShareWorkAndHandOverWithoutLossOrRepeats(@TempDir Path dir) throws Exception {
        try (Pipeline p = new Pipeline(dir)) {
            EnrichService a = p.startEnrich("a");
            EnrichService b = p.startEnrich("b");
            NotifyService notifyA = p.startNotify();
            NotifyService notifyB = p.startNotify();
            try {
                p.subscribe(notifyA);
                Pipeline.await("both enrich instances running with work of their own", Duration.ofSeconds(90),
                        () -> a.state().isRunningOrRebalancing() && b.state().isRunningOrRebalancing()
                                && everyMemberAssigned(p, Pipeline.ENRICH_APP, 2));
                Pipeline.await("both notify instances delivering", Duration.ofSeconds(60),
                        () -> everyMemberAssigned(p, Pipeline.DELIVERY_GROUP, 2) && everyMemberAssigned(p, Pipeline.MATCHER_GROUP, 2));
                assertThat(assigned(p, Pipeline.ENRICH_APP)).as("enrich partitions across the two instances")
                        .containsAll(List.of(new TopicPartition(SEQUENCE, 0), new TopicPartition(Topics.ARTICLES.name(), 0),
                                new TopicPartition(Topics.ARTICLES.name(), 1), new TopicPartition(Topics.ARTICLES.name(), 2)));

                CompletableFuture<Void> feeding = CompletableFuture.runAsync(() -> p.publish(120, 10));
                Pipeline.await("enrich and delivery under way", Duration.ofSeconds(60),
                        () -> p.enrichedSoFar() >= 20 && p.webhooksSoFar() >= 3);
                // Task 1_0 (the clustering sub-topology) has a state directory only where it is assigned.
                boolean bClusters = ownsTask(dir.resolve("enrich-b"), "1_0");
                assertThat(bClusters).as("exactly one instance clusters").isNotEqualTo(ownsTask(dir.resolve("enrich-a"), "1_0"));
                EnrichService clusterer = bClusters ? b : a;
                EnrichService survivor = clusterer == a ? b : a;
                clusterer.close();
                notifyA.close();
                feeding.get(100, TimeUnit.SECONDS);

                p.awaitSettled(Duration.ofSeconds(100));
                Guarantees.assertNothingLostOrDoubled(p.outcome());
                assertThat(survivor.state().isRunningOrRebalancing()).as("the surviving enrich instance").isTrue();
                assertThat(members(p, Pipeline.ENRICH_APP)).as("enrich group after the hand-over").hasSize(1);
                assertThat(assigned(p, Pipeline.ENRICH_APP)).as("the survivor took over the clustering partition")
                        .contains(new TopicPartition(SEQUENCE, 0));
                assertThat(members(p, Pipeline.DELIVERY_GROUP)).as("delivery group after the hand-over").hasSize(1);
            } finally {
                a.close();
                b.close();
                notifyA.close();
                notifyB.close();
            }
        }
    }

    /** Whether Streams created a state directory for {@code task} under this instance's state dir. */
    private static boolean ownsTask(Path stateDir, String task) {
        return Files.isDirectory(stateDir.resolve(Pipeline.ENRICH_APP).resolve(task));
    }

    private static List<MemberDescription> members(Pipeline p, String group) {
        try (Admin admin = p.kafka.admin()) {
            return List.copyOf(admin.describeConsumerGroups(List.of(group)).all().get().get(group).members());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean everyMemberAssigned(Pipeline p, String group, int expected) {
        List<MemberDescription> m = members(p, group);
        return m.size() == expected && m.stream().allMatch(x -> !x.assignment().topicPartitions().isEmpty());
    }

    private static Set<TopicPartition> assigned(Pipeline p, String group) {
        return members(p, group).stream().flatMap(m -> m.assignment().topicPartitions().stream()).collect(Collectors.toSet());
    }
}
