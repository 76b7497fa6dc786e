package vn.vientro.common.domain;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

/** Questions about an exception's cause chain, which frameworks wrap several times over. */
public final class Causes {

    private Causes() {
    }

    /** Whether the exception or any of its causes passes the test; a chain that loops back is walked once. */
    public static boolean any(Throwable e, Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = e; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (test.test(cause)) {
                return true;
            }
        }
        return false;
    }

    /** What the innermost cause says: usually the database's or the network's own words, which wrappers hide. */
    public static String rootMessage(Throwable e) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Throwable root = e;
        while (root.getCause() != null && seen.add(root)) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getName();
    }
}
