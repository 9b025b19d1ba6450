package org.newsalert.enrich.tag;

import java.util.Optional;

/**
 * What the pipeline has learned about bill names: a normalised act name ({@code nato act}, see
 * {@link Tagger#normaliseActName(String)}) to the bill id it was last seen with ({@code hr6508-119}).
 * The tagger only reads it; callers store what {@link TagResult#learned()} reports, in memory for tests
 * and in a Kafka Streams key-value store in the topology.
 */
public interface AliasBook {
    Optional<String> lookup(String normalisedName);

    void learn(String normalisedName, String billId);
}
