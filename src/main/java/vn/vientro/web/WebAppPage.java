package vn.vientro.web;

import io.mvnpm.importmap.Aggregator;
import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one HTML page of the web application, with the import map of the mvnpm libraries on the classpath
 * written inline. Browsers ignore an external import map, and an inline script is allowed under our
 * Content-Security-Policy only by its hash, so the page and its policy are produced together here.
 */
@ApplicationScoped
public class WebAppPage {

    static final String TEMPLATE = "page/index.html";
    private static final String PLACEHOLDER = "<!--importmap-->";
    private static final String PRELOAD_PLACEHOLDER = "<!--modulepreload-->";
    /** Every page needs Lit: its modules are fetched with the page instead of after the first import. */
    private static final List<String> PRELOADED = List.of("lit", "lit-html", "lit-element", "@lit/reactive-element");

    /** The page and the policy that allows exactly its inline import map. */
    public record Rendered(String html, String contentSecurityPolicy) {
    }

    private volatile Rendered cached;

    public Rendered render() {
        // Dev mode re-reads the template so edits show on reload; elsewhere the page never changes.
        if (cached == null || LaunchMode.current() == LaunchMode.DEVELOPMENT) {
            cached = build();
        }
        return cached;
    }

    private static Rendered build() {
        Aggregator aggregator = new Aggregator();
        Map<String, String> imports = aggregator.aggregate(true).getImports();
        String map = aggregator.aggregateAsJson(true);
        String script = "<script type=\"importmap\">" + map + "</script>";
        String preloads = PRELOADED.stream().filter(imports::containsKey)
                .map(name -> "<link rel=\"modulepreload\" href=\"" + imports.get(name) + "\">")
                .collect(Collectors.joining("\n  "));
        String html = template().replace(PLACEHOLDER, script).replace(PRELOAD_PLACEHOLDER, preloads);
        return new Rendered(html, policy("'sha256-" + sha256(map) + "'"));
    }

    static String policy(String importMapHash) {
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self' " + importMapHash,
                "style-src 'self'",
                // bpmn-js positions the diagram with style attributes; attributes cannot run script
                "style-src-attr 'unsafe-inline'",
                "img-src 'self' data:",
                "font-src 'self' data:",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'");
    }

    private static String template() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException(TEMPLATE + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
