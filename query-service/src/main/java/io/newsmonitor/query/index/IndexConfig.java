package io.newsmonitor.query.index;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the query index. */
@ConfigMapping(prefix = "query.index")
public interface IndexConfig {

    /**
     * Milliseconds a write may stay invisible to searches when nobody waits for it; the live stream
     * waits for each new article before it announces it.
     */
    @WithDefault("100")
    long refreshMillis();
}
