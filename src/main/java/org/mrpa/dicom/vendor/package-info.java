/**
 * Every scanner vendor convention (Manufacturer names, private elements by creator, spellings of techniques); plain
 * Java that imports only the JDK: no DICOM toolkit, no other org.mrpa package.
 *
 * <p>One {@link org.mrpa.dicom.vendor.VendorConventions} per vendor, chosen from Manufacturer to name the
 * {@link org.mrpa.dicom.vendor.Vendor}. Private creators and vendor words name their vendor by themselves and
 * de-identified headers may lose Manufacturer, so {@link org.mrpa.dicom.vendor.AnyVendor} reads and classifies every
 * header with all vendors' conventions. The rest of clinical reference §8.3 that the code does not use yet (GE
 * PROP_GEMS, Philips MultiVane, Siemens WARP) is not listed.
 *
 * <h2>How to add a vendor convention</h2>
 * <ol>
 *   <li>Open the vendor's class ({@code SiemensConventions}, {@code GeConventions} ...; {@code
 *       UnknownVendorConventions} while no sample shows which vendor writes it).
 *   <li>A word: add a {@code Spelling} to {@code SPELLINGS}, e.g. {@code scanOption(INVERSION_RECOVERY, "IR_GEMS")}
 *       or {@code sequenceNameContaining(INVERSION_RECOVERY, "tir")}; a new meaning needs a {@code Marker} and the
 *       heuristic that asks for it ({@code dicom/SequenceClues}).
 *   <li>A private element: add {@code PrivateTag.of(group, creator, offset, name, standsFor)} to {@code
 *       PRIVATE_TAGS}, the tag in a comment; the name is stored with every instance, so never rename one.
 *   <li>A new vendor: a {@code Vendor} value and a class implementing {@code VendorConventions}, listed in {@code
 *       AnyVendor.CONVENTIONS}.
 *   <li>Show it with a header in {@code DicomCorpusTest} or {@code SeriesClassifierTest}; until a local sample
 *       confirms it, it stays [VERIFY] in §8.3.
 * </ol>
 */
package org.mrpa.dicom.vendor;
