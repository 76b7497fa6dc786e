package vn.vientro.security.service;

import vn.vientro.common.domain.DomainException;
import vn.vientro.common.domain.ProblemCode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a password set through the API must be: at least {@value #MIN_LENGTH} characters (a passphrase of a few
 * words counts, spaces and Vietnamese letters included), not only spaces, not containing the username and not on
 * the list of common passwords ({@code security/common-passwords.txt}). Accounts seeded as demo data are not
 * created through the API and keep their documented password.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;

    /** Why a password of the wrong length is refused (bean validation says it from ValidationMessages.properties). */
    static final String LENGTH = "must be at least 12 characters (and at most 200); a passphrase of a few words is easier to remember";

    private static final Set<String> COMMON = load("security/common-passwords.txt");

    private PasswordPolicy() {
    }

    /** Refuses {@code password} for account {@code username}, naming {@code field} (e.g. {@code newPassword}). */
    public static void check(String field, String username, String password) {
        if (password.isBlank()) {
            throw DomainException.invalid(field, ProblemCode.PASSWORD_BLANK, "must not be blank (only spaces)");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw DomainException.invalid(field, ProblemCode.PASSWORD_LENGTH, LENGTH, MIN_LENGTH, MAX_LENGTH);
        }
        String folded = password.strip().toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && folded.contains(username.toLowerCase(Locale.ROOT))) {
            throw DomainException.invalid(field, ProblemCode.PASSWORD_HAS_USERNAME, "must not contain the username");
        }
        if (COMMON.contains(folded)) {
            throw DomainException.invalid(field, ProblemCode.PASSWORD_COMMON, "is a common password; choose another");
        }
    }

    private static Set<String> load(String resource) {
        try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
