package vn.vientro.workflow;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One recipient's line of a dispatches field (see {@link StepDefinition}): to whom a document was sent, how and on which
 * day. Travels as a plain string, {@code DONOR|EMAIL|2026-12-03,MINISTRY_OF_FINANCE|POST|2026-12-04}, so the engine
 * never needs Java serialisation and the audit trail keeps it as written.
 */
public record Dispatch(String recipient, Method method, LocalDate sentOn) {

    /** How a document is sent: by post, by e-mail, or over the national document exchange (Trục liên thông văn bản quốc gia). */
    public enum Method { POST, EMAIL, NATIONAL_DOCUMENT_SYSTEM }

    public static String encode(List<Dispatch> dispatches) {
        return dispatches.stream().map(d -> d.recipient + "|" + d.method.name() + "|" + d.sentOn)
                .collect(Collectors.joining(","));
    }

    public static List<Dispatch> decode(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return List.of();
        }
        return Arrays.stream(encoded.split(",")).map(line -> {
            String[] parts = line.split("\\|", 3);
            return new Dispatch(parts[0], Method.valueOf(parts[1]), LocalDate.parse(parts[2]));
        }).toList();
    }
}
