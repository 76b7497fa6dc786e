package vn.vientro.support;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * New versions of the aid-proposal process for the tests of process versions: the shipped model with an edit,
 * deployed as the latest version, which every proposal submitted afterwards follows.
 * <p>
 * A version some proposal ran on is never deleted: the proposal would be left pointing at a process that no longer
 * exists. A test puts the shipped rules back as the province would, by deploying the shipped model once more
 * ({@link #restoreShipped}), so the proposals of every other test follow the shipped model again whatever the order
 * the tests run in; the test's version stays, with the finished proposals that ran on it.
 */
public final class ProcessVersions {

    public static final String KEY = "aidProposal";
    private static final String RESOURCE = "bpmn/aid-proposal.bpmn";

    private ProcessVersions() {
    }

    /** The model as shipped in {@code bpmn/} and deployed at start-up. */
    public static String shipped() {
        return read(Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE));
    }

    /** {@code xml} with its one occurrence of {@code old} replaced, so an edit never silently misses. */
    public static String replaceOnce(String xml, String old, String replacement) {
        assertThat(xml.split(Pattern.quote(old), -1).length - 1).as("occurrences of " + old).isOne();
        return xml.replace(old, replacement);
    }

    /** Deploys {@code xml} as the latest version of the process and answers that version's definition. */
    public static ProcessDefinition deploy(RepositoryService repository, String name, String xml) {
        String deployment = repository.createDeployment().name(name).addString("aid-proposal.bpmn", xml).deploy().getId();
        return repository.createProcessDefinitionQuery().deploymentId(deployment).processDefinitionKey(KEY).singleResult();
    }

    /** Makes the shipped model the latest version again (a new version with the shipped model's content). */
    public static void restoreShipped(RepositoryService repository) {
        deploy(repository, "test: the shipped model again", shipped());
    }

    /** Whether the version a proposal submitted now would follow has the shipped model. */
    public static boolean latestIsShipped(RepositoryService repository) {
        return read(repository.getProcessModel(repository.createProcessDefinitionQuery().processDefinitionKey(KEY)
                .latestVersion().singleResult().getId())).equals(shipped());
    }

    private static String read(InputStream stream) {
        try (InputStream in = stream) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
