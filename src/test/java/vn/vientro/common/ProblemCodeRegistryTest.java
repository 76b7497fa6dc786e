package vn.vientro.common;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.vientro.common.domain.ProblemCode;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every code the API can answer with is a {@link ProblemCode}, and the pages can say each in Vietnamese and in English.
 * The registry is complete because codes are written only through it: the sources are read for a code written any
 * other way (a literal given as {@code "code"}, a message template naming no code). Each code then needs
 * {@code problem.<code>} in both message files, using only the values the code carries; and no message names a
 * code that no longer exists.
 */
class ProblemCodeRegistryTest {

    private static final Path JAVA = Path.of("src/main/java");
    private static final Path I18N = Path.of("src/main/resources/META-INF/resources/app/i18n");
    private static final Path BUNDLE = Path.of("src/main/resources/ValidationMessages.properties");

    /** A "code" property or key given anything but a ProblemCode: .with("code", x) or .put("code", x). */
    private static final Pattern CODE_WRITTEN = Pattern.compile("\\.(?:with|put)\\(\\s*\"code\"\\s*,\\s*([^;]+)");
    /** A constraint's message template: message = "{…}". */
    private static final Pattern TEMPLATE = Pattern.compile("message\\s*=\\s*\"\\{([^}\"]+)}\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private static Map<String, String> messages(String language) throws IOException {
        return new ObjectMapper().readValue(I18N.resolve(language + ".json").toFile(), new TypeReference<>() {
        });
    }

    private static Map<Path, String> sources() throws IOException {
        try (Stream<Path> files = Files.walk(JAVA)) {
            return files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toMap(f -> f, f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
    }

    @Test
    void everyCodeHasAMessageInVietnameseAndEnglishUsingOnlyItsValues() throws IOException {
        for (String language : List.of("vi", "en")) {
            Map<String, String> messages = messages(language);
            for (ProblemCode code : ProblemCode.values()) {
                String text = messages.get("problem." + code.id());
                assertThat(text).as("%s: problem.%s", language, code.id()).isNotBlank();
                Matcher used = PLACEHOLDER.matcher(text);
                while (used.find()) {
                    assertThat(code.valueNames()).as("%s: problem.%s names {%s}", language, code.id(), used.group(1))
                            .contains(used.group(1));
                }
            }
            Set<String> known = Arrays.stream(ProblemCode.values()).map(c -> "problem." + c.id()).collect(Collectors.toSet());
            assertThat(messages.keySet().stream().filter(k -> k.startsWith("problem.")).filter(k -> !known.contains(k)))
                    .as("%s: messages for codes that do not exist", language).isEmpty();
        }
    }

    @Test
    void codesAreDistinctAndWrittenAsClientsReadThem() {
        List<String> ids = Arrays.stream(ProblemCode.values()).map(ProblemCode::id).toList();
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        assertThat(ids).allMatch(id -> id.matches("[a-z]+(-[a-z0-9]+)*"));
    }

    @Test
    void noCodeIsWrittenOutsideTheRegistry() throws IOException {
        Set<String> strays = new TreeSet<>();
        sources().forEach((file, text) -> {
            Matcher written = CODE_WRITTEN.matcher(text);
            while (written.find()) {
                String value = written.group(1);
                if (!value.contains("ProblemCode") && !value.contains(".id()")) {
                    strays.add(JAVA.relativize(file) + ": " + written.group().strip());
                }
            }
        });
        assertThat(strays).as("codes written without ProblemCode").isEmpty();
    }

    @Test
    void everyMessageTemplateNamesACodeWithAnEnglishMessage() throws IOException {
        Properties bundle = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLE, StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        Set<String> ids = Arrays.stream(ProblemCode.values()).map(ProblemCode::id).collect(Collectors.toSet());
        assertThat(bundle.stringPropertyNames()).as("ValidationMessages keys that are not codes").isSubsetOf(ids);
        Set<String> templates = new TreeSet<>();
        sources().forEach((file, text) -> {
            Matcher template = TEMPLATE.matcher(text);
            while (template.find()) {
                templates.add(template.group(1));
            }
        });
        assertThat(templates).as("message templates in the sources").isNotEmpty().isSubsetOf(ids)
                .isSubsetOf(bundle.stringPropertyNames());
    }
}
