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

    /**
     * Shortest milliseconds between two refreshes while new articles wait to be announced on the live
     * stream: every refresh writes a small segment that merges rewrite later, so a longer gap costs less
     * CPU per article and announces a little later.
     */
    @WithDefault("100")
    long liveRefreshMillis();
}
