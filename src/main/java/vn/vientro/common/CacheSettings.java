package vn.vientro.common;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/** How the caches a node keeps stay in step with the other nodes ({@code vientro.cache.*}). */
@ConfigMapping(prefix = "vientro.cache")
public interface CacheSettings {

    /**
     * How long a node trusts the cache versions it last read before reading them again: a change committed on
     * another node is used here at most this long after it committed.
     */
    Duration checkInterval();
}
