package vn.vientro.common;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.vientro.common.domain.DomainException;
import vn.vientro.common.domain.ProblemCode;
import vn.vientro.common.domain.StoredFile;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The one check of an uploaded file, for a dossier's documents and a report's attachments alike: not empty, within
 * {@code vientro.documents.max-size} (413), of an accepted format whose content starts as that format does (415);
 * its name composed (NFC) and bounded, its SHA-256 taken.
 */
@ApplicationScoped
public class UploadedFiles {

    /** Accepted formats and the bytes each file of that format starts with. */
    private static final Map<String, byte[]> SIGNATURES = Map.of(
            "application/pdf", "%PDF".getBytes(StandardCharsets.US_ASCII),
            "image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G'},
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", new byte[]{'P', 'K', 3, 4},
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[]{'P', 'K', 3, 4},
            "application/msword", new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0},
            "application/vnd.ms-excel", new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});

    /** The longest file name kept whole (the columns hold 1,000 characters); longer ones are shortened. */
    static final int MAX_FILENAME = 1000;

    /** The longest ending kept as the extension when a name is shortened ({@code .docx}, {@code .xlsx}). */
    private static final int MAX_EXTENSION = 10;

    @ConfigProperty(name = "vientro.documents.max-size")
    long maxSize;

    /** A file that passed the check, as it is to be stored. */
    public record Checked(String filename, String mediaType, long size, String sha256, byte[] content) {

        /** Puts this file in the entity that keeps it, uploaded by {@code by} at {@code at}. */
        public void storeIn(StoredFile target, String by, Instant at) {
            target.hold(filename, mediaType, size, sha256, content, by, at);
        }
    }

    public Checked check(String filename, String contentType, byte[] content) {
        if (content.length == 0) {
            throw DomainException.invalid("file", ProblemCode.EMPTY_FILE, "the file is empty (0 bytes); choose the document again");
        }
        if (content.length > maxSize) {
            throw DomainException.tooLarge(ProblemCode.FILE_TOO_LARGE,
                    "The file is " + content.length + " bytes; the limit is " + maxSize + " bytes", content.length, maxSize);
        }
        String mediaType = mediaType(contentType);
        byte[] signature = SIGNATURES.get(mediaType);
        if (signature == null) {
            throw DomainException.unsupportedType(ProblemCode.FILE_TYPE_NOT_ACCEPTED, "Files of type '" + mediaType
                    + "' are not accepted; send PDF, JPEG, PNG, Word or Excel", mediaType);
        }
        if (content.length < signature.length || !Arrays.equals(content, 0, signature.length, signature, 0, signature.length)) {
            throw DomainException.unsupportedType(ProblemCode.CONTENT_NOT_AS_DECLARED,
                    "The file's content is not " + mediaType + " as declared", mediaType);
        }
        return new Checked(filename(filename), mediaType, content.length, Sha256.hex(content), content);
    }

    /** The media type of a Content-Type header, without its parameters, in lower case; empty when there is none. */
    public static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The name as sent, composed (NFC) and without control characters; an empty one becomes "document". A name
     * longer than {@link #MAX_FILENAME} characters keeps its beginning and its extension, cut between whole
     * characters (never inside a surrogate pair), so the name still says what the file is and how to open it.
     */
    static String filename(String sent) {
        String name = sent == null ? "" : TextInput.composed(sent).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return "document";
        }
        if (name.length() <= MAX_FILENAME) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= MAX_EXTENSION ? name.substring(dot) : "";
        int keep = MAX_FILENAME - extension.length();
        if (Character.isHighSurrogate(name.charAt(keep - 1))) {
            keep--;
        }
        return name.substring(0, keep).stripTrailing() + extension;
    }
}
