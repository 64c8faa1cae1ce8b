package org.mrpa.dicom;

import java.util.Locale;

/** Scanner vendor, matched by the normalised prefix of Manufacturer (it changes with software generations). */
public enum Vendor {
    SIEMENS,
    GE,
    PHILIPS,
    CANON,
    UIH,
    HITACHI,
    HYPERFINE,
    OTHER,
    UNKNOWN;

    /** The vendor of a Manufacturer value such as "Siemens Healthineers", "TOSHIBA_MEC" or "GE MEDICAL SYSTEMS". */
    public static Vendor of(String manufacturer) {
        if (manufacturer == null || manufacturer.isBlank()) {
            return UNKNOWN;
        }
        String m = manufacturer.trim().toUpperCase(Locale.ROOT);
        if (m.startsWith("SIEMENS")) {
            return SIEMENS;
        }
        if (m.startsWith("GE ") || m.equals("GE") || m.startsWith("GE_") || m.startsWith("GENERAL ELECTRIC")) {
            return GE;
        }
        if (m.startsWith("PHILIPS")) {
            return PHILIPS;
        }
        if (m.startsWith("TOSHIBA") || m.startsWith("CANON")) {
            return CANON;
        }
        if (m.startsWith("UIH") || m.startsWith("UNITED IMAGING")) {
            return UIH;
        }
        if (m.startsWith("HITACHI") || m.startsWith("FUJIFILM")) {
            return HITACHI;
        }
        if (m.startsWith("HYPERFINE")) {
            return HYPERFINE;
        }
        return OTHER;
    }
}
