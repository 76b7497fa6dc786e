package vn.vientro.security.rest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTest {

    @Test
    void withoutATrustedProxyTheHeaderIsIgnored() {
        assertThat(ClientAddress.of("203.0.113.9", List.of("1.2.3.4"), 0)).isEqualTo("203.0.113.9");
    }

    @Test
    void behindProxiesTheAddressTheOutermostSawCounts() {
        // The client wrote 1.2.3.4 itself; the one proxy appended the address it saw.
        assertThat(ClientAddress.of("10.0.0.2", List.of("1.2.3.4, 198.51.100.7"), 1)).isEqualTo("198.51.100.7");
        assertThat(ClientAddress.of("10.0.0.2", List.of("1.2.3.4, 198.51.100.7", "10.0.0.1"), 2)).isEqualTo("198.51.100.7");
        assertThat(ClientAddress.of("10.0.0.2", List.of("198.51.100.7"), 3)).isEqualTo("198.51.100.7");
    }

    @Test
    void noHeaderBehindAProxyIsThePeer() {
        assertThat(ClientAddress.of("10.0.0.2", List.of(), 1)).isEqualTo("10.0.0.2");
        assertThat(ClientAddress.of("10.0.0.2", List.of(" , "), 1)).isEqualTo("10.0.0.2");
    }

    @Test
    void aLongEntryIsCut() {
        assertThat(ClientAddress.of("10.0.0.2", List.of("x".repeat(500)), 1)).hasSize(64);
    }
}
