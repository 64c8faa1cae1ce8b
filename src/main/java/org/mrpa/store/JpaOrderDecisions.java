package org.mrpa.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.mrpa.order.OrderDecisions;
import org.mrpa.order.ProtocollingDecision;
import org.mrpa.screening.MrConditions;

/** Protocolling decisions in the database (table order_decision); the conditions of an approval as JSON. */
@ApplicationScoped
public class JpaOrderDecisions implements OrderDecisions {

    private final Database db;
    private final ObjectMapper json;

    public JpaOrderDecisions(Database db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    @Override
    public void add(String accessionNumber, ProtocollingDecision d) {
        OrderDecisionEntity e = new OrderDecisionEntity();
        e.id = d.id();
        e.accessionNumber = accessionNumber;
        e.recommendationId = d.recommendationId();
        e.kind = d.kind().name();
        e.outcome = d.outcome().name();
        e.agent = Text.clip(d.agent(), 100);
        e.constraintsJson = d.constraints() == null ? null : write(d.constraints());
        e.reason = Text.clip(d.reason(), 2000);
        e.decidedBy = Text.clip(d.decidedBy(), 100);
        e.decidedAt = d.decidedAt();
        QuarkusTransaction.requiringNew().run(() -> db.session().persist(e));
    }

    @Override
    public List<ProtocollingDecision> of(String accessionNumber) {
        return QuarkusTransaction.joiningExisting()
                .call(() -> db
                        .session()
                        .createSelectionQuery(
                                "from OrderDecisionEntity where accessionNumber = :a order by decidedAt, id",
                                OrderDecisionEntity.class)
                        .setParameter("a", accessionNumber)
                        .getResultList()
                        .stream()
                        .map(this::decision)
                        .toList());
    }

    private ProtocollingDecision decision(OrderDecisionEntity e) {
        return new ProtocollingDecision(
                e.id,
                e.recommendationId,
                ProtocollingDecision.Kind.valueOf(e.kind),
                ProtocollingDecision.Outcome.valueOf(e.outcome),
                e.agent,
                e.constraintsJson == null ? null : read(e.constraintsJson),
                e.reason,
                e.decidedBy,
                e.decidedAt);
    }

    private String write(MrConditions c) {
        try {
            return json.writeValueAsString(c);
        } catch (JsonProcessingException x) {
            throw new IllegalStateException("Cannot serialise the conditions of a decision", x);
        }
    }

    private MrConditions read(String s) {
        try {
            return json.readValue(s, MrConditions.class);
        } catch (JsonProcessingException x) {
            throw new IllegalStateException("Stored conditions of a decision cannot be read", x);
        }
    }
}
