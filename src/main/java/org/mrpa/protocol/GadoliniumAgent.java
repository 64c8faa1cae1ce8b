package org.mrpa.protocol;

/**
 * A gadolinium-based contrast agent from the site policy's agent table (clinical reference §3.1).
 *
 * @param acrGroup          ACR group: I, II or III
 * @param euIntravenous     authorised for general intravenous use in the EU (S5)
 * @param spineUse          usable for spine imaging (gadoxetate is not)
 * @param doseMmolPerKg     labelled dose
 * @param concentrationMolar mmol per mL
 */
public record GadoliniumAgent(
        String name,
        Structure structure,
        String acrGroup,
        boolean euIntravenous,
        boolean spineUse,
        Double doseMmolPerKg,
        Double concentrationMolar,
        String note) {

    /** Chelate structure. */
    public enum Structure {
        MACROCYCLIC,
        LINEAR
    }
}
