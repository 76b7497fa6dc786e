package vn.vientro.common.domain;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The ISO 4217 currencies aid may be denominated and paid in ({@code vientro.currencies}), checked in one place. */
@ApplicationScoped
public class Currencies {

    @ConfigProperty(name = "vientro.currencies")
    Set<String> accepted;

    public boolean accepts(String code) {
        return accepted.contains(code);
    }

    /** In alphabetical order, for forms and messages. */
    public List<String> all() {
        return List.copyOf(new TreeSet<>(accepted));
    }

    /** Refuses an unknown currency, naming the field and the accepted codes. */
    public void require(String field, String code) {
        if (!accepts(code)) {
            throw DomainException.invalid(field, ProblemCode.UNKNOWN_CURRENCY, "unknown currency " + code + "; accepted: " + all(),
                    code, all());
        }
    }
}
