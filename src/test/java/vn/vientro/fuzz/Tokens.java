package vn.vientro.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.*;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.*;

/**
 * The tokens the fuzzer sends: one per demo user (one per role), and tokens no service may accept: expired,
 * signed by another key, tampered, unsigned, or not a token at all.
 */
final class Tokens {

    /** The demo users, one per role, password demo123 (README "Demo users"). */
    static final Map<String, String> USER_BY_ROLE = new LinkedHashMap<>();

    static {
        USER_BY_ROLE.put("officer", "canbo.snv");
        USER_BY_ROLE.put("appraiser", "thamdinh.stc");
        USER_BY_ROLE.put("consultee", "ykien.ca");
        USER_BY_ROLE.put("approver", "pheduyet.ubnd");
        USER_BY_ROLE.put("leadership", "lanhdao");
        USER_BY_ROLE.put("admin", "admin");
        USER_BY_ROLE.put("aid-owner", "chuvt.bvdk");
    }

    static final String PASSWORD = "demo123";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final Map<String, String> byRole;
    /** Authorization header values that must all be refused with 401. */
    final List<String> refused;

    Tokens(Map<String, String> byRole) {
        // in the given order: Map.copyOf's order changes from one JVM to the next, and with it the requests of a seed
        this.byRole = Collections.unmodifiableMap(new LinkedHashMap<>(byRole));
        String real = byRole.get("officer");
        JsonNode header = part(real, 0);
        ObjectNode claims = (ObjectNode) part(real, 1);
        long now = System.currentTimeMillis() / 1000;
        ObjectNode expired = claims.deepCopy().put("iat", now - 7200).put("exp", now - 3600);
        ObjectNode promoted = claims.deepCopy();
        promoted.putArray("groups").add("admin");
        String[] pieces = real.split("\\.");
        KeyPair foreign = foreignKey();
        refused = List.of("Bearer " + sign(header, expired, devKey().orElse(foreign.getPrivate())),
                "Bearer " + sign(header, claims, foreign.getPrivate()),
                "Bearer " + pieces[0] + "." + encode(promoted) + "." + pieces[2],
                "Bearer " + encode(JSON.createObjectNode().put("alg", "none").put("typ", "JWT")) + "." + encode(promoted) + ".",
                "Bearer garbage", "Bearer ", "Bearer a.b.c", "Bearer " + "A".repeat(9000),
                "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)),
                "Token " + real, real, "Bearer " + real + "x", "Bearer " + real.substring(0, real.length() - 5));
    }

    String of(String role) {
        return byRole.get(role);
    }

    Set<String> roles() {
        return byRole.keySet();
    }

    private static JsonNode part(String token, int index) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[index]));
        } catch (Exception e) {
            throw new IllegalStateException("the service's token is not a JWT", e);
        }
    }

    private static String encode(JsonNode node) {
        return B64.encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String sign(JsonNode header, JsonNode claims, PrivateKey key) {
        try {
            String content = encode(header) + "." + encode(claims);
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(content.getBytes(StandardCharsets.US_ASCII));
            return content + "." + B64.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair foreignKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The development signing key when it is on the class path (the test profile signs with it), so the expired
     * token there is refused for its expiry alone; against a service with its own keys it is one more foreign key.
     */
    private static Optional<PrivateKey> devKey() {
        try (InputStream in = Tokens.class.getClassLoader().getResourceAsStream("keys/dev-only-private.pem")) {
            if (in == null) {
                return Optional.empty();
            }
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return Optional.of(KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem))));
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
