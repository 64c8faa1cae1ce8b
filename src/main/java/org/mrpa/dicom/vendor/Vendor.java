package org.mrpa.dicom.vendor;

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
        VendorConventions conventions = VendorConventions.of(manufacturer);
        return conventions.vendor() == UNKNOWN ? OTHER : conventions.vendor();
    }
}
