package org.newsalert.events.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Where service settings come from: environment variables ({@code NEWSALERT_FEEDS_FILE}) override
 * an optional properties file ({@code feeds.file=...}), which overrides the defaults declared in
 * each service's config record. Every getter names the key in its error, so a bad value fails
 * start-up with a message an operator can act on.
 */
public final class ConfigSource {
    private final Map<String, String> values;

    private ConfigSource(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** Environment variables only. */
    public static ConfigSource fromEnvironment() {
        return of(null, System.getenv());
    }

    /** A properties file (may be null), overridden by {@code env}. */
    public static ConfigSource of(Path propertiesFile, Map<String, String> env) {
        Map<String, String> m = new HashMap<>();
        if (propertiesFile != null) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(propertiesFile)) {
                p.load(r);
            } catch (IOException e) {
                throw new ConfigException("cannot read config file " + propertiesFile + ": " + e.getMessage());
            }
            p.stringPropertyNames().forEach(k -> m.put(envName(k), p.getProperty(k).trim()));
        }
        env.forEach((k, v) -> {
            if (k.startsWith("NEWSALERT_") || k.equals("KAFKA_BOOTSTRAP_SERVERS")) {
                m.put(k, v.trim());
            }
        });
        return new ConfigSource(m);
    }

    /** Explicit values (tests, CLI flags), keyed by env-style or dotted names. */
    public static ConfigSource ofMap(Map<String, String> values) {
        Map<String, String> m = new HashMap<>();
        values.forEach((k, v) -> m.put(envName(k), v));
        return new ConfigSource(m);
    }

    /** This source with {@code overrides} on top. */
    public ConfigSource with(Map<String, String> overrides) {
        Map<String, String> m = new HashMap<>(values);
        overrides.forEach((k, v) -> {
            if (v != null) {
                m.put(envName(k), v);
            }
        });
        return new ConfigSource(m);
    }

    /** {@code feeds.file} → {@code NEWSALERT_FEEDS_FILE}; names already in env form pass through. */
    public static String envName(String key) {
        if (key.equals(key.toUpperCase(Locale.ROOT)) && !key.contains(".")) {
            return key;
        }
        return "NEWSALERT_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    public String string(String key, String defaultValue) {
        String v = values.get(envName(key));
        return v == null || v.isEmpty() ? defaultValue : v;
    }

    public String required(String key) {
        String v = string(key, null);
        if (v == null) {
            throw new ConfigException(envName(key) + " is required");
        }
        return v;
    }

    public int integer(String key, int defaultValue) {
        String v = string(key, null);
        if (v == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new ConfigException(envName(key) + " must be an integer, was '" + v + "'");
        }
    }

    public long bytes(String key, long defaultValue) {
        String v = string(key, null);
        if (v == null) {
            return defaultValue;
        }
        String s = v.toUpperCase(Locale.ROOT).replace("B", "").trim();
        long mult = 1;
        if (s.endsWith("K")) {
            mult = 1L << 10;
        } else if (s.endsWith("M")) {
            mult = 1L << 20;
        } else if (s.endsWith("G")) {
            mult = 1L << 30;
        }
        try {
            return Long.parseLong(mult == 1 ? s : s.substring(0, s.length() - 1).trim()) * mult;
        } catch (NumberFormatException e) {
            throw new ConfigException(envName(key) + " must be a size such as 10M, was '" + v + "'");
        }
    }

    public boolean bool(String key, boolean defaultValue) {
        String v = string(key, null);
        if (v == null) {
            return defaultValue;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default -> throw new ConfigException(envName(key) + " must be true or false, was '" + v + "'");
        };
    }

    public Duration duration(String key, Duration defaultValue) {
        String v = string(key, null);
        return v == null ? defaultValue : parseDuration(v, envName(key));
    }

    /** {@code 30s}, {@code 15m}, {@code 2h}, {@code 7d}, {@code 250ms} or ISO-8601 {@code PT15M}. */
    public static Duration parseDuration(String v, String what) {
        String s = v.trim().toLowerCase(Locale.ROOT);
        try {
            if (s.startsWith("p")) {
                return Duration.parse(s.toUpperCase(Locale.ROOT));
            }
            if (s.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2).trim()));
            }
            long n = Long.parseLong(s.substring(0, s.length() - 1).trim());
            return switch (s.charAt(s.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                case 'd' -> Duration.ofDays(n);
                default -> throw new NumberFormatException();
            };
        } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new ConfigException(what + " must be a duration such as 30s, 15m, 2h or 7d, was '" + v + "'");
        }
    }

    /** The Kafka cluster: {@code KAFKA_BOOTSTRAP_SERVERS}, the one setting every service shares. */
    public String bootstrapServers() {
        String v = values.get("KAFKA_BOOTSTRAP_SERVERS");
        return v == null || v.isEmpty() ? string("kafka.bootstrap.servers", null) : v;
    }
}
