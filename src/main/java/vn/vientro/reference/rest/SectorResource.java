package vn.vientro.reference.rest;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vientro.reference.domain.Sector;

@Produces(MediaType.APPLICATION_JSON)
@Path("/api/sectors")
@Tag(name = "Lĩnh vực / Sectors")
public class SectorResource extends ReferenceResource<Sector> {

    @Override
    protected Class<Sector> type() {
        return Sector.class;
    }

    @Override
    protected Comparator<Sector> order() {
        return Comparator.comparing(s -> s.code);
    }

    @Override
    protected void prepare(Sector sector, Long id) {
        sector.id = id;
    }
}
