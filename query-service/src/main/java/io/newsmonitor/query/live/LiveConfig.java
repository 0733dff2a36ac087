package io.newsmonitor.query.live;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the live stream {@code GET /api/stream}. */
@ConfigMapping(prefix = "query.live")
public interface LiveConfig {

    /** Seconds between heartbeat events, so that proxies and browsers keep an idle stream open. */
    @WithDefault("15")
    int heartbeatSeconds();

    /**
     * Articles held for one stream client that reads too slowly. When they overflow, that client's
     * stream ends; the browser reconnects and reloads the list, so nothing is silently lost.
     */
    @WithDefault("256")
    int clientBufferSize();
}
