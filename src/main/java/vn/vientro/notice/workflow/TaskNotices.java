package vn.vientro.notice.workflow;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLinkType;
import vn.vientro.notice.service.NoticeService;
import vn.vientro.notice.service.TaskOffered;
import vn.vientro.workflow.ProcessVariables;
import vn.vientro.workflow.UserTaskObserver;

import java.util.Set;
import java.util.stream.Collectors;

/** Tells {@link NoticeService} of every user task created, inside the engine's transaction. */
@ApplicationScoped
@Unremovable // looked up by the engine's configuration, never injected
public class TaskNotices implements UserTaskObserver {

    @Inject
    NoticeService notices;

    @Override
    public void notify(DelegateTask task) {
        if (!EVENTNAME_CREATE.equals(task.getEventName())) {
            return;
        }
        Set<String> groups = task.getCandidates().stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(link -> link.getGroupId()).filter(g -> g != null).collect(Collectors.toSet());
        Long proposalId = task.getVariable(ProcessVariables.PROPOSAL_ID) instanceof Number id ? id.longValue() : null;
        notices.taskOffered(new TaskOffered(task.getId(), task.getProcessDefinitionId(), task.getTaskDefinitionKey(),
                proposalId, task.getAssignee(), groups, task.getDueDate() == null ? null : task.getDueDate().toInstant()));
    }
}
