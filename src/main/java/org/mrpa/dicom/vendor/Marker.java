package org.mrpa.dicom.vendor;

/** A property of a series that vendors spell their own way in the header (clinical reference §8.1, §8.3). */
public enum Marker {
    /** A Dixon acquisition (water and fat images from one scan). */
    DIXON,
    /** A derived image that is not an acquisition of the protocol (ADC map, trace image ...). */
    DERIVED,
    /** Echo-planar readout. */
    ECHO_PLANAR,
    /** Spin-echo echo-planar readout. */
    SPIN_ECHO_EPI,
    /** Diffusion weighting. */
    DIFFUSION,
    /** Gradient-echo readout (spoiled, prepared or not). */
    GRADIENT_ECHO,
    /** An inversion pulse before the readout. */
    INVERSION_RECOVERY,
    /** Spin-echo or fast/turbo spin-echo readout. */
    SPIN_ECHO,
    /** Spectral fat suppression or water excitation. */
    FAT_SUPPRESSION,
    /** Several slices tiled into one image: Rows x Columns are not the field of view. */
    TILED_IMAGE,
    /** A localizer (scout, survey) sequence. */
    LOCALIZER
}
