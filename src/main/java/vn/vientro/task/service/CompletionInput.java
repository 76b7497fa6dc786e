package vn.vientro.task.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.Map;

/** A person's answer to a task: one of the outcomes the task allows, a comment, and the outcome's fields. */
public record CompletionInput(@NotBlank String outcome, @Size(max = 4000) String comment, Map<String, Object> fields) {
}
