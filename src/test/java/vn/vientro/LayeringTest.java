package vn.vientro;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Services speak the domain, not HTTP: no class in a {@code service}, {@code domain} or {@code workflow} package
 * names JAX-RS, the problem extension or a class of a {@code rest} package (imported or written out in full).
 * They throw {@code DomainException}; the REST layer's {@code DomainProblems} answers with problem+json. And no two
 * packages depend on each other, directly or around a circle. Classes of ours are imported one by one, so each
 * import names what it uses (a wildcard import of ours is still read as a use of its package). Reads the sources as
 * text, without Quarkus.
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

    @Test
    void packagesDependOnEachOtherWithoutCycles() throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher declared = PACKAGE.matcher(source);
                assertThat(declared.find()).as("package of " + file).isTrue();
                graph.computeIfAbsent(declared.group(1), k -> new TreeSet<>()).addAll(uses(declared.group(1), source));
            }
        }
        assertThat(graph).as("the packages were found").hasSizeGreaterThan(20);
        assertThat(cycles(graph)).as("packages that depend on each other in a circle").isEmpty();
    }

    @Test
    void classesOfOursAreImportedOneByOne() throws IOException {
        List<String> wildcards = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher wildcard = WILDCARD_OF_OURS.matcher(Files.readString(file));
                while (wildcard.find()) {
                    wildcards.add(SOURCES.relativize(file) + ": " + wildcard.group());
                }
            }
        }
        assertThat(wildcards).as("wildcard imports of our packages").isEmpty();
    }

    @Test
    void aPackageIsUsedThroughAClassAWildcardImportOrAFullName() {
        assertThat(uses("vn.vientro.a.service", """
                package vn.vientro.a.service;
                import vn.vientro.a.domain.Thing;
                import vn.vientro.b.domain.*;
                import static vn.vientro.c.Names.*;
                import vn.vientro.a.service.Other;
                import java.util.*;
                class A { Object x = new vn.vientro.d.rest.View(); }
                """)).containsExactly("vn.vientro.a.domain", "vn.vientro.b.domain", "vn.vientro.c", "vn.vientro.d.rest");
        assertThat(WILDCARD_OF_OURS.matcher("import vn.vientro.b.domain.*;").find()).isTrue();
        assertThat(WILDCARD_OF_OURS.matcher("import static vn.vientro.c.Names.*;\nimport java.util.*;").find()).isFalse();
    }

    @Test
    void theCycleCheckFindsACircleAndOnlyThat() {
        Map<String, Set<String>> graph = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"),
                "d", Set.of("a"), "e", Set.of());
        assertThat(cycles(graph)).containsExactly(List.of("a", "b", "c"));
        assertThat(cycles(Map.of("a", Set.of("b"), "b", Set.of()))).isEmpty();
    }

    private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");
    /**
     * A class of ours named in code, {@code vn.vientro.<package>.<Class>} (imports and names written out in full), or
     * a whole package of ours imported, {@code vn.vientro.<package>.*}.
     */
    private static final Pattern REFERENCE = Pattern.compile("\\b(vn\\.vientro(?:\\.[a-z]\\w*)*)\\.(?:[A-Z]|\\*)");
    private static final Pattern WILDCARD_OF_OURS = Pattern.compile("(?m)^import\\s+vn\\.vientro(?:\\.\\w+)*\\.\\*\\s*;");

    /** The other packages of ours a source of package {@code own} uses. */
    static Set<String> uses(String own, String source) {
        Set<String> uses = new TreeSet<>();
        Matcher used = REFERENCE.matcher(source);
        while (used.find()) {
            if (!used.group(1).equals(own)) {
                uses.add(used.group(1));
            }
        }
        return uses;
    }

    /** The groups of packages that reach each other (Tarjan's strongly connected components of more than one). */
    static List<List<String>> cycles(Map<String, Set<String>> graph) {
        var search = new Object() {
            final Map<String, Integer> index = new TreeMap<>();
            final Map<String, Integer> low = new TreeMap<>();
            final Deque<String> stack = new ArrayDeque<>();
            final List<List<String>> found = new ArrayList<>();

            void visit(String v) {
                index.put(v, index.size());
                low.put(v, index.get(v));
                stack.push(v);
                for (String w : graph.getOrDefault(v, Set.of())) {
                    if (!index.containsKey(w)) {
                        visit(w);
                        low.put(v, Math.min(low.get(v), low.get(w)));
                    } else if (stack.contains(w)) {
                        low.put(v, Math.min(low.get(v), index.get(w)));
                    }
                }
                if (low.get(v).equals(index.get(v))) {
                    List<String> component = new ArrayList<>();
                    String w;
                    do {
                        w = stack.pop();
                        component.add(w);
                    } while (!w.equals(v));
                    if (component.size() > 1) {
                        component.sort(null);
                        found.add(component);
                    }
                }
            }
        };
        new TreeSet<>(graph.keySet()).forEach(v -> {
            if (!search.index.containsKey(v)) {
                search.visit(v);
            }
        });
        return search.found;
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
