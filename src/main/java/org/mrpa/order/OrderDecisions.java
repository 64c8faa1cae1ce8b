package org.mrpa.order;

import java.util.List;

/** Where the protocolling decisions of orders are kept (implemented by the store room); every decision is kept. */
public interface OrderDecisions {

    /** Stores one decision; committed when this returns. */
    void add(String accessionNumber, ProtocollingDecision decision);

    /** The decisions recorded on an order, oldest first (empty when none). */
    List<ProtocollingDecision> of(String accessionNumber);
}
