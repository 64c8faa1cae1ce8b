package org.mrpa.dicom.vendor;

/**
 * A vendor private element, found through its private creator string: the creator reserves a block (gggg,00bb) and
 * the element sits at (gggg,bbee), ee being the offset written here. PACS may move the block; the creator stays.
 *
 * @param group          the private (odd) group
 * @param creator        the private creator string that reserves the block
 * @param offset         the element's offset within the block (the low byte of its element number)
 * @param name           our name for the value in {@code InstanceHeader.text()} (stored, so never renamed)
 * @param standsFor      what the value stands for in the classification
 * @param firstValueOnly true when only the first value of a multi-valued element is meant
 */
public record PrivateTag(
        int group, String creator, int offset, String name, StandsFor standsFor, boolean firstValueOnly) {

    /** First element that can hold a private creator: (gggg,0010). */
    public static final int FIRST_CREATOR_ELEMENT = 0x0010;

    /** Last element that can hold a private creator: (gggg,00FF). */
    public static final int LAST_CREATOR_ELEMENT = 0x00FF;

    /** What a private value stands for: the standard attribute it replaces, or a vendor-only notion. */
    public enum StandsFor {
        /** A sequence name, read with SequenceName and PulseSequenceName. */
        SEQUENCE_NAME,
        /** The vendor's name for the scanning technique (no standard attribute). */
        TECHNIQUE,
        /** OperatingMode, when the standard attribute is absent. */
        OPERATING_MODE,
        /** ReceiveCoilName, when the standard attribute is absent. */
        RECEIVE_COIL,
        /** DiffusionBValue; counted for echo-planar series only (some vendors write it on every image). */
        DIFFUSION_B_VALUE
    }

    /** A private element read with all its values. */
    static PrivateTag of(int group, String creator, int offset, String name, StandsFor standsFor) {
        return new PrivateTag(group, creator, offset, name, standsFor, false);
    }

    /** The element number of this value in the block reserved at a creator element (gggg,00bb). */
    public int elementIn(int creatorElement) {
        return (creatorElement << 8) | offset;
    }
}
