package org.mrpa.dicom.vendor;

import java.util.List;
import java.util.Locale;

/**
 * What one scanner vendor writes its own way: the Manufacturer values that name it, the private elements the reader
 * collects (found by private creator) and its spellings of techniques in standard and private attributes.
 */
public interface VendorConventions {

    /** The vendor these conventions are for. */
    Vendor vendor();

    /** True when a Manufacturer value, trimmed and in upper case, names this vendor. */
    boolean madeBy(String manufacturer);

    /** The private elements of this vendor that the reader collects. */
    List<PrivateTag> privateTags();

    /** This vendor's spellings of the markers. */
    List<Spelling> spellings();

    /** The conventions of the vendor a Manufacturer value names; the unknown vendor's when it names none. */
    static VendorConventions of(String manufacturer) {
        String m = manufacturer == null ? "" : manufacturer.trim().toUpperCase(Locale.ROOT);
        return AnyVendor.CONVENTIONS.stream()
                .filter(c -> c.madeBy(m))
                .findFirst()
                .orElse(UnknownVendorConventions.INSTANCE);
    }
}
