package vn.vientro.security.rest;

import java.util.ArrayList;
import java.util.List;

/**
 * The client's address for counting sign-in failures: the TCP peer, or, behind {@code trustedProxies} reverse
 * proxies that each append the address they saw to X-Forwarded-For, the address the outermost of them saw
 * (the n-th from the right). Entries further left were written by the client and could be anything.
 */
final class ClientAddress {

    /** Longer than any IPv6 text: a longer entry is not an address. */
    private static final int MAX_LENGTH = 64;

    private ClientAddress() {
    }

    static String of(String peer, List<String> forwardedFor, int trustedProxies) {
        if (trustedProxies <= 0 || forwardedFor == null) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        if (hops.isEmpty()) {
            return peer;
        }
        String client = hops.get(Math.max(0, hops.size() - trustedProxies));
        return client.length() <= MAX_LENGTH ? client : client.substring(0, MAX_LENGTH);
    }
}
