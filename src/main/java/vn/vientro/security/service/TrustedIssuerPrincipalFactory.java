package vn.vientro.security.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.jwt.auth.principal.*;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import vn.vientro.security.AuthSettings;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Accepts tokens from our own issuer and, when configured, from one external issuer (e.g. a province's
 * Keycloak). Each issuer is tied to its own key: a token naming our issuer but signed with the external
 * key, or naming any other issuer, is refused. Signature, expiry and algorithm are checked by SmallRye.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class TrustedIssuerPrincipalFactory extends JWTCallerPrincipalFactory {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> keyByIssuer = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> audienceByIssuer = new ConcurrentHashMap<>();
    // One parser per issuer: a parser caches the key resolver of the first context it sees.
    private final Map<String, DefaultJWTTokenParser> parsers = new ConcurrentHashMap<>();

    public TrustedIssuerPrincipalFactory(AuthSettings settings) {
        keyByIssuer.put(settings.issuer(), settings.publicKeyLocation());
        settings.external().ifPresent(external -> {
            keyByIssuer.put(external.issuer(), external.keyLocation());
            // a realm issues tokens for many clients: accept only those meant for this service
            external.audience().ifPresent(audience -> audienceByIssuer.put(external.issuer(), Set.of(audience)));
        });
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo defaults) throws ParseException {
        String issuer = unverifiedIssuer(token);
        String keyLocation = keyByIssuer.get(issuer);
        if (keyLocation == null) {
            throw new ParseException("Untrusted token issuer");
        }
        JWTAuthContextInfo context = new JWTAuthContextInfo(defaults);
        context.setIssuedBy(issuer);
        context.setPublicKeyLocation(keyLocation);
        context.setPublicKeyContent(null);
        if (audienceByIssuer.containsKey(issuer)) {
            context.setExpectedAudience(audienceByIssuer.get(issuer));
        }
        var jwt = parsers.computeIfAbsent(issuer, i -> new DefaultJWTTokenParser()).parse(token, context);
        String type = jwt.getJoseObjects().get(0).getHeaders().getStringHeaderValue("typ");
        return new DefaultJWTCallerPrincipal(token, type, jwt.getJwtClaims());
    }

    /** Only picks which key to verify with; the issuer is verified again against that key by the parser. */
    private static String unverifiedIssuer(String token) throws ParseException {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            throw new ParseException("Malformed token");
        }
        try {
            JsonNode payload = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            return payload.path("iss").asText("");
        } catch (Exception e) {
            throw new ParseException("Malformed token", e);
        }
    }
}
