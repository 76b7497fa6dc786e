package vn.vientro.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vientro.audit.service.AuditVerification;
import vn.vientro.security.Roles;

@Produces(MediaType.APPLICATION_JSON)
@Path("/api/admin/audit")
@Tag(name = "Nhật ký / Audit")
@RolesAllowed(Roles.ADMIN)
public class AuditResource {

    @Inject
    AuditVerification verification;

    @GET
    @Path("/verify")
    @Operation(summary = "Checks the audit trail's hash chain",
            description = "ok is false when an entry was changed, removed or added outside the chain; firstBroken names it")
    public AuditVerification.Report verify() {
        return verification.verify();
    }
}
