package vn.vientro.notice.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.vientro.notice.domain.Delivery;
import vn.vientro.notice.domain.Notice;
import vn.vientro.notice.domain.NoticeKind;
import vn.vientro.notice.domain.NoticeMail;
import vn.vientro.proposal.domain.Opinion;
import vn.vientro.proposal.domain.Proposal;
import vn.vientro.proposal.service.ProposalDecided;
import vn.vientro.security.domain.AppUser;
import vn.vientro.security.service.GroupMembers;
import vn.vientro.task.domain.InboxItem;
import vn.vientro.workflow.StepDefinition;
import vn.vientro.workflow.StepDefinitions;
import vn.vientro.workflow.StepOverdue;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes notices and their outbox mails in the transaction of the event they tell of (a task created, an overdue
 * timer fired, a decision recorded): the event and its notices commit together or not at all, and the mail is sent
 * afterwards by {@link NoticeSender}, so an SMTP outage never fails or slows the workflow.
 */
@ApplicationScoped
public class NoticeService {

    @Inject
    Clock clock;

    @Inject
    GroupMembers members;

    @Inject
    StepDefinitions steps;

    @Inject
    NoticeSettings settings;

    @Transactional(Transactional.TxType.MANDATORY)
    public void taskOffered(TaskOffered task) {
        List<String> recipients = task.assignee() != null ? List.of(task.assignee()) : members.usernames(task.candidateGroups());
        StepDefinition step = steps.of(task.processDefinitionId(), task.taskKey());
        for (String recipient : recipients) {
            Notice n = about(recipient, NoticeKind.TASK_ASSIGNED, task.proposalId(), "/tasks/" + task.taskId());
            n.taskId = task.taskId();
            n.stepVi = step.nameVi();
            n.stepEn = step.nameEn();
            n.dueAt = task.dueAt();
            write(n);
        }
    }

    /** The task's assignee, or else its candidates, are told that it is overdue (in the timer job's transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    void overdue(@Observes StepOverdue overdue) {
        InboxItem item = InboxItem.findById(overdue.taskId());
        if (item == null) {
            return;
        }
        List<String> recipients = item.assignee != null ? List.of(item.assignee) : members.usernames(item.candidateGroups);
        StepDefinition step = steps.of(item.processDefinitionId, item.taskKey);
        for (String recipient : recipients) {
            Notice n = about(recipient, NoticeKind.OVERDUE, item.proposalId, "/tasks/" + item.taskId);
            n.taskId = item.taskId;
            n.stepVi = step.nameVi();
            n.stepEn = step.nameEn();
            n.dueAt = overdue.dueAt();
            write(n);
        }
    }

    /** The proposal's owner and the people who gave an opinion on it learn the decision (in the engine's transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    void decided(@Observes ProposalDecided decided) {
        Proposal proposal = Proposal.findById(decided.proposalId());
        Set<String> recipients = new LinkedHashSet<>();
        recipients.add(proposal.owner);
        Opinion.<Opinion>list("proposalId = ?1 and answeredBy is not null", decided.proposalId())
                .forEach(o -> recipients.add(o.answeredBy));
        for (String recipient : recipients) {
            Notice n = about(recipient, NoticeKind.DECIDED, proposal.id, "/proposals/" + proposal.id);
            n.outcome = decided.status().name();
            write(n);
        }
    }

    private Notice about(String recipient, NoticeKind kind, Long proposalId, String link) {
        Notice n = new Notice();
        n.recipient = recipient;
        n.kind = kind;
        n.proposalId = proposalId;
        n.link = link;
        n.createdAt = clock.instant();
        if (proposalId != null) {
            Proposal p = Proposal.findById(proposalId);
            n.titleVi = p.titleVi;
            n.titleEn = p.titleEn;
        }
        return n;
    }

    /** The notice, and its mail in the outbox when the recipient has an address and wants each event mailed. */
    private void write(Notice notice) {
        notice.persist();
        AppUser user = AppUser.findByUsername(notice.recipient).orElse(null);
        if (!settings.mailEnabled() || user == null || user.email == null || !user.active
                || NoticePreferences.delivery(user.id, notice.kind) != Delivery.EACH) {
            return;
        }
        NoticeMail mail = new NoticeMail();
        mail.notice = notice;
        mail.address = user.email;
        mail.nextAttemptAt = notice.createdAt;
        mail.persist();
    }
}
