package vn.vientro;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Services speak the domain, not HTTP: no class in a {@code service}, {@code domain} or {@code workflow} package
 * names JAX-RS, the problem extension or a class of a {@code rest} package (imported or written out in full).
 * They throw {@code DomainException}; the REST layer's {@code DomainProblems} answers with problem+json. Reads the
 * sources as text, without Quarkus.
 */
class LayeringTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern LAYER = Pattern.compile("(^|/)(service|domain|workflow)/");
    private static final Pattern HTTP = Pattern.compile(
            "\\bjakarta\\.ws\\.rs\\b|\\bio\\.quarkiverse\\.resteasy\\.problem\\b|\\bvn\\.vientro(\\.\\w+)*\\.rest\\.|\\bvn\\.vientro\\.common\\.Problems\\b");

    @Test
    void servicesDomainAndWorkflowNameNoHttp() throws IOException {
        List<Path> checked = new ArrayList<>();
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String relative = SOURCES.relativize(file).toString().replace('\\', '/');
                if (!LAYER.matcher(relative).find()) {
                    continue;
                }
                checked.add(file);
                offences.addAll(offences(relative, Files.readString(file)));
            }
        }
        assertThat(checked).as("the sources were found").hasSizeGreaterThan(20);
        assertThat(offences).as("HTTP named in a service, domain or workflow class").isEmpty();
    }

    @Test
    void theCheckSeesEachKindOfOffence() {
        assertThat(offences("a/service/A.java", "import jakarta.ws.rs.core.Response;")).hasSize(1);
        assertThat(offences("a/service/A.java", "import io.quarkiverse.resteasy.problem.HttpProblem;")).hasSize(1);
        assertThat(offences("a/domain/A.java", "import vn.vientro.proposal.rest.ProposalView;")).hasSize(1);
        assertThat(offences("a/workflow/A.java", "  \"select new vn.vientro.task.rest.TaskView(t.id)\"")).hasSize(1);
        assertThat(offences("a/service/A.java", "import vn.vientro.common.Problems;")).hasSize(1);
        assertThat(offences("a/service/A.java", "import vn.vientro.common.domain.DomainException;\n"
                + "// a comment may say jakarta.ws.rs\n * or javadoc vn.vientro.x.rest.Y")).isEmpty();
    }

    /** The lines of a source naming HTTP, comments aside. */
    static List<String> offences(String file, String source) {
        List<String> found = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("//") || line.startsWith("*") || line.startsWith("/*")) {
                continue;
            }
            if (HTTP.matcher(line).find()) {
                found.add(file + ":" + (i + 1) + ": " + line);
            }
        }
        return found;
    }
}
