package org.newsalert.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaIT {

    @Test
    void shouldKeepTopicsAndRecordsAcrossARestartOnTheSameStateDirectory(@TempDir Path dir) throws Exception {
        int port;
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir)) {
            port = kafka.port();
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic("t", 1, (short) 1))).all().get();
            }
            try (KafkaProducer<String, String> p = new KafkaProducer<>(producerProps(kafka))) {
                p.send(new ProducerRecord<>("t", "k", "v1")).get();
            }
        }
        assertThat(Files.exists(dir.resolve("kraft-logs"))).isTrue();

        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir, port, false)) {
            try (KafkaConsumer<String, String> c = new KafkaConsumer<>(consumerProps(kafka))) {
                c.subscribe(List.of("t"));
                String value = null;
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (value == null && System.nanoTime() < deadline) {
                    ConsumerRecords<String, String> records = c.poll(Duration.ofMillis(200));
                    for (var r : records) {
                        value = r.value();
                    }
                }
                assertThat(value).isEqualTo("v1");
            }
        }
    }

    private static Properties producerProps(EmbeddedKafka kafka) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        return p;
    }

    private static Properties consumerProps(EmbeddedKafka kafka) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "g");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return p;
    }
}
