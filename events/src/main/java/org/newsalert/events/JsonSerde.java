package org.newsalert.events;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Objects;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Jackson serde for event records. A record that cannot be read fails with a
 * {@link SerializationException} naming the type and topic, so that the Streams handler or the
 * consumer can park it in a dead-letter topic with a reason.
 */
public final class JsonSerde<T> implements Serde<T>, Serializer<T>, Deserializer<T> {
    private final Class<T> type;
    private final JavaType javaType;
    private final ObjectMapper mapper;

    public JsonSerde(Class<T> type) {
        this.type = Objects.requireNonNull(type, "type");
        this.mapper = Json.mapper();
        this.javaType = mapper.constructType(type);
    }

    public Class<T> type() {
        return type;
    }

    @Override
    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return null;
        }
        try {
            return mapper.writeValueAsBytes(data);
        } catch (IOException e) {
            throw new SerializationException("cannot write " + type.getSimpleName() + " to topic " + topic, e);
        }
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            return mapper.readValue(data, javaType);
        } catch (IOException e) {
            throw new SerializationException(
                    "cannot read " + type.getSimpleName() + " from topic " + topic + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Serializer<T> serializer() {
        return this;
    }

    @Override
    public Deserializer<T> deserializer() {
        return this;
    }

    @Override
    public void configure(java.util.Map<String, ?> configs, boolean isKey) {}

    @Override
    public void close() {}
}
