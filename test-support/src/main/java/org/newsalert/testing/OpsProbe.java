package org.newsalert.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Reads a service's ops endpoints in tests as an operator's probe or Prometheus would: plain HTTP
 * GETs, and the text exposition format parsed into samples by name and labels.
 */
public final class OpsProbe {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;

    public OpsProbe(URI base) {
        this.base = base;
    }

    public HttpResponse<String> get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + base.resolve(path) + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** GETs {@code path} until {@code done} accepts the response or {@code timeout} passes; returns the last response. */
    public HttpResponse<String> getUntil(String path, Duration timeout, Predicate<HttpResponse<String>> done) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpResponse<String> r = get(path);
        while (!done.test(r) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            r = get(path);
        }
        return r;
    }

    /** The {@code /metrics} scrape, parsed. */
    public Scrape scrape() {
        HttpResponse<String> r = get("/metrics");
        if (r.statusCode() != 200) {
            throw new IllegalStateException("/metrics answered " + r.statusCode() + ": " + r.body());
        }
        return new Scrape(r.body());
    }

    /** One scrape in Prometheus text format. */
    public record Scrape(String text) {
        /**
         * The sum of the samples named {@code name} whose labels include {@code labels}; empty if
         * there is none (so "absent" and "zero" stay apart).
         */
        public OptionalDouble value(String name, Map<String, String> labels) {
            double sum = 0;
            boolean found = false;
            for (String line : text.split("\n")) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                int brace = line.indexOf('{');
                int space = line.lastIndexOf(' ');
                String sampleName = brace >= 0 ? line.substring(0, brace) : line.substring(0, space);
                if (!sampleName.equals(name)) {
                    continue;
                }
                Map<String, String> have = brace >= 0 ? labels(line.substring(brace + 1, line.lastIndexOf('}'))) : Map.of();
                if (have.entrySet().containsAll(labels.entrySet())) {
                    sum += Double.parseDouble(line.substring(space + 1));
                    found = true;
                }
            }
            return found ? OptionalDouble.of(sum) : OptionalDouble.empty();
        }

        public OptionalDouble value(String name) {
            return value(name, Map.of());
        }

        private static Map<String, String> labels(String s) {
            Map<String, String> out = new TreeMap<>();
            int i = 0;
            while (i < s.length()) {
                int eq = s.indexOf('=', i);
                String key = s.substring(i, eq).trim();
                StringBuilder v = new StringBuilder();
                int j = eq + 2; // skip ="
                while (s.charAt(j) != '"') {
                    if (s.charAt(j) == '\\') {
                        j++;
                        v.append(s.charAt(j) == 'n' ? '\n' : s.charAt(j));
                    } else {
                        v.append(s.charAt(j));
                    }
                    j++;
                }
                out.put(key, v.toString());
                i = j + 1;
                if (i < s.length() && s.charAt(i) == ',') {
                    i++;
                }
            }
            return out;
        }
    }
}
