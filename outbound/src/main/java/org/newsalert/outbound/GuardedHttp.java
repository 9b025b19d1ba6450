package org.newsalert.outbound;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

/**
 * The only way newsalert talks to the outside world over HTTP. Every hop is checked against the
 * {@link AddressPolicy} before connecting (redirects are followed by hand, never by the client),
 * bodies are capped while they stream (compressed and decompressed), and a whole exchange has one
 * deadline, so a server that trickles a byte a second cannot hold a worker.
 *
 * <p>The address check resolves the host just before the request; the JVM's DNS cache then hands
 * the client the same answer, which narrows DNS rebinding to the cache's expiry (JDK 17 has no
 * resolver hook to check at connect time itself).
 */
public final class GuardedHttp {
    /** How requests are bounded. */
    public record Settings(
            AddressPolicy policy, Duration connectTimeout, Duration totalTimeout, long maxBytes, int maxRedirects, String userAgent) {
        public Settings {
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(connectTimeout, "connectTimeout");
            Objects.requireNonNull(totalTimeout, "totalTimeout");
            Objects.requireNonNull(userAgent, "userAgent");
            if (maxBytes < 1) {
                throw new IllegalArgumentException("maxBytes must be positive");
            }
        }

        public static Settings defaults(AddressPolicy policy) {
            return new Settings(policy, Duration.ofSeconds(10), Duration.ofSeconds(30), 10L << 20, 5,
                    "newsalert/0.1 (+https://github.com/newsalert/newsalert)");
        }

        public Settings withTotalTimeout(Duration d) {
            return new Settings(policy, connectTimeout, d, maxBytes, maxRedirects, userAgent);
        }

        public Settings withMaxBytes(long n) {
            return new Settings(policy, connectTimeout, totalTimeout, n, maxRedirects, userAgent);
        }
    }

    /** A response whose body has been read in full (and un-gzipped). */
    public record Response(URI uri, int status, Map<String, List<String>> headers, byte[] body) {
        public Optional<String> header(String name) {
            for (var e : headers.entrySet()) {
                if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                    return Optional.of(e.getValue().get(0));
                }
            }
            return Optional.empty();
        }

        public boolean isSuccess() {
            return status >= 200 && status < 300;
        }
    }

    private final Settings settings;
    private final HttpClient client;

    public GuardedHttp(Settings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY)
                .build();
    }

    public Settings settings() {
        return settings;
    }

    /** GET with redirects followed (each hop re-checked); non-2xx answers are returned, not thrown. */
    public Response get(URI uri, Map<String, String> headers) throws OutboundException {
        URI current = uri;
        for (int hop = 0; ; hop++) {
            HttpRequest.Builder b = request(current, headers).GET().header("Accept-Encoding", "gzip");
            Response r = exchange(current, b.build(), settings.totalTimeout());
            if (r.status() >= 300 && r.status() < 400 && r.status() != 304 && r.header("Location").isPresent()) {
                if (hop >= settings.maxRedirects()) {
                    throw new OutboundException("too many redirects (" + settings.maxRedirects() + ") fetching " + uri);
                }
                current = current.resolve(r.header("Location").get().trim());
                continue;
            }
            return r;
        }
    }

    /** POST without following redirects: a webhook that redirects has failed. */
    public Response post(URI uri, Map<String, String> headers, byte[] body, Duration timeout) throws OutboundException {
        HttpRequest req = request(uri, headers).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return exchange(uri, req, timeout);
    }

    private HttpRequest.Builder request(URI uri, Map<String, String> headers) throws OutboundException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new OutboundException("unsupported URL scheme '" + scheme + "' in " + uri);
        }
        if (uri.getHost() == null) {
            throw new OutboundException("URL has no host: " + uri);
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(settings.totalTimeout()).header("User-Agent", settings.userAgent());
        headers.forEach((k, v) -> {
            if (v.indexOf('\r') >= 0 || v.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("header " + k + " carries CR/LF");
            }
            b.header(k, v);
        });
        return b;
    }

    private Response exchange(URI uri, HttpRequest req, Duration timeout) throws OutboundException {
        try {
            settings.policy().resolve(uri.getHost());
        } catch (UnknownHostException e) {
            throw new OutboundException("unknown host " + uri.getHost() + " in " + uri, e);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        CompletableFuture<HttpResponse<byte[]>> f =
                client.sendAsync(req, info -> new CappedBody(settings.maxBytes(), deadline, uri));
        try {
            HttpResponse<byte[]> r = f.get(timeout.toMillis() + 250, TimeUnit.MILLISECONDS);
            byte[] body = r.body();
            String enc = r.headers().firstValue("Content-Encoding").orElse("").trim().toLowerCase(Locale.ROOT);
            if (enc.equals("gzip") || enc.equals("x-gzip")) {
                body = gunzip(body, uri);
            }
            return new Response(uri, r.statusCode(), r.headers().map(), body);
        } catch (java.util.concurrent.TimeoutException e) {
            f.cancel(true);
            throw new TimeoutException("timed out after " + timeout.toSeconds() + " s fetching " + uri, e);
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new OutboundException("interrupted fetching " + uri, e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof OutboundException oe) {
                throw oe;
            }
            if (c instanceof IOException && c.getCause() instanceof OutboundException oe) {
                throw oe;
            }
            if (c instanceof HttpTimeoutException) {
                throw new TimeoutException("timed out after " + timeout.toSeconds() + " s fetching " + uri, c);
            }
            if (c instanceof ConnectException) {
                throw new OutboundException("connection refused by " + uri.getHost() + " fetching " + uri, c);
            }
            throw new OutboundException("request to " + uri + " failed: " + c, c);
        }
    }

    private byte[] gunzip(byte[] body, URI uri) throws OutboundException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(body.length * 4, 1 << 20));
            byte[] buf = new byte[16384];
            long total = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if (total > settings.maxBytes()) {
                    throw new OutboundException("response from " + uri + " exceeds " + settings.maxBytes() + " bytes once decompressed");
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new OutboundException("corrupt gzip body from " + uri + ": " + e.getMessage(), e);
        }
    }

    /** Accumulates the body, cancelling the exchange past the size cap or the deadline. */
    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final long max;
        private final long deadline;
        private final URI uri;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        CappedBody(long max, long deadline, URI uri) {
            this.max = max;
            this.deadline = deadline;
            this.uri = uri;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            for (ByteBuffer b : items) {
                if (out.size() + (long) b.remaining() > max) {
                    fail(new OutboundException("response from " + uri + " exceeds the " + max + " byte cap"));
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                out.write(chunk, 0, chunk.length);
            }
            if (System.nanoTime() > deadline) {
                fail(new TimeoutException("body of " + uri + " still arriving at the deadline (server too slow)", null));
            }
        }

        private void fail(OutboundException e) {
            subscription.cancel();
            result.completeExceptionally(e);
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }
    }
}
