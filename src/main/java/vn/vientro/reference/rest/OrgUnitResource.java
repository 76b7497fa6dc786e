package vn.vientro.reference.rest;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vientro.reference.domain.OrgUnit;

/** Agencies and the workflow roles they play: a reorganisation is an update here. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/org-units")
@Tag(name = "Cơ quan / Organisational units")
public class OrgUnitResource extends ReferenceResource<OrgUnit> {

    @Override
    protected Class<OrgUnit> type() {
        return OrgUnit.class;
    }

    @Override
    protected Comparator<OrgUnit> order() {
        return Comparator.comparing(u -> u.code);
    }

    @Override
    protected void prepare(OrgUnit unit, Long id) {
        unit.id = id;
    }
}
