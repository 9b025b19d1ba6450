package org.newsalert.events;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The topic catalogue: every topic of the pipeline, its types, how it is created and which module
 * writes it. Services create the topics they touch at start-up from these specs.
 */
public final class Topics {
    private static final Serde<String> KEY = Serdes.String();

    /**
     * Articles are the replayable source of truth for enrich, and replays stamp records with their
     * original (possibly years-old) published time, so time-based retention would delete them on
     * arrival: kept until an operator sets a retention.
     */
    public static final Topic<String, ArticleFetched> ARTICLES = new Topic<>(
            "newsalert.articles",
            KEY,
            new JsonSerde<>(ArticleFetched.class),
            TopicSpec.retained(3, null),
            "ingest",
            "one record per article, keyed by article id");

    public static final Topic<String, ArticleSeen> ARTICLES_SEEN = new Topic<>(
            "newsalert.ingest.seen",
            KEY,
            new JsonSerde<>(ArticleSeen.class),
            TopicSpec.compacted(1),
            "ingest",
            "dedup ledger of ingest: article ids and stable GUIDs already published");

    public static final Topic<String, FeedPolled> FEED_HEALTH = new Topic<>(
            "newsalert.feed-health",
            KEY,
            new JsonSerde<>(FeedPolled.class),
            TopicSpec.retained(1, Duration.ofDays(14)),
            "ingest",
            "outcome of every feed poll, keyed by feed URL");

    public static final Topic<String, ArticleEnriched> ARTICLES_ENRICHED = new Topic<>(
            "newsalert.articles.enriched",
            KEY,
            new JsonSerde<>(ArticleEnriched.class),
            TopicSpec.retained(3, null),
            "enrich",
            "every article with its tags, story and kind, keyed by story id");

    public static final Topic<String, StoryUpdated> STORIES = new Topic<>(
            "newsalert.stories",
            KEY,
            new JsonSerde<>(StoryUpdated.class),
            TopicSpec.compacted(3),
            "enrich",
            "latest state of each story, keyed by story id");

    public static final Topic<String, DevelopmentDetected> DEVELOPMENTS = new Topic<>(
            "newsalert.developments",
            KEY,
            new JsonSerde<>(DevelopmentDetected.class),
            TopicSpec.retained(3, null),
            "enrich",
            "new stories and developments, keyed by story id: what notify alerts on");

    public static final Topic<String, DeadLetter> ENRICH_DEAD_LETTERS = new Topic<>(
            "newsalert.enrich.dead-letters",
            KEY,
            new JsonSerde<>(DeadLetter.class),
            TopicSpec.retained(1, Duration.ofDays(30)),
            "enrich",
            "articles enrich could not process, with the reason");

    /** Keyed by subscription id so that one subscriber's alerts keep their order on one partition. */
    public static final Topic<String, AlertMatched> ALERTS = new Topic<>(
            "newsalert.alerts",
            KEY,
            new JsonSerde<>(AlertMatched.class),
            TopicSpec.retained(3, Duration.ofDays(30)),
            "notify",
            "developments matched to subscriptions, keyed by subscription id: what delivery sends");

    public static final Topic<String, DeliveryAttempted> DELIVERIES = new Topic<>(
            "newsalert.deliveries",
            KEY,
            new JsonSerde<>(DeliveryAttempted.class),
            TopicSpec.retained(3, Duration.ofDays(30)),
            "notify",
            "every delivery attempt and its outcome, keyed by subscription id");

    public static final Topic<String, AlertDelivered> DELIVERY_LEDGER = new Topic<>(
            "newsalert.notify.ledger",
            KEY,
            new JsonSerde<>(AlertDelivered.class),
            TopicSpec.compacted(3),
            "notify",
            "idempotency keys of delivered alerts, so a restart never sends one twice");

    public static final Topic<String, AlertPending> NOTIFY_PENDING = new Topic<>(
            "newsalert.notify.pending",
            KEY,
            new JsonSerde<>(AlertPending.class),
            TopicSpec.compacted(3),
            "notify",
            "alerts waiting for a retry, keyed by alert key; tombstoned when settled");

    public static final Topic<String, DeadLetter> NOTIFY_DEAD_LETTERS = new Topic<>(
            "newsalert.notify.dead-letters",
            KEY,
            new JsonSerde<>(DeadLetter.class),
            TopicSpec.retained(1, Duration.ofDays(90)),
            "notify",
            "alerts whose retries ran out (value: the alert JSON; reason: the last error), keyed by alert key");

    /**
     * Matches of digest subscriptions, held until their period ends. Kept longer than the longest
     * period (a week) so that an assembler restarted from its committed offsets finds every open item.
     */
    public static final Topic<String, DigestItemMatched> DIGEST_ITEMS = new Topic<>(
            "newsalert.notify.digest-items",
            KEY,
            new JsonSerde<>(DigestItemMatched.class),
            TopicSpec.retained(3, Duration.ofDays(30)),
            "notify",
            "developments matched to daily/weekly subscriptions, keyed by subscription id: what the digest assembler gathers");

    public static final Topic<String, DigestEmitted> DIGEST_STATE = new Topic<>(
            "newsalert.notify.digest-state",
            KEY,
            new JsonSerde<>(DigestEmitted.class),
            TopicSpec.compacted(1),
            "notify",
            "the last digest period sent per subscription, written with the digest: a restart never sends one twice");

    /** Subscriptions are a small table read whole by notify, so one partition keeps it ordered. */
    public static final Topic<String, Subscription> SUBSCRIPTIONS = new Topic<>(
            "newsalert.subscriptions",
            KEY,
            new JsonSerde<>(Subscription.class),
            TopicSpec.compacted(1),
            "notify",
            "user subscriptions, keyed by subscription id; a tombstone deletes one");

    private static final List<Topic<?, ?>> ALL =
            List.of(ARTICLES, ARTICLES_SEEN, FEED_HEALTH, ARTICLES_ENRICHED, STORIES, DEVELOPMENTS, ENRICH_DEAD_LETTERS,
                    ALERTS, DELIVERIES, DELIVERY_LEDGER, NOTIFY_PENDING, NOTIFY_DEAD_LETTERS, SUBSCRIPTIONS,
                    DIGEST_ITEMS, DIGEST_STATE);

    private Topics() {}

    /** Every topic in the catalogue, in declaration order. */
    public static List<Topic<?, ?>> all() {
        return ALL;
    }
}
