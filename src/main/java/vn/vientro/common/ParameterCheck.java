package vn.vientro.common;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.vientro.common.domain.ProblemCode;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Query and path parameters are checked against the types the resource method declares before it is called:
 * JAX-RS answers a value it cannot convert with 404, which tells a client nothing. Here it is 400 naming the
 * parameter, and text with control characters is refused as in bodies. An unreadable Accept header is refused here too.
 */
public class ParameterCheck {

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        acceptable(request.getHeaders().get(HttpHeaders.ACCEPT));
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        MultivaluedMap<String, String> path = request.getUriInfo().getPathParameters();
        for (Parameter parameter : method.getParameters()) {
            QueryParam queryParam = parameter.getAnnotation(QueryParam.class);
            PathParam pathParam = parameter.getAnnotation(PathParam.class);
            if (queryParam != null) {
                check(queryParam.value(), "query", parameter.getType(), query.get(queryParam.value()));
            } else if (pathParam != null) {
                check(pathParam.value(), "path", parameter.getType(), path.get(pathParam.value()));
            }
        }
        query.forEach((name, values) -> check(name, "query", String.class, values));
    }

    /**
     * An Accept header that is not a list of media types is refused before the method runs: the answer of a method
     * returning a generic type is matched to it only when written, after the work is done, and would fail with 500.
     */
    private static void acceptable(List<String> accepts) {
        if (accepts == null) {
            return;
        }
        for (String accept : accepts) {
            for (String type : accept.split(",")) {
                try {
                    if (!type.isBlank()) {
                        MediaType.valueOf(type.trim());
                    }
                } catch (IllegalArgumentException e) {
                    throw Problems.status(Response.Status.NOT_ACCEPTABLE, "the Accept header is not a list of media types");
                }
            }
        }
    }

    private static void check(String name, String in, Class<?> type, List<String> values) {
        if (values == null) {
            return;
        }
        for (String value : values) {
            if (TextInput.hasControlCharacter(value)) {
                throw Problems.invalid(name, in, ProblemCode.CONTROL_CHARACTER, "must not contain control characters (such as U+0000)");
            }
            if (!value.isEmpty() && !converts(type, value)) {
                throw Problems.invalid(name, in, ProblemCode.WRONG_TYPE, InputProblems.expected(type));
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean converts(Class<?> type, String value) {
        try {
            if (type.isEnum()) {
                Enum.valueOf((Class<? extends Enum>) type, value);
            } else if (type == int.class || type == Integer.class) {
                Integer.parseInt(value);
            } else if (type == long.class || type == Long.class) {
                Long.parseLong(value);
            } else if (type == boolean.class || type == Boolean.class) {
                return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false");
            } else if (type == LocalDate.class) {
                TextInput.date(value);
            }
            return true;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return false;
        }
    }
}
