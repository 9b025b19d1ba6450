package org.newsalert.app;

import java.io.PrintStream;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.newsalert.events.Topics;

/** Prints each record that lands on a topic, one line each: what a first-time user watches in {@code run}. */
final class Tail<V> implements AutoCloseable {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private final KafkaConsumer<String, V> consumer;
    private final Thread thread;
    private volatile boolean running = true;

    private Tail(String bootstrap, org.newsalert.events.Topic<String, V> t, java.util.function.Function<V, String> format, PrintStream out) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "newsalert-run-tail-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                t.keySerde().deserializer(), t.valueSerde().deserializer());
        thread = new Thread(() -> {
            try {
                consumer.subscribe(List.of(t.name()));
                while (running) {
                    for (var r : consumer.poll(Duration.ofMillis(500))) {
                        out.println(format.apply(r.value()));
                    }
                }
            } catch (WakeupException e) {
                // closing
            } finally {
                consumer.close();
            }
        }, "tail-" + t.name());
        thread.setDaemon(true);
    }

    static <V> Tail<V> start(String bootstrap, org.newsalert.events.Topic<String, V> topic, java.util.function.Function<V, String> format, PrintStream out) {
        Tail<V> t = new Tail<>(bootstrap, topic, format, out);
        t.thread.start();
        return t;
    }

    static Tail<org.newsalert.events.ArticleFetched> articles(String bootstrap, PrintStream out) {
        return start(bootstrap, Topics.ARTICLES, a -> String.format("article  %s  [%s] %s  (%d chars from %s)",
                DAY.format(a.published()), a.source(), a.title(), a.text().length(), a.textOrigin()), out);
    }

    static Tail<org.newsalert.events.ArticleEnriched> stories(String bootstrap, PrintStream out) {
        return start(bootstrap, Topics.ARTICLES_ENRICHED, a -> String.format("story    %s  %-11s %s  %s%s",
                a.storyId(), a.kind(), a.development() == null ? "" : a.development(), a.title(),
                a.tags().isEmpty() ? "" : "  [" + String.join(", ", a.tags().stream().filter(t -> t.type() != org.newsalert.events.Tag.Type.TOPIC)
                        .map(org.newsalert.events.Tag::label).limit(6).toList()) + "]"), out);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(5000);
    }
}
