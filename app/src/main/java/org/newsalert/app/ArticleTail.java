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

/** Prints each article that lands on the articles topic: what a first-time user watches in {@code run}. */
final class ArticleTail implements AutoCloseable {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private final KafkaConsumer<String, org.newsalert.events.ArticleFetched> consumer;
    private final Thread thread;
    private volatile boolean running = true;

    private ArticleTail(String bootstrap, PrintStream out) {
        var t = Topics.ARTICLES;
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
                        var a = r.value();
                        out.printf("article  %s  [%s] %s  (%d chars from %s)%n", DAY.format(a.published()), a.source(), a.title(),
                                a.text().length(), a.textOrigin());
                    }
                }
            } catch (WakeupException e) {
                // closing
            } finally {
                consumer.close();
            }
        }, "article-tail");
        thread.setDaemon(true);
    }

    static ArticleTail start(String bootstrap, PrintStream out) {
        ArticleTail t = new ArticleTail(bootstrap, out);
        t.thread.start();
        return t;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(5000);
    }
}
