package vn.vientro.document.service;

import java.util.List;

/** A document template that cannot be used, with every problem found in it. */
public class BrokenTemplateException extends RuntimeException {

    private final List<String> problems;

    public BrokenTemplateException(String source, List<String> problems) {
        super("Document template " + source + " cannot be used: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
