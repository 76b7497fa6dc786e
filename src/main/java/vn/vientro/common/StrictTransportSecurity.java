package vn.vientro.common;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Adds {@code Strict-Transport-Security} with the configured policy ({@code vientro.http.strict-transport-security},
 * production default {@code max-age=31536000; includeSubDomains}) to every response, so browsers keep to HTTPS.
 * Unset (dev, test) or {@code off}: no header. It is sent whatever the scheme the application itself sees, since a
 * proxy in front usually ends TLS; browsers ignore it on plain HTTP.
 */
@ApplicationScoped
public class StrictTransportSecurity {

    @ConfigProperty(name = "vientro.http.strict-transport-security")
    Optional<String> policy;

    void register(@Observes Filters filters) {
        policy.map(String::strip).filter(p -> !p.isEmpty() && !p.equalsIgnoreCase("off")).ifPresent(value ->
                filters.register(context -> {
                    context.response().putHeader("Strict-Transport-Security", value);
                    context.next();
                }, 100));
    }
}
