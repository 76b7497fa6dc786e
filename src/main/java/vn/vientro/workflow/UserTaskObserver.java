package vn.vientro.workflow;

import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * A bean told of every user task's lifecycle (create, assignment, update, complete, delete) in every process, inside
 * the engine's transaction. {@link EngineConfiguration} finds the implementations through CDI, so no process model
 * has to remember them and the engine's configuration names no feature.
 */
public interface UserTaskObserver extends TaskListener {
}
