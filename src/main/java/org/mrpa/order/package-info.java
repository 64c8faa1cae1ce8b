/**
 * Orders by accession number: the latest recommendation made for one, the technologist's overrides and the protocol in
 * force. Today orders come from the REST API; HL7 v2, FHIR and the worklist will feed this room. Persistence is behind
 * {@link org.mrpa.order.OrderOverrides} (implemented in {@code store}). May import {@code recommendation},
 * {@code protocol}, {@code advice}.
 */
package org.mrpa.order;
