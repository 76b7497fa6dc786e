package vn.vientro.document.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.vientro.document.domain.DocumentKind;
import vn.vientro.document.domain.Placeholder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The document templates: the bundled ones ({@code templates/documents/<kind>.docx}), each replaced by a file of the
 * same name in {@code vientro.document-templates.dir} when the province keeps its own wording there. All are loaded
 * and checked at start-up: a broken template stops the service with what is wrong in it, instead of failing the
 * first time someone asks for that document.
 */
@ApplicationScoped
public class DocumentTemplates {

    static final String BUNDLED = "templates/documents/";

    @ConfigProperty(name = "vientro.document-templates.dir")
    Optional<String> dir;

    private volatile Map<DocumentKind, DocxTemplate> templates;

    void load(@Observes StartupEvent started) {
        templates = load(dir.map(Path::of));
    }

    public DocxTemplate of(DocumentKind kind) {
        return templates.get(kind);
    }

    /** Every kind's template, from {@code dir} where it holds one; throws naming every broken template. */
    static Map<DocumentKind, DocxTemplate> load(Optional<Path> dir) {
        List<String> problems = new ArrayList<>();
        dir.ifPresent(d -> problems.addAll(strangers(d)));
        Map<DocumentKind, DocxTemplate> loaded = new EnumMap<>(DocumentKind.class);
        for (DocumentKind kind : DocumentKind.values()) {
            Optional<Path> own = dir.map(d -> d.resolve(kind.template())).filter(Files::isRegularFile);
            String source = own.map(Path::toString).orElse("classpath:" + BUNDLED + kind.template());
            try {
                loaded.put(kind, DocxTemplate.of(source, own.isPresent() ? Files.readAllBytes(own.get()) : bundled(kind),
                        keys(kind, false), keys(kind, true)));
            } catch (BrokenTemplateException e) {
                problems.add(e.getMessage());
            } catch (IOException e) {
                problems.add(source + " cannot be read: " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Document templates cannot be used:\n" + String.join("\n", problems));
        }
        return loaded;
    }

    /** A file the province meant as a template but named so that it replaces none (a typing mistake would go unseen). */
    private static List<String> strangers(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of("vientro.document-templates.dir " + dir + " is not a directory");
        }
        Set<String> names = Stream.of(DocumentKind.values()).map(DocumentKind::template).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(".docx") && !name.startsWith("~$") && !names.contains(name))
                    .sorted()
                    .map(name -> dir.resolve(name) + " is not the template of any document: name it one of " + names.stream().sorted().toList())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bundled(DocumentKind kind) throws IOException {
        try (InputStream in = DocumentTemplates.class.getClassLoader().getResourceAsStream(BUNDLED + kind.template())) {
            if (in == null) {
                throw new IOException("missing from the build");
            }
            return in.readAllBytes();
        }
    }

    static Set<String> keys(DocumentKind kind, boolean lists) {
        return kind.placeholders().stream().filter(p -> p.list == lists).map(p -> p.key).collect(Collectors.toSet());
    }
}
