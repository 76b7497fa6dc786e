package vn.vientro.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.Duration;
import java.util.Date;

/**
 * The application's clock in tests: the system clock until a test fixes it. Fixing it also fixes the engine's
 * clock ({@link ClockUtil}), so task creation times, timers and our own timestamps agree. Tests that fix the
 * clock call {@link #reset()} afterwards.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    public static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The close of office hours ({@code vientro.calendar.closing-time}), when a deadline falls due on its day. */
    public static final LocalTime CLOSING_TIME = LocalTime.of(17, 0);

    /** The instant a deadline falling on {@code day} is due: the close of that day in the province. */
    public static Instant closeOf(LocalDate day) {
        return day.atTime(CLOSING_TIME).atZone(PROVINCE).toInstant();
    }

    private volatile Instant fixed;

    /** Stops the clock at {@code at}, province time. */
    public void set(LocalDateTime at) {
        set(at.atZone(PROVINCE).toInstant());
    }

    public void set(Instant at) {
        fixed = at;
        ClockUtil.setCurrentTime(Date.from(at));
    }

    /** Moves a fixed clock on. */
    public void advance(Duration by) {
        if (fixed == null) {
            throw new IllegalStateException("fix the clock before advancing it");
        }
        set(fixed.plus(by));
    }

    /** Back to the system clock, for the application and the engine. */
    public void reset() {
        fixed = null;
        ClockUtil.reset();
    }

    @Override
    public ZoneId getZone() {
        return PROVINCE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at != null ? at : Instant.now();
    }
}
