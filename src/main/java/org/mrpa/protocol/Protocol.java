package org.mrpa.protocol;

import java.util.List;
import java.util.Optional;

/**
 * One protocol of the site catalog (a file in {@code protocols/}).
 *
 * @param familyDefault the protocol used for the family when the indication names no region it has
 * @param abbreviated   sequence ids of the abbreviated variant, key sequence first (§6)
 * @param noContrast    sequences added when gadolinium is not given (the no-contrast fallback)
 */
public record Protocol(
        String id,
        String title,
        Family family,
        Region region,
        Boolean familyDefault,
        String description,
        List<String> source,
        Triggers triggers,
        CoilSpec coil,
        ContrastPolicy contrast,
        List<SequenceSpec> sequences,
        List<String> abbreviated,
        NoContrastVariant noContrast,
        Integer postContrastDelayMin,
        Double tolerancePercent) {

    public Protocol {
        familyDefault = familyDefault != null && familyDefault;
        source = source == null ? List.of() : List.copyOf(source);
        triggers = triggers == null ? new Triggers(List.of(), List.of(), List.of()) : triggers;
        sequences = sequences == null ? List.of() : List.copyOf(sequences);
        abbreviated = abbreviated == null ? List.of() : List.copyOf(abbreviated);
        noContrast = noContrast == null ? new NoContrastVariant(null, null) : noContrast;
    }

    public Optional<SequenceSpec> sequence(String sequenceId) {
        return sequences.stream().filter(s -> s.id().equals(sequenceId)).findFirst();
    }

    /** Sequences added when no contrast is given, and why. */
    public record NoContrastVariant(List<SequenceSpec> add, String note) {
        public NoContrastVariant {
            add = add == null ? List.of() : List.copyOf(add);
        }
    }
}
