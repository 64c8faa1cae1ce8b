package org.mrpa.dicom;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mrpa.dicom.vendor.Marker;
import org.mrpa.protocol.Range;

/**
 * What in the data says a series is a localizer: ImageType LOCALIZER or SCOUT, images in several orthogonal planes, a
 * vendor's localizer sequence name; and the low-resolution signs that must back a localizer description (few images,
 * large field of view, low acquired matrix, thick slices). Absent values are not signs: what cannot be verified is
 * not a localizer.
 */
final class LocalizerEvidence {

    /** Low-resolution signs a localizer description needs. */
    static final int SIGNS_NEEDED = 2;

    /** At most this many images (frames) per series. */
    static final int FEW_IMAGES = 5;

    /** Field of view (mm) from which a field of view is a localizer's. */
    static final double LARGE_FOV_MM = 350;

    /** Acquired matrix (smaller side) up to which a matrix is a localizer's. */
    static final double LOW_MATRIX = 160;

    /** Slice thickness (mm) from which slices are a localizer's. */
    static final double THICK_SLICE_MM = 7;

    private LocalizerEvidence() {}

    /** The evidence in the data alone, or empty when the data do not say localizer. */
    static Optional<String> fromData(SequenceClues c) {
        if (c.imageType.contains("LOCALIZER") || c.imageType.contains("SCOUT")) {
            return Optional.of("ImageType " + (c.imageType.contains("LOCALIZER") ? "LOCALIZER" : "SCOUT"));
        }
        if (c.mixedOrientations) {
            return Optional.of("orientations in several planes: localizer");
        }
        if (c.marks(Marker.LOCALIZER)) {
            return Optional.of(
                    "localizer sequence name '" + c.words.sequenceName().trim() + "'");
        }
        return Optional.empty();
    }

    /** The low-resolution signs the series shows, each with its value. */
    static List<String> lowResolutionSigns(SeriesView s) {
        List<String> signs = new ArrayList<>();
        int images = Math.max(s.frames(), s.instances.size());
        if (images <= FEW_IMAGES) {
            signs.add(images + " images");
        }
        Double fov = fieldOfView(s);
        if (fov != null && fov >= LARGE_FOV_MM) {
            signs.add("field of view " + Range.format(fov) + " mm");
        }
        Double matrix = smallerMatrixSide(s);
        if (matrix != null && matrix <= LOW_MATRIX) {
            signs.add("acquired matrix " + Range.format(matrix));
        }
        Double thickness = s.number("SliceThickness");
        if (thickness != null && thickness >= THICK_SLICE_MM) {
            signs.add("slice thickness " + Range.format(thickness) + " mm");
        }
        return signs;
    }

    private static Double fieldOfView(SeriesView s) {
        List<Double> pixel = s.firstVector.get("PixelSpacing");
        Double rows = s.number("Rows");
        Double columns = s.number("Columns");
        if (pixel == null || pixel.size() != 2 || rows == null || columns == null) {
            return null;
        }
        return Math.max(pixel.get(0) * rows, pixel.get(1) * columns);
    }

    private static Double smallerMatrixSide(SeriesView s) {
        List<Double> am = s.firstVector.get("AcquisitionMatrix");
        if (am != null && am.size() == 4) {
            return am.stream().filter(v -> v > 0).min(Double::compare).orElse(null);
        }
        Double f = s.number("MRAcquisitionFrequencyEncodingSteps");
        Double p = s.number("MRAcquisitionPhaseEncodingStepsInPlane");
        return f != null && p != null ? Math.min(f, p) : null;
    }
}
