package vn.vientro.reference.rest;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.vientro.reference.service.ReferenceStore;
import vn.vientro.security.Roles;

import java.util.Comparator;
import java.util.List;

/**
 * Reference data API: every signed-in role reads, only {@code admin} writes. Subclasses name the
 * entity, its sort order and how to resolve references given by code. The OpenAPI scanner does not see
 * {@code @RolesAllowed} on these inherited methods, so each names its security requirement and its roles itself.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class ReferenceResource<E extends PanacheEntityBase> {

    @Inject
    ReferenceStore store;

    protected abstract Class<E> type();

    /** List order; names sort with the Vietnamese collator so "Đ" comes after "D", not after "Z". */
    protected abstract Comparator<E> order();

    /** Sets the id for updates and resolves any references; runs inside the write transaction. */
    protected abstract void prepare(E entity, Long id);

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.APPRAISER, Roles.CONSULTEE, Roles.APPROVER, Roles.LEADERSHIP, Roles.ADMIN})
    @SecurityRequirement(name = "SecurityScheme",
            scopes = {Roles.OFFICER, Roles.APPRAISER, Roles.CONSULTEE, Roles.APPROVER, Roles.LEADERSHIP, Roles.ADMIN})
    public List<E> list() {
        return store.list(type()).stream().sorted(order()).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.APPRAISER, Roles.CONSULTEE, Roles.APPROVER, Roles.LEADERSHIP, Roles.ADMIN})
    @SecurityRequirement(name = "SecurityScheme",
            scopes = {Roles.OFFICER, Roles.APPRAISER, Roles.CONSULTEE, Roles.APPROVER, Roles.LEADERSHIP, Roles.ADMIN})
    public E get(@PathParam("id") long id) {
        return store.get(type(), id);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "SecurityScheme", scopes = Roles.ADMIN)
    @APIResponse(responseCode = "201", description = "Created: the new record")
    @APIResponse(responseCode = "409", description = "Another record already has this code (or day)")
    public Response create(@Valid @jakarta.validation.constraints.NotNull E entity) {
        E created = store.create(entity, e -> prepare(e, null));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "SecurityScheme", scopes = Roles.ADMIN)
    @APIResponse(responseCode = "200", description = "The record as stored (the schema of GET on the same path)")
    @APIResponse(responseCode = "409", description = "Another record already has this code (or day)")
    public E update(@PathParam("id") long id, @Valid @jakarta.validation.constraints.NotNull E entity) {
        return store.update(type(), id, entity, e -> prepare(e, id));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "SecurityScheme", scopes = Roles.ADMIN)
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Other records still refer to this one")
    public Response delete(@PathParam("id") long id) {
        store.delete(type(), id);
        return Response.noContent().build();
    }
}
