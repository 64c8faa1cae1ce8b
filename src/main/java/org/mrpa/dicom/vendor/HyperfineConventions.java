package org.mrpa.dicom.vendor;

import java.util.List;

/**
 * Hyperfine (Manufacturer Hyperfine Research), low field: named only; its enhanced objects use standard attributes
 * (OperatingMode, ReceiveCoilName) and no private element or spelling has been traced to it.
 */
final class HyperfineConventions implements VendorConventions {

    @Override
    public Vendor vendor() {
        return Vendor.HYPERFINE;
    }

    @Override
    public boolean madeBy(String manufacturer) {
        return manufacturer.startsWith("HYPERFINE");
    }

    @Override
    public List<PrivateTag> privateTags() {
        return List.of();
    }

    @Override
    public List<Spelling> spellings() {
        return List.of();
    }
}
