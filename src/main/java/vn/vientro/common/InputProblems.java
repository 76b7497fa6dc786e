package vn.vientro.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.vientro.common.domain.ProblemCode;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A body that is not the JSON an endpoint expects becomes 400 with the field named and a reason a person can
 * read: Jackson's own messages name Java types, which mean nothing to a client.
 */
public class InputProblems {

    // Priority 900: ahead of Quarkus's own mapper for mismatched input (an empty 400 outside dev mode) and of the
    // problem extension's mappers (999), which repeat Jackson's messages.
    @ServerExceptionMapper(priority = 900)
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return response(problem(e), e, uri);
    }

    @ServerExceptionMapper(priority = 900)
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return response(problem(e), e, uri);
    }

    @ServerExceptionMapper(priority = 900)
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        return response(problem(e), e, uri);
    }

    /**
     * The JSON reader wraps syntax errors and numbers out of range in a plain 400; unwrap them so they speak
     * like the rest. Any other WebApplicationException becomes a problem as the extension makes it.
     */
    @ServerExceptionMapper(priority = 900)
    public Response wrapped(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return response(problem(json), e, uri);
        }
        HttpProblem.Builder problem = HttpProblem.builder().withStatus(e.getResponse().getStatusInfo())
                .withTitle(e.getResponse().getStatusInfo().getReasonPhrase()).withDetail(e.getMessage());
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(value -> problem.withHeader(name, value));
            }
        });
        return response(problem.build(), e, uri);
    }

    /**
     * The multipart reader ends an upload whose body stops before its closing boundary with a bare IOException; that
     * is the client's malformed body, not a failure here. Any other IOException stays a 500.
     */
    @ServerExceptionMapper(priority = 900)
    public Response unreadable(IOException e, UriInfo uri) {
        HttpProblem problem = String.valueOf(e.getMessage()).startsWith("Connection terminated")
                ? Problems.invalid("", "body", ProblemCode.INCOMPLETE_BODY, "the multipart body ends before its closing boundary")
                : HttpProblem.builder().withStatus(Response.Status.INTERNAL_SERVER_ERROR)
                .withTitle(Response.Status.INTERNAL_SERVER_ERROR.getReasonPhrase()).build();
        return response(problem, e, uri);
    }

    /** Returned, not thrown, so the extension's post-processing (codes, instance, logging) is applied here. */
    private static Response response(HttpProblem problem, Throwable cause, UriInfo uri) {
        return ExceptionMapperBase.postProcessorsRegistry.applyPostProcessing(problem, ProblemContext.of(cause, uri)).toResponse();
    }

    static HttpProblem problem(JsonProcessingException e) {
        if (e instanceof JsonInput.ControlCharacterException control) {
            return Problems.invalid(path(control), "body", ProblemCode.CONTROL_CHARACTER, control.getOriginalMessage());
        }
        if (e instanceof StreamReadException && e.getOriginalMessage().startsWith("Duplicate field")) {
            return Problems.invalid(currentField(((StreamReadException) e).getProcessor()), "body", ProblemCode.MALFORMED_JSON,
                    "a field may appear only once");
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getOriginalMessage().startsWith("Trailing token")) {
            return Problems.invalid("", "body", ProblemCode.MALFORMED_JSON, "nothing may follow the JSON value");
        }
        if (e instanceof InvalidFormatException format) {
            return Problems.invalid(path(format), "body", ProblemCode.WRONG_TYPE, expected(format.getTargetType()));
        }
        if (e instanceof MismatchedInputException mismatch) {
            return Problems.invalid(path(mismatch), "body", ProblemCode.WRONG_TYPE, expected(mismatch.getTargetType()));
        }
        if (e instanceof InputCoercionException coercion) {
            return Problems.invalid(currentField(coercion.getProcessor()), "body", ProblemCode.WRONG_TYPE,
                    "must be a number within range");
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return Problems.invalid(path(mapping), "body", ProblemCode.WRONG_TYPE, mapping.getCause() instanceof InputCoercionException
                    ? "must be a number within range" : "has an invalid value");
        }
        String field = e instanceof StreamReadException read ? currentField(read.getProcessor()) : "";
        return Problems.invalid(field, "body", ProblemCode.MALFORMED_JSON, "the request body is not well-formed JSON");
    }

    /** sectors[0].share, as clients name fields. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String currentField(Object processor) {
        if (processor instanceof JsonParser parser && parser.getParsingContext() != null) {
            String name = parser.getParsingContext().getCurrentName();
            return name == null ? "" : name;
        }
        return "";
    }

    /** What a value of that type must be, in words a client reads. */
    public static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type.isEnum()) {
            return "must be one of: " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "must be a date written yyyy-MM-dd";
        }
        if (type == Instant.class) {
            return "must be an instant written yyyy-MM-ddTHH:mm:ssZ";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class || type == BigInteger.class) {
            return "must be a whole number within range";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == BigDecimal.class) {
            return "must be a number";
        }
        if (type == String.class) {
            return "must be text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.getName().startsWith("java.")) {
            return "must be an object";
        }
        return "has the wrong type";
    }
}
