package vn.vientro.reference.service;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.vientro.common.domain.DomainException;

import java.util.List;
import java.util.function.Consumer;

/** Transactional create/read/update/delete shared by every kind of reference data. */
@ApplicationScoped
public class ReferenceStore {

    @Inject
    EntityManager em;

    @Inject
    Event<ReferenceDataChanged> changed;

    public <E extends PanacheEntityBase> List<E> list(Class<E> type) {
        return em.createQuery("from " + type.getSimpleName(), type).getResultList();
    }

    public <E extends PanacheEntityBase> E get(Class<E> type, long id) {
        E found = em.find(type, id);
        if (found == null) {
            throw DomainException.notFound(type.getSimpleName(), id);
        }
        return found;
    }

    @Transactional
    public <E extends PanacheEntityBase> E create(E entity, Consumer<E> prepare) {
        prepare.accept(entity);
        em.persist(entity);
        em.flush();
        changed.fire(new ReferenceDataChanged(entity.getClass()));
        return entity;
    }

    /** For versioned kinds the body carries the version the client read; a newer row in the database is a conflict. */
    @Transactional
    public <E extends PanacheEntityBase> E update(Class<E> type, long id, E entity, Consumer<E> prepare) {
        get(type, id);
        prepare.accept(entity);
        E merged = em.merge(entity);
        em.flush();
        changed.fire(new ReferenceDataChanged(type));
        return merged;
    }

    @Transactional
    public <E extends PanacheEntityBase> void delete(Class<E> type, long id) {
        em.remove(get(type, id));
        em.flush();
        changed.fire(new ReferenceDataChanged(type));
    }

}
