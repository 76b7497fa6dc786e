package vn.vientro.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** The token settings ({@code vientro.auth.*}), read and checked once at start-up. */
@ConfigMapping(prefix = "vientro.auth")
public interface AuthSettings {

    /** The {@code iss} of the tokens this service signs (and the only one it accepts besides the external issuer). */
    String issuer();

    /** The {@code kid} header of the tokens it signs. */
    String keyId();

    Duration tokenLifetime();

    /** The public key that verifies our own tokens (PEM). */
    String publicKeyLocation();

    /** How long a token's account (active, roles, agency) may be taken from memory before it is read again. */
    @WithDefault("PT5S")
    Duration accountCheckCache();

    /** An external issuer (e.g. the province's Keycloak) whose tokens are also accepted. */
    Optional<External> external();

    interface External {
        String issuer();

        /** Its public key: a PEM file, a JWKS file or a JWKS URL. */
        String keyLocation();

        /** The audience (client id) its tokens must carry; strongly advised, as a realm serves many clients. */
        Optional<String> audience();
    }
}
