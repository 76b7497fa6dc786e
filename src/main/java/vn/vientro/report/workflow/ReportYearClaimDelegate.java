package vn.vientro.report.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import vn.vientro.common.ProvinceZone;
import vn.vientro.report.service.MinistryReports;

import java.time.ZoneId;

/**
 * The report year of an instance: given when started by hand, otherwise the year just ended when the yearly timer
 * fired; then claims it, setting {@code reportYearTaken} when another instance has it (the gateway ends this one).
 */
@ApplicationScoped
@Named("reportYearClaim")
public class ReportYearClaimDelegate implements JavaDelegate {

    static final String TAKEN = "reportYearTaken";

    @Inject
    MinistryReports reports;

    @Inject
    @ProvinceZone
    ZoneId zone;

    @Override
    public void execute(DelegateExecution execution) {
        Object given = execution.getVariable(CamundaMinistryReportProcess.REPORT_YEAR);
        int year = given instanceof Number n ? n.intValue() : MinistryReports.yearEndedBefore(ClockUtil.getCurrentTime().toInstant(), zone);
        execution.setVariable(CamundaMinistryReportProcess.REPORT_YEAR, year);
        execution.setVariable(TAKEN, !reports.claim(year, execution.getProcessInstanceId()));
    }
}
