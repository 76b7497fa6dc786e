package vn.vientro.task.service;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLinkType;
import vn.vientro.task.domain.InboxItem;
import vn.vientro.workflow.ProcessVariables;
import vn.vientro.workflow.UserTaskObserver;

/**
 * Mirrors every open user task into {@code inbox_item}, inside the engine's transaction, so the inbox
 * is one indexed query on our own tables. The engine tells it of every user task of every process
 * ({@code EngineConfiguration}); the BPMN does not have to remember it.
 */
@ApplicationScoped
@Unremovable // looked up by the engine's configuration, never injected
public class InboxProjection implements UserTaskObserver {

    @Inject
    EntityManager em;

    @Override
    public void notify(DelegateTask task) {
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> created(task);
            case EVENTNAME_ASSIGNMENT, EVENTNAME_UPDATE -> {
                InboxItem item = em.find(InboxItem.class, task.getId());
                if (item != null) {
                    item.assignee = task.getAssignee();
                    item.dueAt = task.getDueDate() == null ? null : task.getDueDate().toInstant();
                }
            }
            case EVENTNAME_COMPLETE, EVENTNAME_DELETE -> {
                InboxItem item = em.find(InboxItem.class, task.getId());
                if (item != null) {
                    em.remove(item);
                }
            }
            default -> {
            }
        }
    }

    private void created(DelegateTask task) {
        InboxItem item = new InboxItem();
        item.taskId = task.getId();
        item.proposalId = task.getVariable(ProcessVariables.PROPOSAL_ID) instanceof Number id ? id.longValue() : null;
        item.processDefinitionId = task.getProcessDefinitionId();
        item.taskKey = task.getTaskDefinitionKey();
        item.assignee = task.getAssignee();
        item.createdAt = task.getCreateTime().toInstant();
        item.dueAt = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        task.getCandidates().stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .filter(link -> link.getGroupId() != null).forEach(link -> item.candidateGroups.add(link.getGroupId()));
        em.persist(item);
    }
}
