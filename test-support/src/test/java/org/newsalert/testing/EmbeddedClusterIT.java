package org.newsalert.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.newsalert.events.ArticleSeen;
import org.newsalert.events.Topics;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;

class EmbeddedClusterIT {

    @Test
    void shouldKeepRecordsAcrossABrokerRestart() throws Exception {
        try (KafkaCluster cluster = TestKafka.dedicated(true)) {
            Map<String, Object> props = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
            var topic = Topics.ARTICLES_SEEN;
            org.newsalert.events.TopicCreator.ensure(cluster.bootstrapServers(), (short) 1, List.of(topic));
            try (var producer = new KafkaProducer<>(props, topic.keySerde().serializer(), topic.valueSerde().serializer())) {
                producer.send(new ProducerRecord<>(topic.name(), "k1", new ArticleSeen("k1", "a1", Instant.EPOCH))).get();
            }
            cluster.restartBroker();
            List<?> read = Records.readAtLeast(cluster.bootstrapServers(), topic, 1, Duration.ofSeconds(30));
            assertThat(read).hasSize(1);
        }
    }
}
