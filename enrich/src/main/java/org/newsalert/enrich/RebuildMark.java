package org.newsalert.enrich;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.newsalert.events.RebuildHeaders;

/**
 * What a story rebuild tells its topology about each article it reads, decided on the article's
 * source partition and offset: below {@code end} (the articles topic's end when the rebuild
 * started) an article published before {@code since} is not part of the rebuild; below
 * {@code alreadyEnriched} (the live app's committed offsets) its results are marked as a rebuild's,
 * so notify does not alert subscribers again, unless the article was still waiting in the live
 * app's reorder buffer ({@code pendingInLive}, article ids). Everything past those offsets is new to the whole
 * pipeline and goes through like live input, so nothing that arrives during a rebuild is lost.
 *
 * @param id the rebuild's id (its application id), written in the {@link RebuildHeaders#ID} header
 * @param deliverTo a test webhook for the rebuild's alerts, or null for none
 * @param inputComplete set by {@link StoryRebuild} once every article up to {@code end} is on the
 *     sequencing partition and read: until then the reorder buffer is not released for idleness
 */
record RebuildMark(String id, String deliverTo, Instant since, Map<Integer, Long> end, Map<Integer, Long> alreadyEnriched,
        Set<String> pendingInLive, AtomicBoolean inputComplete) {

    /**
     * The rebuild's reorder window. Its backlog arrives as fast as it is read, interleaved across
     * partitions by fetch timing, so the live idle release would order it by chance; the rebuild
     * holds up to this many articles (on disk) and releases by time alone until its input is complete.
     */
    static final int REORDER_WINDOW = 10_000;

    RebuildMark {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(since, "since");
        end = Map.copyOf(end);
        alreadyEnriched = Map.copyOf(alreadyEnriched);
        pendingInLive = Set.copyOf(pendingInLive);
        Objects.requireNonNull(inputComplete, "inputComplete");
    }

    RebuildMark(String id, String deliverTo, Instant since, Map<Integer, Long> end, Map<Integer, Long> alreadyEnriched) {
        this(id, deliverTo, since, end, alreadyEnriched, Set.of(), new AtomicBoolean(true));
    }

    RebuildHeaders.Mark header() {
        return new RebuildHeaders.Mark(id, deliverTo);
    }

    /**
     * Whether the article at this position belongs in the rebuild's stream; marks {@code headers}
     * when it re-derives an article already enriched. A position the rebuild does not know (no
     * metadata, a partition added since) counts as already enriched: no alert is the safe side.
     */
    boolean admit(Optional<RecordMetadata> md, String articleId, long timestamp, Headers headers) {
        int partition = md.map(RecordMetadata::partition).orElse(-1);
        long offset = md.map(RecordMetadata::offset).orElse(-1L);
        long endOffset = end.getOrDefault(partition, Long.MAX_VALUE);
        if (offset < endOffset && timestamp < since.toEpochMilli()) {
            return false;
        }
        // Read by the live app but still in its reorder buffer when it stopped: never enriched, never alerted.
        if (offset < alreadyEnriched.getOrDefault(partition, Long.MAX_VALUE) && !pendingInLive.contains(articleId)) {
            RebuildHeaders.write(headers, header());
        }
        return true;
    }
}
