package vn.vientro.reference.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vientro.reference.domain.Holiday;
import vn.vientro.reference.domain.HolidayYear;
import vn.vientro.reference.service.HolidayCalendar;
import vn.vientro.security.Roles;

/**
 * Public holidays: {@code GET ?year=} lists the days off of a year, computed by the law's rules and entered by the
 * administrator; the records under {@code /entered} and {@code /{id}} are the entered decisions, which win.
 */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/holidays")
@Tag(name = "Ngày nghỉ lễ / Public holidays")
public class HolidayResource extends ReferenceResource<Holiday> {

    @Inject
    HolidayCalendar calendar;

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.APPRAISER, Roles.CONSULTEE, Roles.APPROVER, Roles.LEADERSHIP, Roles.ADMIN})
    @Operation(summary = "The days off of a year", description = "Computed (source COMPUTED: kinds FIXED, LUNAR, "
            + "COMPENSATORY) and entered (source ENTERED, kind DECIDED; dayOff false for a day decided to be worked), "
            + "sorted by day; an entered day replaces a computed one on the same day.")
    public List<HolidayYear.Entry> year(@QueryParam("year") @NotNull @Min(1900) @Max(2100) Integer year) {
        return calendar.year(year).entries();
    }

    /** The entered decisions of every year (the administrator's list); replaces the inherited list at the root. */
    @Override
    @GET
    @Path("/entered")
    @RolesAllowed({Roles.OFFICER, Roles.APPRAISER, Roles.CONSULTEE, Roles.APPROVER, Roles.LEADERSHIP, Roles.ADMIN})
    public List<Holiday> list() {
        return super.list();
    }

    @Override
    protected Class<Holiday> type() {
        return Holiday.class;
    }

    @Override
    protected Comparator<Holiday> order() {
        return Comparator.comparing(h -> h.day);
    }

    @Override
    protected void prepare(Holiday holiday, Long id) {
        holiday.id = id;
    }
}
