package vn.vientro.reference.rest;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vientro.reference.domain.Holiday;

/** Public holidays: the working-day calendar reads them on every due-date computation. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/holidays")
@Tag(name = "Ngày nghỉ lễ / Public holidays")
public class HolidayResource extends ReferenceResource<Holiday> {

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
