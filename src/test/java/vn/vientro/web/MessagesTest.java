package vn.vientro.web;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every label the pages ask for exists in Vietnamese and in English, composed (NFC), and not empty. */
class MessagesTest {

    private static final Path APP = Path.of("src/main/resources/META-INF/resources/app");
    /** t('key'), tOr('key', …) and { … Key: 'key' } style literal keys: the ones a static reading can see. */
    private static final Pattern USED = Pattern.compile("\\bt(?:Or)?\\(\\s*'([A-Za-z][\\w.-]*)'");

    private static Map<String, String> messages(String language) throws IOException {
        return new ObjectMapper().readValue(APP.resolve("i18n/" + language + ".json").toFile(), new TypeReference<>() {
        });
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndNoEmptyText() throws IOException {
        Map<String, String> vi = messages("vi");
        Map<String, String> en = messages("en");
        assertThat(new TreeSet<>(vi.keySet())).isEqualTo(new TreeSet<>(en.keySet()));
        assertThat(vi).allSatisfy((key, text) -> assertThat(text).as(key).isNotBlank()
                .isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFC)));
        assertThat(en).allSatisfy((key, text) -> assertThat(text).as(key).isNotBlank());
    }

    @Test
    void everyKeyThePagesUseExists() throws IOException {
        Set<String> known = messages("vi").keySet();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(APP)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".js")).toList()) {
                Matcher used = USED.matcher(Files.readString(file));
                while (used.find()) {
                    if (!known.contains(used.group(1))) {
                        missing.add(APP.relativize(file) + ": " + used.group(1));
                    }
                }
            }
        }
        assertThat(missing).as("message keys used by the pages but missing from the message files").isEmpty();
    }
}
