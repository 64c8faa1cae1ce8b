package org.mrpa.dicom.vendor;

import static org.mrpa.dicom.vendor.Marker.DIXON;
import static org.mrpa.dicom.vendor.Marker.ECHO_PLANAR;
import static org.mrpa.dicom.vendor.Marker.GRADIENT_ECHO;
import static org.mrpa.dicom.vendor.Marker.INVERSION_RECOVERY;
import static org.mrpa.dicom.vendor.Marker.LOCALIZER;
import static org.mrpa.dicom.vendor.Marker.SPIN_ECHO;
import static org.mrpa.dicom.vendor.PrivateTag.StandsFor.DIFFUSION_B_VALUE;
import static org.mrpa.dicom.vendor.PrivateTag.StandsFor.OPERATING_MODE;
import static org.mrpa.dicom.vendor.PrivateTag.StandsFor.SEQUENCE_NAME;
import static org.mrpa.dicom.vendor.Spelling.scanOption;
import static org.mrpa.dicom.vendor.Spelling.sequenceNameContaining;
import static org.mrpa.dicom.vendor.Spelling.sequenceNameMatching;

import java.util.List;

/**
 * GE (Manufacturer GE MEDICAL SYSTEMS, GE HEALTHCARE, GENERAL ELECTRIC): {@code _GEMS} ScanOptions tokens, the pulse
 * sequence name and operating mode in private groups 0019 and 0043 (§8.3). GE writes its diffusion b-value field on
 * every image, b = 0 included, so it counts for echo-planar series only.
 */
final class GeConventions implements VendorConventions {

    private static final String ACQUISITION = "GEMS_ACQU_01";
    private static final String PARAMETERS = "GEMS_PARM_01";

    private static final List<PrivateTag> PRIVATE_TAGS = List.of(
            // (0019,xx9C) pulse sequence name: epi2, epiRT, efgre3d, FSE-T2, MP-RAGE, memp, ssfse
            PrivateTag.of(0x0019, ACQUISITION, 0x9C, "GEPulseSequenceName", SEQUENCE_NAME),
            // (0043,xx89) operating mode, e.g. IEC\IEC_FIRST_LEVEL
            PrivateTag.of(0x0043, PARAMETERS, 0x89, "GEOperatingMode", OPERATING_MODE),
            // (0043,xx39) slope/intercept values, the first of which is the b-value
            new PrivateTag(0x0043, PARAMETERS, 0x39, "GEDiffusionBValue", DIFFUSION_B_VALUE, true));

    private static final List<Spelling> SPELLINGS = List.of(
            scanOption(DIXON, "IDEAL_GEMS"),
            scanOption(DIXON, "FLEX_GEMS"),
            scanOption(INVERSION_RECOVERY, "IR_GEMS"),
            // FAST_GEMS: fast spin echo
            scanOption(SPIN_ECHO, "FAST_GEMS"),
            sequenceNameContaining(ECHO_PLANAR, "epi"),
            sequenceNameMatching(GRADIENT_ECHO, "gre"),
            sequenceNameMatching(GRADIENT_ECHO, "spgr"),
            sequenceNameMatching(GRADIENT_ECHO, "bravo"),
            sequenceNameMatching(GRADIENT_ECHO, "mp-?rage"),
            // 3-plane: the three-plane localizer
            sequenceNameMatching(LOCALIZER, "3-?plane"));

    @Override
    public Vendor vendor() {
        return Vendor.GE;
    }

    @Override
    public boolean madeBy(String manufacturer) {
        return manufacturer.equals("GE")
                || manufacturer.startsWith("GE ")
                || manufacturer.startsWith("GE_")
                || manufacturer.startsWith("GENERAL ELECTRIC");
    }

    @Override
    public List<PrivateTag> privateTags() {
        return PRIVATE_TAGS;
    }

    @Override
    public List<Spelling> spellings() {
        return SPELLINGS;
    }
}
