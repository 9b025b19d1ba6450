package org.newsalert.events;

import java.util.Objects;
import org.apache.kafka.common.serialization.Serde;

/** A topic with the types of its keys and values. Exactly one module writes each topic. */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, TopicSpec spec, String writer, String description) {
    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keySerde, "keySerde");
        Objects.requireNonNull(valueSerde, "valueSerde");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(writer, "writer");
    }

    @Override
    public String toString() {
        return name;
    }
}
