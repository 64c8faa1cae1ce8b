package org.mrpa.order;

import java.time.OffsetDateTime;
import java.util.List;

/** Where the overrides of orders are kept (implemented by the store room); every override is kept. */
public interface OrderOverrides {

    /** Stores one override of an order's protocol; committed when this returns. */
    void add(String accessionNumber, String protocolId, String reason, String overriddenBy, OffsetDateTime at);

    /** The overrides of an order, oldest first (empty when none). */
    List<OrderBook.Override> of(String accessionNumber);
}
