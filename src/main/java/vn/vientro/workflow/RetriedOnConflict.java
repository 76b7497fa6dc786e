package vn.vientro.workflow;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A transactional service method that is run again, from the start and in a new transaction, when it loses a
 * race the person did not take part in: the engine's optimistic lock on a shared execution (two agencies answering
 * the parallel consultation at once, a timer firing on the task being completed) or a database deadlock. Only for
 * methods whose whole effect is their own transaction; see {@link ConflictRetry}.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface RetriedOnConflict {
}
