package org.newsalert.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.newsalert.enrich.EnrichConfig;
import org.newsalert.enrich.EnrichService;
import org.newsalert.events.config.ConfigSource;
import org.newsalert.notify.NotifyConfig;
import org.newsalert.notify.NotifyService;
import org.newsalert.ingest.IngestService;
import org.newsalert.ingest.config.IngestConfig;
import org.newsalert.ingest.sample.SampleSite;
import org.newsalert.ops.OpsConfig;
import org.newsalert.ops.OpsServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Everything in one process: an embedded broker (unless a cluster is given), the services, and
 * with no feed list the bundled sample site on loopback, so a first run works offline.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run all services (embedded Kafka broker and bundled sample feeds unless told otherwise).")
final class RunCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(RunCommand.class);

    @Mixin
    Main.KafkaOptions kafka = new Main.KafkaOptions();

    @Option(names = "--feeds", paramLabel = "FILE", description = "feed list, YAML or OPML (default: $NEWSALERT_FEEDS_FILE, else the bundled offline sample)")
    Path feeds;

    @Option(names = "--config", paramLabel = "FILE", description = "properties file of settings (environment variables override it)")
    Path config;

    @Option(names = "--for", paramLabel = "DURATION", description = "stop after this long (e.g. 90s); default: until Ctrl-C")
    String runFor;

    @Option(names = "--watch", paramLabel = "QUERY",
            description = "a subscription printed to this console (default with the sample feeds: bill:hr6508-119; "
                    + "$NEWSALERT_NOTIFY_LOG_QUERY otherwise)")
    String watch;

    @Option(names = "--follow-up-after", paramLabel = "SECONDS", defaultValue = "60",
            description = "with the sample feeds: seconds after start at which a made-up follow-up article (a new development)"
                    + " appears in a fourth sample feed (default: ${DEFAULT-VALUE})")
    int followUpAfter;

    @Option(names = "--mail-catcher-port", paramLabel = "PORT",
            description = "port of the bundled local mail catcher (SMTP on 127.0.0.1; 0: any free port; -1: off). It is used"
                    + " when no SMTP relay is configured (NEWSALERT_NOTIFY_SMTP_HOST); received mail prints here and is saved"
                    + " in <state-dir>/mail (default: ${DEFAULT-VALUE})", defaultValue = "0")
    int mailCatcherPort;

    @Override
    public Integer call() throws Exception {
        Deque<AutoCloseable> open = new ArrayDeque<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            closeAll(open);
            stopped.countDown();
        }, "newsalert-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            ConfigSource source = ConfigSource.of(config, System.getenv());
            // One ops server for the three services, up before them: readiness names what is still starting.
            OpsServer ops = ServiceOptions.startOps(source, "127.0.0.1", OpsConfig.RUN_PORT, "ingest", "enrich", "notify");
            open.push(ops);
            Cluster cluster = Cluster.connect(kafka.bootstrapServers, kafka.stateDir);
            open.push(cluster);
            Path feedList = feeds != null ? feeds : source.string("feeds.file", null) != null ? Path.of(source.string("feeds.file", null)) : null;
            String allow = source.string("outbound.allow", "");
            String watchQuery = watch != null ? watch : source.string("notify.log.query", null);
            if (feedList == null) {
                watchQuery = watchQuery == null ? "bill:hr6508-119" : watchQuery;
                SampleSite site = SampleSite.startWithFollowUp(0, Duration.ofSeconds(followUpAfter));
                open.push(site);
                feedList = site.writeFeedList(kafka.stateDir);
                allow = allow.isBlank() ? "loopback" : allow + ",loopback";
                System.out.println("Sample feeds:  " + site.baseUrl() + "/{benzinga,newsmax,capitolwire}/feed.xml (bundled, offline)");
                System.out.println("Follow-up:     a MADE-UP next development of the sample story appears in " + site.baseUrl()
                        + "/gazette/feed.xml at " + java.time.LocalTime.ofInstant(site.followUpAt(), java.time.ZoneId.systemDefault())
                                .withNano(0) + " (first run only: subscribe before then to get it by email or webhook)");
            }
            IngestConfig ingestConfig = IngestConfig.from(source.with(Map.of("outbound.allow", allow)))
                    .withBootstrapServers(cluster.bootstrapServers())
                    .withFeedsFile(feedList);
            IngestService ingest = IngestService.start(ingestConfig, ops.registry());
            open.push(ingest);
            ops.check("ingest", ingest);
            EnrichConfig enrichConfig = EnrichConfig.from(source)
                    .withBootstrapServers(cluster.bootstrapServers())
                    .withStateDir(kafka.stateDir.resolve("streams").toAbsolutePath().toString());
            EnrichService enrich = EnrichService.start(enrichConfig,
                    org.newsalert.enrich.ArticlePipeline.withDefaults(enrichConfig.storyQuietPeriod()), ops.registry());
            open.push(enrich);
            ops.check("enrich", enrich);

            Map<String, String> notifyDefaults = new java.util.HashMap<>();
            notifyDefaults.put("NEWSALERT_OUTBOUND_ALLOW", allow);
            notifyDefaults.put("NEWSALERT_API_HOST", source.string("NEWSALERT_API_HOST", "127.0.0.1"));
            String tokenNote = null;
            if (source.string("NEWSALERT_API_TOKENS", null) == null) {
                String token = localApiToken(kafka.stateDir);
                notifyDefaults.put("NEWSALERT_API_TOKENS", "local=" + org.newsalert.notify.api.ApiTokens.hash(token));
                tokenNote = "export NEWSALERT_API_TOKEN=$(cat " + kafka.stateDir.resolve("api.token") + ")";
            }
            if (watchQuery != null) {
                notifyDefaults.put("NEWSALERT_NOTIFY_LOG_QUERY", watchQuery);
            }
            MailCatcher mail = null;
            if (source.string("NEWSALERT_NOTIFY_SMTP_HOST", null) == null && mailCatcherPort >= 0) {
                mail = MailCatcher.start(mailCatcherPort, kafka.stateDir.resolve("mail"), System.out);
                open.push(mail);
                notifyDefaults.put("NEWSALERT_NOTIFY_SMTP_HOST", "127.0.0.1");
                notifyDefaults.put("NEWSALERT_NOTIFY_SMTP_PORT", Integer.toString(mail.port()));
                notifyDefaults.put("NEWSALERT_NOTIFY_SMTP_STARTTLS", "false");
            }
            NotifyConfig notifyConfig = NotifyConfig.local(source.with(notifyDefaults), kafka.stateDir)
                    .withBootstrapServers(cluster.bootstrapServers());
            NotifyService notify = NotifyService.start(notifyConfig, System.out, ops.registry());
            open.push(notify);
            ops.check("notify", notify);
            System.out.println("API:           http://127.0.0.1:" + notify.apiPort() + "/subscriptions  (OpenAPI: /openapi.json)"
                    + (tokenNote == null ? "" : "; token: " + tokenNote));
            if (watchQuery != null) {
                System.out.println("Watching:      " + watchQuery + " (alerts print here as 'alert ...')");
            }
            if (mail != null) {
                System.out.println("Mail catcher:  smtp://127.0.0.1:" + mail.port() + " (local, accepts everything; emails print here as"
                        + " 'mail ...' and are saved in " + mail.folder() + ")");
            }
            open.push(Tail.articles(cluster.bootstrapServers(), System.out));
            open.push(Tail.stories(cluster.bootstrapServers(), System.out));
            System.out.println("Kafka:         " + cluster.bootstrapServers() + (cluster.isEmbedded() ? " (embedded, data in " + kafka.stateDir.resolve("kafka") + ")" : ""));
            System.out.println("Feed list:     " + feedList);
            System.out.println("Stop with Ctrl-C; state is kept in " + kafka.stateDir + " for the next run.");
            if (runFor != null) {
                Duration d = ConfigSource.parseDuration(runFor, "--for");
                if (!stopped.await(d.toMillis(), TimeUnit.MILLISECONDS)) {
                    Runtime.getRuntime().removeShutdownHook(hook);
                    closeAll(open);
                }
                return 0;
            }
            stopped.await();
            return 0;
        } catch (RuntimeException e) {
            Runtime.getRuntime().removeShutdownHook(hook);
            closeAll(open);
            throw e;
        }
    }

    /** A bearer token for the local API, made once and kept in the state directory (owner-only file). */
    static String localApiToken(Path stateDir) throws java.io.IOException {
        Path file = stateDir.resolve("api.token");
        if (!java.nio.file.Files.exists(file)) {
            java.nio.file.Files.createDirectories(stateDir);
            java.nio.file.Files.writeString(file, org.newsalert.notify.api.ApiTokens.generate());
            try {
                java.nio.file.Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
        }
        return java.nio.file.Files.readString(file).strip();
    }

    static synchronized void closeAll(Deque<AutoCloseable> open) {
        while (!open.isEmpty()) {
            AutoCloseable c = open.pop();
            try {
                c.close();
            } catch (Exception e) {
                log.warn("while stopping {}: {}", c.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
