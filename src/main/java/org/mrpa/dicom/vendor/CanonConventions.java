package org.mrpa.dicom.vendor;

import static org.mrpa.dicom.vendor.Marker.DIFFUSION;
import static org.mrpa.dicom.vendor.Marker.ECHO_PLANAR;
import static org.mrpa.dicom.vendor.Spelling.sequenceNameContaining;
import static org.mrpa.dicom.vendor.Spelling.sequenceNameMatching;

import java.util.List;

/**
 * Canon, formerly Toshiba (Manufacturer CANON_MEC, TOSHIBA, TOSHIBA_MEC): sequence names such as SEEPI2D (spin-echo
 * EPI), SE30, FE_slt; DTI named in the enhanced PulseSequenceName. No private element is read.
 */
final class CanonConventions implements VendorConventions {

    private static final List<Spelling> SPELLINGS =
            List.of(sequenceNameContaining(ECHO_PLANAR, "epi"), sequenceNameMatching(DIFFUSION, "dti"));

    @Override
    public Vendor vendor() {
        return Vendor.CANON;
    }

    @Override
    public boolean madeBy(String manufacturer) {
        return manufacturer.startsWith("TOSHIBA") || manufacturer.startsWith("CANON");
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
