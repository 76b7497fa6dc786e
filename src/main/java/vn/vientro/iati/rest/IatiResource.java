package vn.vientro.iati.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vientro.iati.domain.IatiActivity;
import vn.vientro.iati.service.IatiExport;
import vn.vientro.iati.service.IatiWriter;
import vn.vientro.iati.service.IatiSettings;
import vn.vientro.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The province's projects as IATI 2.03 activity files, for the IATI Registry and donors (docs/iati.md). */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/iati")
@Tag(name = "IATI")
@RolesAllowed({Roles.LEADERSHIP, Roles.ADMIN})
public class IatiResource {

    static final String XML = "application/xml";

    @Inject
    IatiExport export;

    @Inject
    IatiSettings settings;

    @Inject
    Clock clock;

    @GET
    @Path("/projects/{id}")
    @Produces({XML, "application/problem+json"})
    @APIResponse(responseCode = "200", description = "The project's iati-activities document",
            content = @Content(mediaType = XML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = "The proposal is not an approved project")
    public Response project(@PathParam("id") long id) {
        return download(export.project(id), "iati-activity-" + id + ".xml");
    }

    @GET
    @Path("/years/{year}")
    @Produces({XML, "application/problem+json"})
    @APIResponse(responseCode = "200", description = "The iati-activities document of the projects active in the year",
            content = @Content(mediaType = XML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No project was active in the year: an IATI file needs one")
    public Response year(@PathParam("year") @Min(1990) @Max(2100) int year) {
        return download(export.year(year), "iati-activities-" + year + ".xml");
    }

    private Response download(List<IatiActivity> activities, String name) {
        Instant generated = clock.instant();
        StreamingOutput body = out -> IatiWriter.write(activities, generated, out);
        return Response.ok(body, XML + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + settings.reportingOrg().ref() + "-" + name + "\"")
                .build();
    }
}
