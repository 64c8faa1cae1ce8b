package org.mrpa.dicom.vendor;

import static org.mrpa.dicom.vendor.Marker.DIFFUSION;
import static org.mrpa.dicom.vendor.Marker.ECHO_PLANAR;
import static org.mrpa.dicom.vendor.Marker.GRADIENT_ECHO;
import static org.mrpa.dicom.vendor.Marker.TILED_IMAGE;
import static org.mrpa.dicom.vendor.PrivateTag.StandsFor.RECEIVE_COIL;
import static org.mrpa.dicom.vendor.Spelling.imageType;
import static org.mrpa.dicom.vendor.Spelling.sequenceNameContaining;
import static org.mrpa.dicom.vendor.Spelling.sequenceNameMatching;

import java.util.List;

/**
 * United Imaging (Manufacturer UIH, United Imaging Healthcare): sequence names such as epi_dti and gre_fsp, the coil
 * in a private element of the "Image Private Header" creator, and VFRAME images that tile several slices.
 */
final class UihConventions implements VendorConventions {

    private static final List<PrivateTag> PRIVATE_TAGS = List.of(
            // (0065,xx03) coil string, e.g. HL1,2;HU1,2, when ReceiveCoilName is absent
            PrivateTag.of(0x0065, "Image Private Header", 0x03, "UIHCoilString", RECEIVE_COIL));

    private static final List<Spelling> SPELLINGS = List.of(
            sequenceNameContaining(ECHO_PLANAR, "epi"),
            sequenceNameMatching(DIFFUSION, "dti"),
            sequenceNameMatching(GRADIENT_ECHO, "gre"),
            imageType(TILED_IMAGE, "VFRAME"));

    @Override
    public Vendor vendor() {
        return Vendor.UIH;
    }

    @Override
    public boolean madeBy(String manufacturer) {
        return manufacturer.startsWith("UIH") || manufacturer.startsWith("UNITED IMAGING");
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
