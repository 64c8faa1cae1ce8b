package org.mrpa.protocol;

import java.util.List;

/** Receive and transmit coil of a protocol (§7, typical; site names come from the alias table). */
public record CoilSpec(List<String> receive, String transmit, String note) {
    public CoilSpec {
        receive = receive == null ? List.of() : List.copyOf(receive);
        transmit = transmit == null ? "Body" : transmit;
    }
}
