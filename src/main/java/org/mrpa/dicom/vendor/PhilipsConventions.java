package org.mrpa.dicom.vendor;

import static org.mrpa.dicom.vendor.Marker.DIFFUSION;
import static org.mrpa.dicom.vendor.Marker.DIXON;
import static org.mrpa.dicom.vendor.Marker.ECHO_PLANAR;
import static org.mrpa.dicom.vendor.Marker.FAT_SUPPRESSION;
import static org.mrpa.dicom.vendor.Marker.GRADIENT_ECHO;
import static org.mrpa.dicom.vendor.Marker.INVERSION_RECOVERY;
import static org.mrpa.dicom.vendor.Marker.SPIN_ECHO;
import static org.mrpa.dicom.vendor.Marker.SPIN_ECHO_EPI;
import static org.mrpa.dicom.vendor.PrivateTag.StandsFor.TECHNIQUE;
import static org.mrpa.dicom.vendor.Spelling.scanOption;
import static org.mrpa.dicom.vendor.Spelling.sequenceNameMatching;
import static org.mrpa.dicom.vendor.Spelling.technique;
import static org.mrpa.dicom.vendor.Spelling.techniqueContaining;

import java.util.List;

/**
 * Philips (Manufacturer Philips, Philips Medical Systems): often Enhanced MR; the technique in the private scanning
 * technique of the "Philips Imaging DD 001" creator (also inside the functional groups) and in PulseSequenceName:
 * FFE/TFE gradient echo, TSE/SE spin echo, DwiSE diffusion, IR; mDIXON for Dixon; SPIR/SPAIR spectral fat
 * suppression (§8.3). EPI may be written only in the private technique.
 */
final class PhilipsConventions implements VendorConventions {

    private static final List<PrivateTag> PRIVATE_TAGS = List.of(
            // (2001,xx20) scanning technique: FFE, T1TFE, TSE, MSE, IR, DwiSE, GraSE, mDIXON ...
            PrivateTag.of(0x2001, "Philips Imaging DD 001", 0x20, "PhilipsScanningTechnique", TECHNIQUE));

    private static final List<Spelling> SPELLINGS = List.of(
            techniqueContaining(DIXON, "DIXON"),
            techniqueContaining(ECHO_PLANAR, "DWI"),
            techniqueContaining(ECHO_PLANAR, "EPI"),
            techniqueContaining(DIFFUSION, "DWI"),
            technique(SPIN_ECHO_EPI, "DWISE"),
            techniqueContaining(GRADIENT_ECHO, "FFE"),
            techniqueContaining(GRADIENT_ECHO, "TFE"),
            technique(INVERSION_RECOVERY, "IR"),
            techniqueContaining(SPIN_ECHO, "SE"),
            // PulseSequenceName of enhanced objects: FFE, T1TFE, DwiSE
            sequenceNameMatching(GRADIENT_ECHO, "ffe"),
            sequenceNameMatching(GRADIENT_ECHO, "tfe"),
            sequenceNameMatching(DIFFUSION, "dwi"),
            scanOption(FAT_SUPPRESSION, "SPIR"),
            scanOption(FAT_SUPPRESSION, "SPAIR"));

    @Override
    public Vendor vendor() {
        return Vendor.PHILIPS;
    }

    @Override
    public boolean madeBy(String manufacturer) {
        return manufacturer.startsWith("PHILIPS");
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
