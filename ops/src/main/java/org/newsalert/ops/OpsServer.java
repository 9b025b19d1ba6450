package org.newsalert.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsalert.events.config.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's window into one process: {@code GET /health/live}, {@code GET /health/ready}
 * (200 only when every registered service says it can work, else 503 naming what is not ready) and
 * {@code GET /metrics} (Prometheus text format). It runs on the JDK's own HTTP server: three
 * read-only endpoints need no framework, and ingest and enrich carry no web server otherwise.
 */
public final class OpsServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OpsServer.class);
    public static final String LIVE = "/health/live";
    public static final String READY = "/health/ready";
    public static final String METRICS = "/metrics";
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrometheusMeterRegistry registry;
    private final Map<String, HealthCheck> checks = new ConcurrentSkipListMap<>();
    private final HttpServer server;
    private final ExecutorService executor;
    private final List<AutoCloseable> binders;

    private OpsServer(PrometheusMeterRegistry registry, HttpServer server, ExecutorService executor, List<AutoCloseable> binders) {
        this.registry = registry;
        this.server = server;
        this.executor = executor;
        this.binders = binders;
    }

    /** A Prometheus registry; {@link #start} adds the JVM's own meters (memory, GC, threads, CPU, uptime). */
    public static PrometheusMeterRegistry newRegistry() {
        return new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    }

    /**
     * Serves {@code registry} on {@code config}'s address; with port {@code -1} nothing listens and
     * the returned server only collects checks. A port already in use fails start-up, naming the key.
     */
    public static OpsServer start(OpsConfig config, PrometheusMeterRegistry registry) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(registry, "registry");
        JvmGcMetrics gc = new JvmGcMetrics();
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        if (!config.enabled()) {
            return new OpsServer(registry, null, null, List.of(gc));
        }
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 16);
        } catch (BindException e) {
            gc.close();
            throw new ConfigException("cannot listen on " + config.host() + ":" + config.port()
                    + " for health and metrics (" + e.getMessage() + "); set NEWSALERT_OPS_PORT to a free port, 0 for any, -1 for none");
        } catch (IOException e) {
            gc.close();
            throw new ConfigException("cannot start the ops server on " + config.host() + ":" + config.port() + ": " + e.getMessage());
        }
        AtomicInteger n = new AtomicInteger();
        // Two threads: a slow scrape never delays a probe.
        ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "ops-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(executor);
        OpsServer ops = new OpsServer(registry, http, executor, List.of(gc));
        http.createContext("/", ops::handle);
        http.start();
        log.info("ops endpoints on {} ({}, {}, {})", ops.address().orElseThrow(), LIVE, READY, METRICS);
        return ops;
    }

    /** Registers (or replaces) the check of service {@code name}; its components are reported as {@code name.component}. */
    public OpsServer check(String name, HealthCheck check) {
        checks.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(check, "check"));
        return this;
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** {@code http://host:port}, or empty when the server is off. */
    public java.util.Optional<URI> address() {
        if (server == null) {
            return java.util.Optional.empty();
        }
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().isAnyLocalAddress() ? "127.0.0.1" : a.getAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return java.util.Optional.of(URI.create("http://" + host + ":" + a.getPort()));
    }

    /** The readiness report: every component not ready, by {@code service.component}. */
    public Map<String, String> notReady() {
        return collect(false);
    }

    /** The liveness report: every component broken for good. */
    public Map<String, String> broken() {
        return collect(true);
    }

    private Map<String, String> collect(boolean broken) {
        Map<String, String> out = new TreeMap<>();
        checks.forEach((name, check) -> {
            try {
                (broken ? check.broken() : check.notReady()).forEach((component, why) -> out.put(name + "." + component, why));
            } catch (RuntimeException e) {
                out.put(name + ".check", "health check failed: " + e);
            }
        });
        return out;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            String method = ex.getRequestMethod();
            if (!path.equals(LIVE) && !path.equals(READY) && !path.equals(METRICS)) {
                respond(ex, 404, "application/json", json(Map.of("error", "not found", "endpoints", List.of(LIVE, READY, METRICS))));
                return;
            }
            if (!method.equals("GET") && !method.equals("HEAD")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                respond(ex, 405, "application/json", json(Map.of("error", "method not allowed")));
                return;
            }
            switch (path) {
                case LIVE -> {
                    Map<String, String> broken = broken();
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("status", broken.isEmpty() ? "live" : "broken");
                    if (!broken.isEmpty()) {
                        body.put("broken", broken);
                    }
                    respond(ex, broken.isEmpty() ? 200 : 503, "application/json", json(body));
                }
                case READY -> {
                    Map<String, String> notReady = notReady();
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("status", notReady.isEmpty() ? "ready" : "not ready");
                    body.put("services", List.copyOf(checks.keySet()));
                    if (!notReady.isEmpty()) {
                        body.put("notReady", notReady);
                    }
                    respond(ex, notReady.isEmpty() && !checks.isEmpty() ? 200 : 503, "application/json", json(body));
                }
                default -> respond(ex, 200, PROMETHEUS_TEXT, registry.scrape().getBytes(StandardCharsets.UTF_8));
            }
        } catch (RuntimeException e) {
            log.warn("ops endpoint {} failed: {}", ex.getRequestURI(), e.toString());
        }
    }

    private static byte[] json(Object o) {
        try {
            return JSON.writeValueAsBytes(o);
        } catch (IOException e) {
            throw new IllegalStateException("maps of strings always serialise", e);
        }
    }

    private static void respond(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
        }
        for (AutoCloseable b : binders) {
            try {
                b.close();
            } catch (Exception e) {
                log.debug("closing a meter binder", e);
            }
        }
    }
}
