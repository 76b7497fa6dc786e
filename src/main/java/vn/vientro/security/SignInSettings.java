package vn.vientro.security;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/**
 * How repeated failed sign-ins are slowed ({@code vientro.sign-in.*}; README, "Sign-in attempts"). Each limit
 * counts failures within {@link #window()}; from the limit on, every further attempt waits, the wait doubling from
 * {@link #firstDelay()} up to {@link #maxDelay()}: slowed, never locked for good.
 */
@ConfigMapping(prefix = "vientro.sign-in")
public interface SignInSettings {

    /** A count is forgotten after this long without a new failure. */
    Duration window();

    /** Failures for one account from one client address before its attempts from there wait. */
    int accountFailures();

    /** Failures from one client address, whatever the usernames, before every attempt from it waits. */
    int addressFailures();

    /** Failures for one account from all addresses together (an attack from many addresses) before it waits everywhere. */
    int accountFailuresAllAddresses();

    /** The first wait once a limit is reached; each further failure doubles it. */
    Duration firstDelay();

    /** The longest wait, whatever the failures. */
    Duration maxDelay();

    /**
     * Reverse proxies in front of the service that append the address they saw to X-Forwarded-For. 0: the TCP
     * peer is the client and X-Forwarded-For is ignored (anyone can write it); n: the n-th address from the right.
     */
    int trustedProxies();
}
