package org.mrpa.dicom;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.mrpa.dicom.vendor.AnyVendor;
import org.mrpa.dicom.vendor.Marker;
import org.mrpa.dicom.vendor.Spelling;

/**
 * The measured parameters of a series, by DICOM keyword, with the values derived from them: slice gap, column pixel
 * spacing when it differs, acquired matrix and field of view.
 */
final class MeasuredParameters {

    /** Parameters reported per series, by DICOM keyword. */
    static final List<String> PARAMETERS = List.of(
            "RepetitionTime",
            "EchoTime",
            "InversionTime",
            "FlipAngle",
            "EchoTrainLength",
            "SliceThickness",
            "SpacingBetweenSlices",
            "PixelSpacing",
            "PixelBandwidth",
            "SAR",
            "dBdt",
            "B1rms",
            "DiffusionBValue");

    private MeasuredParameters() {}

    /** Every parameter recorded, in the order of {@link #PARAMETERS}, then the derived ones. */
    static Map<String, MeasuredValue> of(SeriesView s) {
        Map<String, MeasuredValue> parameters = new LinkedHashMap<>();
        for (String k : PARAMETERS) {
            Set<Double> values = values(s, k);
            if (!values.isEmpty()) {
                parameters.put(k, MeasuredValue.of(values));
            }
        }
        sliceGap(s).ifPresent(gap -> parameters.put("SliceGap", MeasuredValue.of(List.of(gap))));
        List<Double> pixel = s.firstVector.get("PixelSpacing");
        if (pixel != null && pixel.size() == 2 && !pixel.get(0).equals(pixel.get(1))) {
            parameters.put("PixelSpacingColumn", MeasuredValue.of(List.of(pixel.get(1))));
        }
        acquisitionMatrix(s).ifPresent(m -> parameters.put("AcquisitionMatrix", MeasuredValue.of(m)));
        fieldOfView(s, pixel).ifPresent(fov -> parameters.put("FieldOfView", MeasuredValue.of(List.of(fov))));
        return parameters;
    }

    /** The distinct values of one parameter, from its enhanced equivalent where the classic one is absent. */
    private static Set<Double> values(SeriesView s, String keyword) {
        Set<Double> values = new TreeSet<>(s.all(keyword));
        if (keyword.equals("EchoTime") && values.isEmpty()) {
            values.addAll(s.all("EffectiveEchoTime"));
        }
        if (keyword.equals("InversionTime")) {
            values.addAll(s.all("InversionTimes"));
            values.removeIf(v -> v <= 0);
        }
        if (keyword.equals("SAR") && values.isEmpty()) {
            values.addAll(s.all("SpecificAbsorptionRateValue"));
        }
        return values;
    }

    /** SpacingBetweenSlices minus SliceThickness, when each has one value. */
    private static Optional<Double> sliceGap(SeriesView s) {
        Double thickness = s.number("SliceThickness");
        Double spacing = s.number("SpacingBetweenSlices");
        if (thickness == null
                || spacing == null
                || s.all("SliceThickness").size() != 1
                || s.all("SpacingBetweenSlices").size() != 1) {
            return Optional.empty();
        }
        return Optional.of(Math.round((spacing - thickness) * 1000) / 1000.0);
    }

    /** Acquired frequency x phase matrix: the non-zero AcquisitionMatrix values, or the enhanced FOV/geometry steps. */
    private static Optional<List<Double>> acquisitionMatrix(SeriesView s) {
        List<Double> am = s.firstVector.get("AcquisitionMatrix");
        if (am != null && am.size() == 4) {
            double freq = am.get(0) > 0 ? am.get(0) : am.get(1);
            double phase = am.get(3) > 0 ? am.get(3) : am.get(2);
            return Optional.of(List.of(freq, phase));
        }
        Double f = s.number("MRAcquisitionFrequencyEncodingSteps");
        Double p = s.number("MRAcquisitionPhaseEncodingStepsInPlane");
        return f != null && p != null ? Optional.of(List.of(f, p)) : Optional.empty();
    }

    /** The larger side of Rows x Columns pixels; none for images that tile several slices (a vendor's mosaic). */
    private static Optional<Double> fieldOfView(SeriesView s, List<Double> pixel) {
        Double rows = s.number("Rows");
        Double columns = s.number("Columns");
        if (pixel == null
                || pixel.size() != 2
                || rows == null
                || columns == null
                || s.tokens("ImageType").stream()
                        .anyMatch(t -> AnyVendor.spells(Marker.TILED_IMAGE, Spelling.Field.IMAGE_TYPE, t))) {
            return Optional.empty();
        }
        double fov = Math.max(pixel.get(0) * rows, pixel.get(1) * columns);
        return Optional.of(Math.round(fov * 10) / 10.0);
    }
}
