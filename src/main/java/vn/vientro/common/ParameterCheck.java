package vn.vientro.common;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Query and path parameters are checked against the types the resource method declares before it is called:
 * JAX-RS answers a value it cannot convert with 404, which tells a client nothing. Here it is 400 naming the
 * parameter, and text with control characters is refused as in bodies.
 */
public class ParameterCheck {

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
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

    private static void check(String name, String in, Class<?> type, List<String> values) {
        if (values == null) {
            return;
        }
        for (String value : values) {
            if (TextInput.hasControlCharacter(value)) {
                throw Problems.invalid(name, in, Problems.CONTROL_CHARACTER, "must not contain control characters (such as U+0000)");
            }
            if (!value.isEmpty() && !converts(type, value)) {
                throw Problems.invalid(name, in, Problems.WRONG_TYPE, InputProblems.expected(type));
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
                LocalDate.parse(value);
            }
            return true;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return false;
        }
    }
}
