package org.mrpa.dicom.vendor;

import java.util.List;
import java.util.Set;

/**
 * Every vendor's conventions at once. Private creators and vendor words name their vendor by themselves, and a
 * de-identified or PACS-rewritten header may lose or change Manufacturer, so a header is read and classified with the
 * conventions of all vendors whatever its Manufacturer says; Manufacturer only names the {@link Vendor}.
 */
public final class AnyVendor {

    /** Every vendor, in the order their private stand-ins are consulted (the Siemens coil before the UIH one). */
    static final List<VendorConventions> CONVENTIONS = List.of(
            new SiemensConventions(),
            new GeConventions(),
            new PhilipsConventions(),
            new CanonConventions(),
            new HitachiConventions(),
            new UihConventions(),
            new HyperfineConventions(),
            UnknownVendorConventions.INSTANCE);

    private static final List<PrivateTag> PRIVATE_TAGS =
            CONVENTIONS.stream().flatMap(c -> c.privateTags().stream()).toList();

    private static final List<Spelling> SPELLINGS =
            CONVENTIONS.stream().flatMap(c -> c.spellings().stream()).toList();

    private AnyVendor() {}

    /** The private elements of every vendor. */
    public static List<PrivateTag> privateTags() {
        return PRIVATE_TAGS;
    }

    /** Our names of the private values that stand for one thing, in vendor order. */
    public static List<String> namesStandingFor(PrivateTag.StandsFor standsFor) {
        return PRIVATE_TAGS.stream()
                .filter(t -> t.standsFor() == standsFor)
                .map(PrivateTag::name)
                .distinct()
                .toList();
    }

    /** True when some vendor's spelling of the marker is found in the words of a series. */
    public static boolean marks(Marker marker, HeaderWords words) {
        return SPELLINGS.stream().anyMatch(s -> s.marker() == marker && s.foundIn(words));
    }

    /** True when one token of a field (ScanOptions, ImageType or technique) is some vendor's spelling of the marker. */
    public static boolean spells(Marker marker, Spelling.Field field, String token) {
        return SPELLINGS.stream().anyMatch(s -> s.marker() == marker && s.field() == field && s.isSpelledBy(token));
    }

    /** The tokens among these that some vendor spells the marker with, in their order. */
    public static List<String> tokensSpelling(Marker marker, Spelling.Field field, Set<String> tokens) {
        return tokens.stream().filter(t -> spells(marker, field, t)).toList();
    }
}
