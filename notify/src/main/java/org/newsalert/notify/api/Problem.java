package org.newsalert.notify.api;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 9457 problem detail. Extension members ({@code errors}, {@code position},
 * {@code existingId}) sit beside the standard ones, as the RFC asks.
 */
public final class Problem {
    public static final String CONTENT_TYPE = "application/problem+json";

    public String type;
    public String title;
    public int status;
    public String detail;
    public String instance;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public Problem() {}

    public Problem(String type, String title, int status, String detail) {
        this.type = type;
        this.title = title;
        this.status = status;
        this.detail = detail;
    }

    public Problem with(String name, Object value) {
        extensions.put(name, value);
        return this;
    }

    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return extensions;
    }

    @JsonAnySetter
    void set(String name, Object value) {
        extensions.put(name, value);
    }

    @JsonIgnore
    public Object extension(String name) {
        return extensions.get(name);
    }

    @Override
    public String toString() {
        return status + " " + title + (detail == null ? "" : ": " + detail);
    }
}
