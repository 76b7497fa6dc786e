package vn.vientro.project.service;

import vn.vientro.project.domain.Amendment;

/** What the amendment service needs from the workflow engine; the adapter lives in project.workflow. */
public interface AmendmentProcess {

    /** Starts the decision on a requested amendment and returns the process instance id. */
    String start(Amendment amendment);
}
