package org.mrpa.store;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.mrpa.order.OrderBook;
import org.mrpa.order.OrderOverrides;

/** Order overrides in the database (table order_override); reason and author are clipped to their columns. */
@ApplicationScoped
public class JpaOrderOverrides implements OrderOverrides {

    private final Database db;

    public JpaOrderOverrides(Database db) {
        this.db = db;
    }

    @Override
    public void add(String accessionNumber, String protocolId, String reason, String overriddenBy, OffsetDateTime at) {
        QuarkusTransaction.requiringNew().run(() -> {
            OrderOverrideEntity e = new OrderOverrideEntity();
            e.id = UUID.randomUUID().toString();
            e.accessionNumber = accessionNumber;
            e.protocolId = protocolId;
            e.reason = Text.clip(reason, 2000);
            e.overriddenBy = Text.clip(overriddenBy, 100);
            e.createdAt = at;
            db.session().persist(e);
        });
    }

    @Override
    public List<OrderBook.Override> of(String accessionNumber) {
        return QuarkusTransaction.joiningExisting()
                .call(() -> db
                        .session()
                        .createSelectionQuery(
                                "from OrderOverrideEntity where accessionNumber = :a order by createdAt, id",
                                OrderOverrideEntity.class)
                        .setParameter("a", accessionNumber)
                        .getResultList()
                        .stream()
                        .map(e -> new OrderBook.Override(e.protocolId, e.reason, e.overriddenBy, e.createdAt))
                        .toList());
    }
}
