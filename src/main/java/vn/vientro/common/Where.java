package vn.vientro.common;

import jakarta.persistence.Query;

import java.util.HashMap;
import java.util.Map;

/**
 * A JPQL {@code where} clause built from optional filters, with the parameters it uses, bound to every query that
 * shares it (a page and its count).
 */
public final class Where {

    private final StringBuilder clause;
    private final Map<String, Object> params = new HashMap<>();

    /** Starts with a condition that always applies, e.g. who may see the rows. */
    public Where(String condition) {
        clause = new StringBuilder(" where (").append(condition).append(")");
    }

    /** Adds a condition that uses no parameter (or only parameters already put in {@link #params()}). */
    public Where and(String condition) {
        clause.append(" and (").append(condition).append(")");
        return this;
    }

    /** Adds a condition with its one parameter, unless the value is null (the filter is not used). */
    public Where and(String condition, String name, Object value) {
        if (value != null) {
            params.put(name, value);
            and(condition);
        }
        return this;
    }

    /** The parameters, for conditions that bind their own (e.g. {@link VietnameseText#searchCondition}). */
    public Map<String, Object> params() {
        return params;
    }

    public <Q extends Query> Q bind(Q query) {
        params.forEach(query::setParameter);
        return query;
    }

    @Override
    public String toString() {
        return clause.toString();
    }
}
