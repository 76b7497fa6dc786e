package vn.vientro.reference.rest;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vientro.common.Problems;
import vn.vientro.common.domain.ProblemCode;
import vn.vientro.reference.domain.AdminUnit;

@Produces(MediaType.APPLICATION_JSON)
@Path("/api/admin-units")
@Tag(name = "Đơn vị hành chính / Administrative units")
public class AdminUnitResource extends ReferenceResource<AdminUnit> {

    @Override
    protected Class<AdminUnit> type() {
        return AdminUnit.class;
    }

    @Override
    protected Comparator<AdminUnit> order() {
        return Comparator.comparing(u -> u.code);
    }

    @Override
    protected void prepare(AdminUnit unit, Long id) {
        unit.id = id;
        unit.parent = unit.parentCode == null ? null : AdminUnit.findByCode(unit.parentCode)
                .orElseThrow(() -> Problems.invalid("parentCode", ProblemCode.UNKNOWN_ADMIN_UNIT,
                        "no administrative unit has code " + unit.parentCode, unit.parentCode));
    }
}
