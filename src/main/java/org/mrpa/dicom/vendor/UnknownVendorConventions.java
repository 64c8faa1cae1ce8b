package org.mrpa.dicom.vendor;

import static org.mrpa.dicom.vendor.Marker.DIFFUSION;
import static org.mrpa.dicom.vendor.Marker.DIXON;
import static org.mrpa.dicom.vendor.Marker.FAT_SUPPRESSION;
import static org.mrpa.dicom.vendor.Spelling.scanOption;
import static org.mrpa.dicom.vendor.Spelling.sequenceNameContaining;
import static org.mrpa.dicom.vendor.Spelling.sequenceNameMatching;

import java.util.List;

/**
 * Manufacturer absent or naming none of the vendors above. Holds the spellings not yet traced to one vendor (several
 * write them, or no local sample shows who does; §8.3 [VERIFY]); like every vendor's, they apply to every header.
 */
final class UnknownVendorConventions implements VendorConventions {

    static final UnknownVendorConventions INSTANCE = new UnknownVendorConventions();

    private static final List<Spelling> SPELLINGS = List.of(
            sequenceNameContaining(DIXON, "dixon"),
            sequenceNameMatching(DIFFUSION, "diff"),
            scanOption(FAT_SUPPRESSION, "SFS"),
            // water excitation
            scanOption(FAT_SUPPRESSION, "WE"),
            scanOption(FAT_SUPPRESSION, "CHESS"));

    private UnknownVendorConventions() {}

    @Override
    public Vendor vendor() {
        return Vendor.UNKNOWN;
    }

    @Override
    public boolean madeBy(String manufacturer) {
        return false;
    }

    @Override
    public List<PrivateTag> privateTags() {
        return List.of();
    }

    @Override
    public List<Spelling> spellings() {
        return SPELLINGS;
    }
}
