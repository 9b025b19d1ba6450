package org.newsalert.events.config;

/** A setting with a missing or malformed value; the message names the setting. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
