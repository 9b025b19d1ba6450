package org.newsalert.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a real HTTP server on loopback. */
class GuardedHttpTest {
    private HttpServer server;
    private URI base;
    private final GuardedHttp http = new GuardedHttp(GuardedHttp.Settings.defaults(AddressPolicy.allowing("loopback"))
            .withMaxBytes(64 * 1024).withTotalTimeout(Duration.ofSeconds(2)));

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ok", ex -> {
            byte[] b = "hello".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        server.createContext("/big", ex -> {
            ex.sendResponseHeaders(200, 0);
            try (OutputStream o = ex.getResponseBody()) {
                byte[] chunk = new byte[8192];
                for (int i = 0; i < 1000; i++) {
                    o.write(chunk);
                }
            } catch (Exception ignored) {
                // the client hung up, as it should
            }
        });
        server.createContext("/bomb", ex -> {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(raw)) {
                gz.write(new byte[1 << 20]);
            }
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
            ex.sendResponseHeaders(200, raw.size());
            ex.getResponseBody().write(raw.toByteArray());
            ex.close();
        });
        server.createContext("/trickle", ex -> {
            ex.sendResponseHeaders(200, 0);
            try (OutputStream o = ex.getResponseBody()) {
                for (int i = 0; i < 30; i++) {
                    o.write('x');
                    o.flush();
                    Thread.sleep(300);
                }
            } catch (Exception ignored) {
                // the client hung up, as it should
            }
        });
        server.createContext("/to-metadata", ex -> {
            ex.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        server.createContext("/hop", ex -> {
            ex.getResponseHeaders().add("Location", "/ok");
            ex.sendResponseHeaders(301, -1);
            ex.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void shouldFetchAndFollowARedirect() throws Exception {
        var r = http.get(base.resolve("/hop"), Map.of());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.uri()).isEqualTo(base.resolve("/ok"));
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("hello");
    }

    @Test
    void shouldRefuseLoopbackWithoutTheAllowList() {
        GuardedHttp strict = new GuardedHttp(GuardedHttp.Settings.defaults(AddressPolicy.strict()));
        assertThatThrownBy(() -> strict.get(base.resolve("/ok"), Map.of()))
                .isInstanceOf(BlockedAddressException.class)
                .hasMessageContaining("127.0.0.1");
    }

    @Test
    void shouldRefuseARedirectToTheMetadataAddress() {
        assertThatThrownBy(() -> http.get(base.resolve("/to-metadata"), Map.of()))
                .isInstanceOf(BlockedAddressException.class)
                .hasMessageContaining("169.254.169.254");
    }

    @Test
    void shouldStopReadingPastTheSizeCap() {
        assertThatThrownBy(() -> http.get(base.resolve("/big"), Map.of()))
                .isInstanceOf(OutboundException.class)
                .hasMessageContaining("byte cap");
    }

    @Test
    void shouldStopDecompressingPastTheSizeCap() {
        assertThatThrownBy(() -> http.get(base.resolve("/bomb"), Map.of()))
                .isInstanceOf(OutboundException.class)
                .hasMessageContaining("once decompressed");
    }

    @Test
    void shouldGiveUpOnAServerThatTrickles() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> http.get(base.resolve("/trickle"), Map.of()))
                .isInstanceOf(OutboundException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
    }

    @Test
    void shouldRefuseNonHttpSchemes() {
        assertThatThrownBy(() -> http.get(URI.create("file:///etc/passwd"), Map.of()))
                .isInstanceOf(OutboundException.class)
                .hasMessageContaining("unsupported URL scheme 'file'");
    }
}
