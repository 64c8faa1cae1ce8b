package org.mrpa.store;

import io.quarkus.arc.InjectableInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import org.hibernate.Session;

/**
 * The Hibernate session of the one active persistence unit: "h2" (embedded, the default) or "postgresql" (selected
 * by configuration at start-up; see application.properties). Both units map the same entities.
 */
@ApplicationScoped
public class Database {

    private final InjectableInstance<Session> sessions;

    public Database(@Any InjectableInstance<Session> sessions) {
        this.sessions = sessions;
    }

    /** The request- or transaction-scoped session of the active persistence unit. */
    public Session session() {
        return sessions.getActive();
    }
}
