package vn.vientro.workflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import vn.vientro.reference.service.FixedHolidayCalendar;
import vn.vientro.reference.service.PeriodUnit;
import vn.vientro.reference.service.WorkingDayCalendar;
import vn.vientro.support.TestClock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An engine for the BPMN alone, as Camunda's invoice example tests its process: in memory (H2), no Quarkus, no
 * database of ours, timers run on demand. Listeners are given by each test (stand-ins that record what they were
 * called for, or the real ones where they need no database). The deadline functions are the production working-day
 * calendar's, reading the holidays from {@link #HOLIDAYS} and the time from {@link #CLOCK}, which fixes the engine's
 * clock too: a test fixes it and works its due dates out by hand. Deploys the models from {@code bpmn/} as the
 * service does.
 */
public final class ProcessTestEngine {

    /**
     * The holidays these tests know: Vietnam's National Day in 2031, Monday 1 and Tuesday 2 September, which with
     * the weekend before them make four days without work after Friday 29 August.
     */
    public static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2031, 9, 1), LocalDate.of(2031, 9, 2));

    /** The time for the engine, the calendar and the listeners; tests that fix it reset it afterwards. */
    public static final TestClock CLOCK = new TestClock();

    public static final WorkingDayCalendar CALENDAR = new FixedHolidayCalendar(CLOCK, TestClock.CLOSING_TIME, HOLIDAYS);

    private ProcessTestEngine() {
    }

    /** Builds an engine whose expressions resolve {@code beans} by name, and deploys {@code resources}. */
    public static ProcessEngine start(Map<String, Object> beans, String... resources) {
        var configuration = (ProcessEngineConfigurationImpl) new StandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .setProcessEngineName("bpmn-test-" + UUID.randomUUID())
                .setHistory(ProcessEngineConfigurationImpl.HISTORY_FULL)
                .setJobExecutorActivate(false);
        configuration.setBeans(new HashMap<>(beans));
        ProcessEngine engine = configuration.buildProcessEngine();
        var expressions = configuration.getExpressionManager();
        try {
            expressions.addFunction("dueIn", ProcessTestEngine.class.getMethod("dueIn", long.class));
            expressions.addFunction("dueAfter", ProcessTestEngine.class.getMethod("dueAfter", Date.class, long.class));
            expressions.addFunction("dueInUnit", ProcessTestEngine.class.getMethod("dueInUnit", long.class, String.class));
            expressions.addFunction("dueAfterInUnit", ProcessTestEngine.class.getMethod("dueAfterInUnit", Date.class, long.class, String.class));
            expressions.addFunction("dueBefore", ProcessTestEngine.class.getMethod("dueBefore", Date.class, long.class));
            expressions.addFunction("dueOn", ProcessTestEngine.class.getMethod("dueOn", long.class, String.class));
            expressions.addFunction("listItem", ProcessFunctions.class.getMethod("listItem", String.class, long.class));
            expressions.addFunction("watchDate", ProcessTestEngine.class.getMethod("watchDate", String.class, long.class, String.class));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
        var deployment = engine.getRepositoryService().createDeployment().name("bpmn-test");
        for (String resource : resources) {
            deployment.addClasspathResource(resource);
        }
        deployment.deploy();
        return engine;
    }

    /** As {@link ProcessFunctions#watchDate}, in the province's zone. */
    public static Date watchDate(String from, long months, String keepUntil) {
        return ProcessFunctions.watchDate(from, months, keepUntil, java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    /** As {@link ProcessFunctions#dueIn}, by {@link #CALENDAR}. */
    public static Date dueIn(long days) {
        return Date.from(CALENDAR.dueIn(days));
    }

    /** As {@link ProcessFunctions#dueAfter}, by {@link #CALENDAR}. */
    public static Date dueAfter(Date from, long days) {
        return from == null ? dueIn(days) : Date.from(CALENDAR.dueAfter(from.toInstant(), days));
    }

    /** As {@link ProcessFunctions#dueInUnit}, by {@link #CALENDAR}. */
    public static Date dueInUnit(long days, String unit) {
        return dueAfterInUnit(null, days, unit);
    }

    /** As {@link ProcessFunctions#dueAfterInUnit}, by {@link #CALENDAR}. */
    public static Date dueAfterInUnit(Date from, long days, String unit) {
        return Date.from(CALENDAR.dueAfter(from == null ? CALENDAR.now() : from.toInstant(), days, PeriodUnit.of(unit)));
    }

    /** As {@link ProcessFunctions#dueBefore}, by {@link #CALENDAR}. */
    public static Date dueBefore(Date due, long days) {
        return Date.from(CALENDAR.dueBefore(due.toInstant(), days));
    }

    /** As {@link ProcessFunctions#dueOn}, by {@link #CALENDAR}. */
    public static Date dueOn(long year, String monthDay) {
        return ProcessFunctions.dueOn(CALENDAR, year, monthDay);
    }

    /**
     * A listener that remembers, in order, the element each call was for (the activity or sequence flow id, or
     * {@code taskKey:event} on a task) and the {@code status} each such element declares.
     */
    public static class Recorder implements ExecutionListener, TaskListener {
        private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
        private final List<String> statuses = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void notify(DelegateExecution execution) {
            // on a sequence flow's "take" the element is the flow
            record(EVENTNAME_TAKE.equals(execution.getEventName()) ? execution.getCurrentTransitionId()
                    : execution.getCurrentActivityId(), execution.getBpmnModelElementInstance());
        }

        @Override
        public void notify(DelegateTask task) {
            record(task.getTaskDefinitionKey() + ":" + task.getEventName(), task.getBpmnModelElementInstance());
        }

        private void record(String call, BaseElement element) {
            calls.add(call);
            String status = StepDefinitions.properties(element).get("status");
            if (status != null) {
                statuses.add(status);
            }
        }

        public List<String> calls() {
            return List.copyOf(calls);
        }

        public List<String> statuses() {
            return List.copyOf(statuses);
        }

        public void clear() {
            calls.clear();
            statuses.clear();
        }
    }
}
