package org.newsalert.ops;

import org.newsalert.events.config.ConfigException;
import org.newsalert.events.config.ConfigSource;

/**
 * Where the ops endpoints listen. One port per process; each command has its own default so the
 * three services can run side by side on one host.
 *
 * @param host address to bind ({@code NEWSALERT_OPS_HOST})
 * @param port port to bind, {@code 0} for any free one, {@code -1} for no ops server ({@code NEWSALERT_OPS_PORT})
 */
public record OpsConfig(String host, int port) {
    public static final int INGEST_PORT = 9401;
    public static final int ENRICH_PORT = 9402;
    public static final int NOTIFY_PORT = 9403;
    public static final int RUN_PORT = 9400;

    public OpsConfig {
        if (port < -1 || port > 65535) {
            throw new ConfigException("NEWSALERT_OPS_PORT must be a port (0 = any free port, -1 = off), was " + port);
        }
    }

    public static OpsConfig from(ConfigSource c, String defaultHost, int defaultPort) {
        return new OpsConfig(c.string("ops.host", defaultHost), c.integer("ops.port", defaultPort));
    }

    public boolean enabled() {
        return port >= 0;
    }
}
