package vn.vientro.reference.rest;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import vn.vientro.common.VietnameseText;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vientro.reference.domain.Ngo;

@Produces(MediaType.APPLICATION_JSON)
@Path("/api/ngos")
@Tag(name = "Tổ chức PCPNN / Foreign NGOs")
public class NgoResource extends ReferenceResource<Ngo> {

    @Override
    protected Class<Ngo> type() {
        return Ngo.class;
    }

    @Override
    protected Comparator<Ngo> order() {
        return Comparator.comparing(n -> n.nameVi, VietnameseText.COLLATOR);
    }

    @Override
    protected void prepare(Ngo ngo, Long id) {
        ngo.id = id;
    }
}
