package vn.vientro.proposal.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import vn.vientro.reference.service.PeriodUnit;
import vn.vientro.reference.service.WorkingDayCalendar;

import java.time.Clock;
import java.util.Date;
import vn.vientro.workflow.ProcessVariables;

/**
 * The dossier clocks. When a check ends it adds the time spent (working days or days, as {@code checkUnit} says) to {@code checkDaysUsed}, so a
 * dossier that comes back from the officer continues its check deadline instead of restarting it (the
 * clock stops while the dossier is away). When the dossier is found complete it stamps
 * {@code dossierCompletedAt}, from which the appraisal deadline counts.
 */
@ApplicationScoped
@Named("dossierClock")
public class DossierClockListener implements TaskListener, ExecutionListener {

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    /** Task complete: bank the time this check took, in the unit its time limit counts (working days or days). */
    @Override
    public void notify(DelegateTask task) {
        long spent = calendar.daysUsed(task.getCreateTime().toInstant(), clock.instant(),
                PeriodUnit.of(task.getVariable(ProcessVariables.CHECK_UNIT)));
        Number used = (Number) task.getVariable(ProcessVariables.CHECK_DAYS_USED);
        task.setVariable(ProcessVariables.CHECK_DAYS_USED, (used == null ? 0 : used.longValue()) + spent);
    }

    /** Sequence flow taken when the dossier is complete: this check round is over, a revised dossier starts afresh. */
    @Override
    public void notify(DelegateExecution execution) {
        execution.setVariable(ProcessVariables.DOSSIER_COMPLETED_AT, Date.from(clock.instant()));
        execution.setVariable(ProcessVariables.CHECK_DAYS_USED, 0L);
    }
}
