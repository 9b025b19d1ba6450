package org.newsalert.app;

import ch.qos.logback.classic.Level;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.newsalert.app.bench.ClusteringCost;
import org.newsalert.app.bench.DeliveryBench;
import org.newsalert.app.bench.FlowTimer;
import org.newsalert.app.bench.HeapWatch;
import org.newsalert.app.bench.PipelineBench;
import org.newsalert.app.bench.ReplayBench;
import org.newsalert.broker.EmbeddedKafka;
import org.newsalert.events.ArticleFetched;
import org.newsalert.events.Topics;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Measures the pipeline on this machine in one run; a table for people, then one JSON object for tools. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Measure, in one run on this machine: the raw Kafka pass-through (the limit), enrich throughput through the real"
                + " Streams topology on the same records, webhook delivery (alerts per second and latency from development"
                + " record to webhook received, notify as deployed sending to a loopback receiver), latency from article record"
                + " to webhook received through enrich and notify, replay of a large generated article dump, clustering cost as"
                + " live stories grow, and peak heap. Both Kafka stages (raw and enrich) get the same untimed warm-up and meet their input as a"
                + " backlog committed at once; the clock starts at that commit. Articles are generated (templated congressional news: bills, members, states,"
                + " many stories of several articles each, published times increasing), the same seed every run.",
            "",
            "Output (stdout): a settings header, one table row per measure with its definition, then as the LAST line one"
                + " JSON object with the keys: raw_articles, raw_seconds, raw_articles_per_second, article_json_bytes_avg,"
                + " enrich_articles, enrich_seconds, enrich_articles_per_second, enrich_ratio (enrich / raw),"
                + " enrich_dead_letters, enrich_complete (false: enrich stalled; figures cover what came out),"
                + " enrich_reorder_buffer, delivery_alerts, delivery_seconds, delivery_alerts_per_second,"
                + " delivery_burst_latency_ms and delivery_latency_ms ({alerts,p50,p99,max}), delivery_paced_rate,"
                + " delivery_missing, delivery_duplicates, delivery_unexpected, delivery_settled, delivery_per_endpoint,"
                + " alert_latency_ms ({alerts,p50,p99,max}: article record to webhook received), latency_enrich_ms (the part up"
                + " to the development record being readable), latency_articles,"
                + " latency_rate, latency_enriched, latency_developments, latency_missing, latency_duplicates,"
                + " latency_reorder_buffer, latency_reorder_idle_ms, latency_seconds, replay_articles, replay_seconds,"
                + " replay_articles_per_second, replay_dump_mb, replay_generate_seconds, replay_ledger_load_seconds,"
                + " clustering_us_per_article (live stories -> us), clustering_candidates_per_article (live stories -> stories"
                + " scored), peak_heap_mb, heap_pool_peaks_mb, max_heap_mb, sections, broker, load_average_start,"
                + " load_average_end, load_average_peak, cpus, java, jvm_args, gc, total_seconds, warmup_articles."
                + " Keys are only ever added; --only leaves out the keys of the sections it skips. Progress and logs go to"
                + " stderr. Exit status 3: enrich stalled (the JSON says how far it got); 4: an expected webhook never"
                + " arrived in the delivery or latency section.",
            "",
            "Against --bootstrap-servers the bench writes the pipeline's own topics (newsalert.articles, the seen ledger,"
                + " enrich's outputs, notify's alerts and delivery topics), so newsalert.articles must be empty: use a scratch cluster."})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", description = "articles through raw pass-through and enrich (default: ${DEFAULT-VALUE})",
            defaultValue = "5000")
    int articles;

    @Option(names = "--replay-articles", paramLabel = "N", description = "articles in the generated replay dump (default: ${DEFAULT-VALUE})",
            defaultValue = "1000000")
    long replayArticles;

    @Option(names = "--clustering-levels", paramLabel = "N", split = ",",
            description = "live-story counts at which clustering cost is measured (default: ${DEFAULT-VALUE})",
            defaultValue = "1000,10000,100000")
    int[] clusteringLevels;

    @Option(names = "--delivery-alerts", paramLabel = "N",
            description = "developments sent in one burst to measure webhook delivery throughput (default: ${DEFAULT-VALUE})",
            defaultValue = "2000")
    int deliveryAlerts;

    @Option(names = "--delivery-paced", paramLabel = "N",
            description = "developments then sent at --delivery-rate to measure delivery latency below saturation (default: ${DEFAULT-VALUE})",
            defaultValue = "200")
    int deliveryPaced;

    @Option(names = "--delivery-rate", paramLabel = "PER_SECOND", description = "rate of the paced developments (default: ${DEFAULT-VALUE})",
            defaultValue = "20")
    double deliveryRate;

    @Option(names = "--latency-articles", paramLabel = "N",
            description = "articles sent through enrich and notify to measure article-to-webhook latency (default: ${DEFAULT-VALUE})",
            defaultValue = "150")
    int latencyArticles;

    @Option(names = "--latency-rate", paramLabel = "PER_SECOND",
            description = "steady rate of those articles, below what enrich sustains (default: ${DEFAULT-VALUE})", defaultValue = "5")
    double latencyRate;

    @Option(names = "--only", paramLabel = "SECTION", split = ",",
            description = "run only these sections: raw, enrich, delivery, latency, replay, clustering (default: all)")
    List<String> only;

    @Option(names = "--quick", description = "small sizes for a smoke run (400 articles, 3000 replayed, clustering at 200 and 1000 stories,"
            + " 100 + 20 alerts delivered, 20 articles to webhooks)")
    boolean quick;

    @Option(names = "--enrich-reorder-buffer", paramLabel = "N",
            description = "enrich's reorder buffer for this run (default: the service's own, NEWSALERT_ENRICH_REORDER_BUFFER or 1000)."
                    + " After an idle second the buffer is released in slices of at most 2 s of work, each its own transaction."
                    + " Also used by the latency section")
    int enrichReorderBuffer;

    @Option(names = "--warmup-articles", paramLabel = "N",
            description = "articles through each stage untimed before its timed pass (JIT, connections, first stories; default: ${DEFAULT-VALUE})",
            defaultValue = "1000")
    int warmupArticles;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
            description = "Kafka cluster to measure (default: a fresh temporary embedded broker in this JVM, deleted afterwards)")
    String bootstrapServers;

    /** The sections, in the order they run. */
    static final List<String> SECTIONS = List.of("raw", "enrich", "delivery", "latency", "replay", "clustering");

    private static final long SEED = 20_251_123L;
    private static final int LATENCY_WARM_UP = 10;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int n = quick ? 400 : articles;
        long replayN = quick ? 3000 : replayArticles;
        int[] levels = quick ? new int[] {200, 1000} : clusteringLevels.clone();
        int clusteringBatch = quick ? 500 : 2000;
        int burst = quick ? 100 : deliveryAlerts;
        int paced = quick ? 20 : deliveryPaced;
        int latencyN = quick ? 20 : latencyArticles;
        int warm = quick ? 200 : warmupArticles;
        if (n < 1 || warm < 0 || replayN < 1 || levels.length == 0 || Arrays.stream(levels).anyMatch(l -> l < 1) || burst < 1 || paced < 1
                || latencyN < 1 || !(deliveryRate > 0) || !(latencyRate > 0)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "sizes and rates must be positive");
        }
        Set<String> asked = new LinkedHashSet<>();
        for (String s : only == null ? SECTIONS : only) {
            String name = s.strip().toLowerCase(Locale.ROOT);
            if (!SECTIONS.contains(name)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "unknown section '" + s + "' for --only; the sections are " + String.join(", ", SECTIONS));
            }
            asked.add(name);
        }
        Set<String> sections = new LinkedHashSet<>(SECTIONS.stream().filter(asked::contains).toList()); // in running order
        Arrays.sort(levels);
        // One log line per development would flood the terminal at bench rates.
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.newsalert.enrich.EnrichProcessor")).setLevel(Level.WARN);

        Map<String, Object> json = new LinkedHashMap<>();
        List<String[]> rows = new ArrayList<>();
        long started = System.nanoTime();
        double loadStart = HeapWatch.loadNow();
        boolean enrichComplete = true;
        boolean webhooksComplete = true;
        // Ids differ per run (hex, 16 chars like real article ids), so a given cluster never sees the same article twice.
        String run = String.format("%05x", System.currentTimeMillis() & 0xFFFFF);
        try (HeapWatch heap = HeapWatch.start();
                EmbeddedKafka embedded = bootstrapServers == null ? EmbeddedKafka.startTemporary() : null) {
            String servers = embedded != null ? embedded.bootstrapServers() : bootstrapServers;
            String broker = embedded != null ? "embedded KRaft broker in this JVM (temporary)" : "given: " + servers;
            long present = PipelineBench.articlesAlreadyPresent(servers);
            if (present > 0) {
                err.printf("newsalert bench: %s already holds %d records; the bench needs it empty (use a scratch cluster)%n",
                        Topics.ARTICLES.name(), present);
                return 2;
            }
            header(out, broker, loadStart);
            var enrichConfig = PipelineBench.enrichConfig(servers, enrichReorderBuffer);

            List<FlowTimer.Input> inputs = List.of();
            List<FlowTimer.Input> warmUp = List.of();
            double avgBytes = 0;
            Duration timeout = Duration.ofSeconds(Math.max(180, n / 15));
            if (sections.contains("raw") || sections.contains("enrich")) {
                progress(err, "generating %,d + %,d warm-up articles", n, warm);
                // One sequence: the warm-up articles are published before the timed ones, as a backlog would be.
                List<FlowTimer.Input> all = PipelineBench.articles(warm + n, SEED, "e" + run);
                warmUp = all.subList(0, warm);
                inputs = all.subList(warm, all.size());
                json.put("warmup_articles", warm);
                avgBytes = inputs.stream().mapToInt(i -> i.value().length).average().orElse(0);
            }

            FlowTimer.Flow raw = null;
            if (sections.contains("raw")) {
                progress(err, "raw pass-through: %,d records", n);
                raw = PipelineBench.raw(servers, warmUp, inputs, timeout);
                json.put("raw_articles", raw.sent());
                json.put("raw_seconds", seconds(raw.elapsed()));
                json.put("raw_articles_per_second", Math.round(raw.perSecond()));
                json.put("article_json_bytes_avg", Math.round(avgBytes));
                rows.add(row("raw pass-through", fmt("%,.0f articles/s", raw.perSecond()),
                        fmt("%,d article records (JSON, %.0f B avg) copied topic->topic (3 partitions) by one plain consumer->producer"
                                + " loop (acks=all, idempotent, reads committed); after %,d warm-up records, median of %d timed passes;"
                                + " each pass: input committed in one transaction, then timed from the commit to the last copy read back",
                                n, avgBytes, warm, PipelineBench.RAW_PASSES)));
            }

            if (sections.contains("enrich")) {
                progress(err, "enrich: %,d articles through the topology", n);
                FlowTimer.Flow enrich = PipelineBench.enrich(enrichConfig, warmUp, inputs, timeout);
                enrichComplete = enrich.complete();
                long dead = enrich.receivedByTopic().getOrDefault(Topics.ENRICH_DEAD_LETTERS.name(), 0L);
                json.put("enrich_articles", enrich.received());
                json.put("enrich_complete", enrich.complete());
                json.put("enrich_reorder_buffer", enrichConfig.reorderBuffer());
                json.put("enrich_seconds", seconds(enrich.elapsed()));
                json.put("enrich_articles_per_second", Math.round(enrich.perSecond()));
                if (raw != null) {
                    json.put("enrich_ratio", round(enrich.perSecond() / raw.perSecond(), 4));
                }
                json.put("enrich_dead_letters", dead);
                rows.add(row("enrich throughput", fmt("%,.0f articles/s", enrich.perSecond()), (enrich.complete() ? ""
                        : fmt("INCOMPLETE: only %,d of %,d articles came out within %s (enrich stalled; see stderr), rate over those; ",
                                enrich.received(), enrich.sent(), timeout))
                        + fmt("the same records into %s through EnrichService (fresh app id and state, exactly-once, reorder buffer"
                                + " %,d released after %s idle); after %,d warm-up articles, one timed pass, timed like raw: from the input's"
                                + " commit to the last enriched article read back, the buffer's idle wait included (%.1f s, %d dead letters)",
                                Topics.ARTICLES.name(), enrichConfig.reorderBuffer(), enrichConfig.reorderIdle(), warm, seconds(enrich.elapsed()), dead)));
                if (raw != null) {
                    rows.add(row("enrich / raw", fmt("%.4f", enrich.perSecond() / raw.perSecond()),
                            "enrich throughput as a fraction of the raw pass-through in this run"));
                }
            }

            if (sections.contains("delivery")) {
                progress(err, "delivery: notify sending webhooks to a loopback receiver");
                DeliveryBench.Delivery d = DeliveryBench.delivery(servers, burst, paced, deliveryRate, err);
                webhooksComplete &= d.complete();
                json.put("delivery_alerts", d.burst());
                json.put("delivery_seconds", seconds(d.burstElapsed()));
                json.put("delivery_alerts_per_second", Math.round(d.alertsPerSecond()));
                json.put("delivery_burst_latency_ms", d.burstLatency().json());
                json.put("delivery_latency_ms", d.pacedLatency().json());
                json.put("delivery_paced_rate", d.pacedRate());
                json.put("delivery_missing", d.missing());
                json.put("delivery_duplicates", d.duplicates());
                json.put("delivery_unexpected", d.unexpected());
                json.put("delivery_settled", d.settled());
                json.put("delivery_per_endpoint", d.perEndpoint());
                String check = fmt("%s%d duplicates, %d unexpected%s", d.complete() ? "every webhook arrived; "
                                : fmt("FAILED: %d expected webhooks never arrived; ", d.missing()), d.duplicates(), d.unexpected(),
                        d.settled() ? "" : " (the delivery group had not committed every alert after 30 s, so late repeats may be uncounted)");
                String setup = fmt("NotifyService as deployed (matcher + delivery engine, %d sending threads, %d per endpoint) on this"
                        + " broker, one webhook subscription, one loopback receiver (JDK HttpServer answering 204)", d.threads(), d.perEndpoint());
                rows.add(row("delivery throughput", fmt("%,.0f alerts/s", d.alertsPerSecond()),
                        fmt("%,d development records produced at once into %s, each matching the subscription; first send to last"
                                + " webhook received (%.1f s), after %d warm-up alerts. %s; %s", d.burst(), Topics.DEVELOPMENTS.name(),
                                seconds(d.burstElapsed()), DeliveryBench.WARM_UP, setup, check)));
                rows.add(row("delivery latency (burst)", latencyText(d.burstLatency()),
                        fmt("development record sent -> its webhook received, over the burst above: mostly time queued behind the"
                                + " rest of the burst (%d alerts)", d.burstLatency().alerts())));
                rows.add(row("delivery latency", latencyText(d.pacedLatency()),
                        fmt("development record sent -> its webhook received, %,d records at a steady %.0f/s (below saturation);"
                                + " matcher poll, alerts topic, delivery engine, signed POST (%d alerts, max %.0f ms)", d.paced(),
                                d.pacedRate(), d.pacedLatency().alerts(), d.pacedLatency().maxMillis())));
            }

            if (sections.contains("latency")) {
                progress(err, "latency: %,d articles at %.0f/s through enrich and notify to a webhook", latencyN, latencyRate);
                List<ArticleFetched> latencyWarmUp = PipelineBench.fetched(LATENCY_WARM_UP, SEED + 4, "w" + run);
                List<ArticleFetched> latencyInput = PipelineBench.fetched(latencyN, SEED + 3, "l" + run);
                DeliveryBench.ArticleToWebhook l = DeliveryBench.articleToWebhook(enrichConfig, latencyWarmUp, latencyInput, latencyRate,
                        Duration.ofSeconds((long) (latencyN / latencyRate) + 180), err);
                webhooksComplete &= l.complete();
                json.put("alert_latency_ms", l.latency().json());
                json.put("latency_enrich_ms", l.enrichPart().json());
                json.put("latency_articles", l.articles());
                json.put("latency_rate", l.rate());
                json.put("latency_enriched", l.enriched());
                json.put("latency_developments", l.developments());
                json.put("latency_missing", l.missing());
                json.put("latency_duplicates", l.duplicates());
                json.put("latency_reorder_buffer", l.reorderBuffer());
                json.put("latency_reorder_idle_ms", l.reorderIdle().toMillis());
                json.put("latency_seconds", seconds(l.elapsed()));
                String check = l.complete() ? fmt("every webhook arrived, %d duplicates", l.duplicates())
                        : fmt("FAILED: %d of %d articles enriched, %d expected webhooks never arrived, %d duplicates",
                                l.enriched(), l.articles(), l.missing(), l.duplicates());
                rows.add(row("alert latency", latencyText(l.latency()),
                        fmt("article record (live news: published just before it is sent) sent to %s -> webhook received, for the %d of %d articles enrich made developments of;"
                                + " %,d articles at a steady %.0f/s through EnrichService (fresh state, exactly-once, commit every 100 ms)"
                                + " and NotifyService to a loopback receiver, after %d warm-up articles (max %.0f ms; %s). Enrich holds articles in a reorder buffer"
                                + " of %,d released only when full or after %s without a new article: at a steady rate faster than one"
                                + " per %s the buffer is released only when it is full or the input stops, so an article waits up to"
                                + " min(buffer, what is still to come) / rate; set NEWSALERT_ENRICH_REORDER_IDLE and"
                                + " --enrich-reorder-buffer to trade ordering for latency",
                                Topics.ARTICLES.name(), l.developments(), l.articles(), l.articles(), l.rate(), LATENCY_WARM_UP, l.latency().maxMillis(),
                                check, l.reorderBuffer(), l.reorderIdle(), l.reorderIdle())));
                rows.add(row("  of which enrich", latencyText(l.enrichPart()), fmt("article record sent -> its development record"
                        + " readable (read committed) in %s; the rest is notify", Topics.DEVELOPMENTS.name())));
            }

            if (sections.contains("replay")) {
                progress(err, "replay: generating and replaying %,d articles", replayN);
                ReplayBench.Result replay = ReplayBench.run(servers, replayN, SEED + 1, "a" + run, err);
                double replaySeconds = replay.summary().elapsed().toNanos() / 1e9;
                json.put("replay_articles", replay.summary().published());
                json.put("replay_seconds", round(replaySeconds, 1));
                json.put("replay_articles_per_second", Math.round(replay.summary().perSecond()));
                json.put("replay_dump_mb", round(replay.dumpBytes() / (1024.0 * 1024), 1));
                json.put("replay_generate_seconds", seconds(replay.generate()));
                json.put("replay_ledger_load_seconds", seconds(replay.ledgerLoad()));
                rows.add(row("replay", fmt("%,.0f articles/s", replay.summary().perSecond()),
                        fmt("%,d articles from a %.0f MB JSON Lines dump through Replayer (parse, SimHash, seen-ledger dedup,"
                                + " transactional publish of 500 per transaction with ledger records); %.1f s total (ledger load"
                                + " %.1f s and dump generation %.1f s not included)", replay.summary().published(),
                                replay.dumpBytes() / (1024.0 * 1024), replaySeconds, seconds(replay.ledgerLoad()), seconds(replay.generate()))));
            }

            if (sections.contains("clustering")) {
                progress(err, "clustering: growing live stories to %,d", levels[levels.length - 1]);
                List<ClusteringCost.Level> cost = ClusteringCost.run(levels, clusteringBatch, SEED + 2);
                Map<String, Double> candidates = new LinkedHashMap<>();
                for (ClusteringCost.Level l : cost) {
                    candidates.put(Integer.toString(l.liveStories()), round(l.candidatesPerArticle(), 1));
                    rows.add(row(fmt("clustering @ %,d live stories", l.liveStories()), fmt("%,.1f us/article", l.microsPerArticle()),
                            fmt("StoryClusterer with in-memory state holding %,d live stories: mean time of the next %,d articles"
                                    + " (%.1f candidate stories scored per article)", l.liveStories(), clusteringBatch, l.candidatesPerArticle())));
                }
                json.put("clustering_us_per_article", ClusteringCost.microsByLevel(cost));
                json.put("clustering_candidates_per_article", candidates);
            }

            double peak = heap.peakSampledMb();
            double pools = HeapWatch.poolPeaksMb();
            double maxHeap = Runtime.getRuntime().maxMemory() / (1024.0 * 1024);
            json.put("peak_heap_mb", Math.round(peak));
            json.put("heap_pool_peaks_mb", Math.round(pools));
            json.put("max_heap_mb", Math.round(maxHeap));
            rows.add(row("peak heap", fmt("%,.0f MB", peak), fmt("most heap in use at any 50 ms sample during the run (sum of"
                    + " heap pools' peaks: %,.0f MB; max heap %,.0f MB)%s", pools, maxHeap, embedded != null ? "; includes the embedded broker" : "")));

            double loadEnd = HeapWatch.loadNow();
            json.put("sections", List.copyOf(sections));
            json.put("broker", embedded != null ? "embedded" : "given");
            json.put("load_average_start", round(loadStart, 2));
            json.put("load_average_end", round(loadEnd, 2));
            json.put("load_average_peak", round(heap.peakLoad(), 2));
            json.put("cpus", Runtime.getRuntime().availableProcessors());
            json.put("java", System.getProperty("java.version"));
            json.put("jvm_args", ManagementFactory.getRuntimeMXBean().getInputArguments());
            json.put("gc", ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList());
            json.put("total_seconds", seconds(Duration.ofNanos(System.nanoTime() - started)));

            table(out, rows);
            out.printf(Locale.ROOT, "load average (1 min): %.2f at start, %.2f at end, %.2f peak; %d cpus; total %.0f s%n",
                    loadStart, loadEnd, heap.peakLoad(), Runtime.getRuntime().availableProcessors(), seconds(Duration.ofNanos(System.nanoTime() - started)));
            out.println(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(json));
            out.flush();
            return !enrichComplete ? 3 : webhooksComplete ? 0 : 4;
        }
    }

    private static String latencyText(DeliveryBench.Latency l) {
        return l.alerts() == 0 ? "none arrived" : fmt("p50 %,.0f ms, p99 %,.0f ms", l.p50Millis(), l.p99Millis());
    }

    private static void header(PrintWriter out, String broker, double load) {
        var rt = ManagementFactory.getRuntimeMXBean();
        out.printf(Locale.ROOT, "newsalert bench, %s%n", Instant.now());
        out.printf(Locale.ROOT, "java %s (%s), %d cpus, max heap %,d MB, GC %s, JVM args %s%n", System.getProperty("java.version"),
                rt.getVmName(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList(),
                rt.getInputArguments());
        out.printf(Locale.ROOT, "broker: %s; load average (1 min) at start %.2f%n%n", broker, load);
        out.flush();
    }

    private static void table(PrintWriter out, List<String[]> rows) {
        int w0 = "measure".length();
        int w1 = "result".length();
        for (String[] r : rows) {
            w0 = Math.max(w0, r[0].length());
            w1 = Math.max(w1, r[1].length());
        }
        String f = "%-" + w0 + "s  %" + w1 + "s  %s%n";
        out.printf(Locale.ROOT, f, "measure", "result", "definition");
        out.printf(Locale.ROOT, f, "-".repeat(w0), "-".repeat(w1), "-".repeat(10));
        for (String[] r : rows) {
            out.printf(Locale.ROOT, f, r[0], r[1], r[2]);
        }
    }

    private static String[] row(String measure, String result, String definition) {
        return new String[] {measure, result, definition};
    }

    private static String fmt(String f, Object... args) {
        return String.format(Locale.ROOT, f, args);
    }

    private static double seconds(Duration d) {
        return round(d.toNanos() / 1e9, 2);
    }

    private static void progress(PrintWriter err, String f, Object... args) {
        err.printf(Locale.ROOT, "bench: " + f + "%n", args);
        err.flush();
    }

    /** Rounding for the JSON, so it shows measured digits, not float noise. */
    private static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }
}
