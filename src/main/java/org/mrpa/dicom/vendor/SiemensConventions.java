package org.mrpa.dicom.vendor;

import static org.mrpa.dicom.vendor.Marker.DERIVED;
import static org.mrpa.dicom.vendor.Marker.DIFFUSION;
import static org.mrpa.dicom.vendor.Marker.ECHO_PLANAR;
import static org.mrpa.dicom.vendor.Marker.GRADIENT_ECHO;
import static org.mrpa.dicom.vendor.Marker.INVERSION_RECOVERY;
import static org.mrpa.dicom.vendor.Marker.TILED_IMAGE;
import static org.mrpa.dicom.vendor.PrivateTag.StandsFor.DIFFUSION_B_VALUE;
import static org.mrpa.dicom.vendor.PrivateTag.StandsFor.RECEIVE_COIL;
import static org.mrpa.dicom.vendor.Spelling.imageType;
import static org.mrpa.dicom.vendor.Spelling.scanOption;
import static org.mrpa.dicom.vendor.Spelling.sequenceNameContaining;
import static org.mrpa.dicom.vendor.Spelling.sequenceNameMatching;
import static org.mrpa.dicom.vendor.Spelling.sequenceNameStarting;

import java.util.List;

/**
 * Siemens (Manufacturer SIEMENS, Siemens Healthineers): syngo sequence names in SequenceName (classic) or
 * PulseSequenceName (enhanced XA), private values of the "SIEMENS MR HEADER" creator, derived and mosaic ImageType
 * values. STIR/TIRM and FLAIR are ScanningSequence SE\IR with ScanOptions IR and a {@code *tir2d} sequence name
 * (§8.3). Enhanced XA exports write EchoPulseSequence GRADIENT for spin-echo EPI, so the classifier reads
 * EchoPulseSequence only for series that are not echo-planar.
 */
final class SiemensConventions implements VendorConventions {

    private static final String MR_HEADER = "SIEMENS MR HEADER";

    private static final List<PrivateTag> PRIVATE_TAGS = List.of(
            // (0019,xx0C) B_value of a diffusion image
            PrivateTag.of(0x0019, MR_HEADER, 0x0C, "SiemensDiffusionBValue", DIFFUSION_B_VALUE),
            // (0051,xx0F) coil string, e.g. HE1-4;NE1,2, when ReceiveCoilName is absent
            PrivateTag.of(0x0051, MR_HEADER, 0x0F, "SiemensCoilString", RECEIVE_COIL));

    private static final List<Spelling> SPELLINGS = List.of(
            // *epfid2d1_64 (gradient-echo EPI), epse2d1_72 (spin-echo EPI), ep2d_..., ep_b1000 (diffusion)
            sequenceNameContaining(ECHO_PLANAR, "ep2d"),
            sequenceNameContaining(ECHO_PLANAR, "epse"),
            sequenceNameContaining(ECHO_PLANAR, "epfid"),
            sequenceNameStarting(ECHO_PLANAR, "ep"),
            // a PulseSequenceName starting with ep, after the SequenceName it is joined to
            sequenceNameContaining(ECHO_PLANAR, " ep"),
            sequenceNameMatching(DIFFUSION, "ep_b\\d+"),
            sequenceNameMatching(DIFFUSION, "resolve"),
            // *fid, *tfl3d (MPRAGE), *fl2d/*fl3d (FLASH, VIBE)
            sequenceNameMatching(GRADIENT_ECHO, "fid"),
            sequenceNameMatching(GRADIENT_ECHO, "tfl"),
            sequenceNameMatching(GRADIENT_ECHO, "fl2d"),
            sequenceNameMatching(GRADIENT_ECHO, "fl3d"),
            sequenceNameMatching(GRADIENT_ECHO, "flash"),
            sequenceNameMatching(GRADIENT_ECHO, "vibe"),
            // TIRM: *tir2d
            sequenceNameContaining(INVERSION_RECOVERY, "tir"),
            scanOption(INVERSION_RECOVERY, "IR"),
            // diffusion maps: DERIVED\PRIMARY\DIFFUSION\ADC, TRACEW, FA, EADC
            imageType(DERIVED, "ADC"),
            imageType(DERIVED, "TRACEW"),
            imageType(DERIVED, "FA"),
            imageType(DERIVED, "EADC"),
            imageType(TILED_IMAGE, "MOSAIC"));

    @Override
    public Vendor vendor() {
        return Vendor.SIEMENS;
    }

    @Override
    public boolean madeBy(String manufacturer) {
        return manufacturer.startsWith("SIEMENS");
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
