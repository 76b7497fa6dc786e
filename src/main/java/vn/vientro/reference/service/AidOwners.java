package vn.vientro.reference.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.vientro.reference.domain.OrgUnit;
import vn.vientro.security.Roles;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * Aid owners (chủ khoản viện trợ) are units playing the role {@code aid-owner}. A proposal names its aid owner: an
 * existing one by its name, or a new name, which registers a new unit (code CKVT-&lt;id&gt;) in the same transaction. So a
 * name is never stored without its unit, and the aid owner's accounts and reports attach to that unit.
 */
@ApplicationScoped
public class AidOwners {

    /** Units registered from a proposal are valid from long before any aid the province has on record. */
    static final LocalDate REGISTERED_FROM = LocalDate.of(2000, 1, 1);

    @Inject
    EntityManager em;

    @Inject
    Event<ReferenceDataChanged> changed;

    /** The aid-owner unit of this name (trimmed, NFC), registered now when there is none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OrgUnit named(String name) {
        String normal = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
        return em.createQuery("from OrgUnit u where u.nameVi = :name order by u.id", OrgUnit.class)
                .setParameter("name", normal).getResultStream().filter(u -> u.roles().contains(Roles.AID_OWNER))
                .findFirst().orElseGet(() -> register(normal));
    }

    /** Coded CKVT-&lt;id&gt;: the id exists only once the row is written, so a provisional code comes first. */
    private OrgUnit register(String name) {
        OrgUnit unit = new OrgUnit();
        unit.code = "CKVT-NEW-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        unit.nameVi = name;
        unit.workflowRoles = Roles.AID_OWNER;
        unit.validFrom = REGISTERED_FROM;
        unit.persist();
        unit.code = "CKVT-" + unit.id;
        changed.fire(new ReferenceDataChanged(OrgUnit.class));
        return unit;
    }
}
