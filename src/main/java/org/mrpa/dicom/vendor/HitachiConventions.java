package org.mrpa.dicom.vendor;

import java.util.List;

/**
 * Hitachi, now Fujifilm (Manufacturer Hitachi Medical Corporation, FUJIFILM Healthcare): named only; no private
 * element or spelling has been traced to it (the corpus sample's header was rewritten by a converter).
 */
final class HitachiConventions implements VendorConventions {

    @Override
    public Vendor vendor() {
        return Vendor.HITACHI;
    }

    @Override
    public boolean madeBy(String manufacturer) {
        return manufacturer.startsWith("HITACHI") || manufacturer.startsWith("FUJIFILM");
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
