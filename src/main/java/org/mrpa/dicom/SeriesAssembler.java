package org.mrpa.dicom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Groups instance headers by Series Instance UID and describes each series (§8). */
public final class SeriesAssembler {

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

    private final SeriesClassifier classifier;

    public SeriesAssembler(SeriesClassifier classifier) {
        this.classifier = classifier;
    }

    /** One description per series, in the order the series first appear. */
    public List<SeriesHeader> assemble(List<InstanceHeader> instances) {
        Map<String, List<InstanceHeader>> bySeries = new LinkedHashMap<>();
        for (InstanceHeader h : instances) {
            bySeries.computeIfAbsent(h.first("SeriesInstanceUID"), k -> new ArrayList<>())
                    .add(h);
        }
        List<SeriesHeader> out = new ArrayList<>();
        bySeries.values().forEach(list -> out.add(describe(new SeriesView(list))));
        return out;
    }

    private SeriesHeader describe(SeriesView s) {
        SeriesClassifier.Classification c = classifier.classify(s);
        Map<String, MeasuredValue> parameters = new LinkedHashMap<>();
        for (String k : PARAMETERS) {
            Set<Double> values = new TreeSet<>(s.all(k));
            if (k.equals("EchoTime") && values.isEmpty()) {
                values.addAll(s.all("EffectiveEchoTime"));
            }
            if (k.equals("InversionTime")) {
                values.addAll(s.all("InversionTimes"));
                values.removeIf(v -> v <= 0);
            }
            if (k.equals("SAR") && values.isEmpty()) {
                values.addAll(s.all("SpecificAbsorptionRateValue"));
            }
            if (!values.isEmpty()) {
                parameters.put(k, MeasuredValue.of(values));
            }
        }
        Double thickness = s.number("SliceThickness");
        Double spacing = s.number("SpacingBetweenSlices");
        if (thickness != null
                && spacing != null
                && s.all("SliceThickness").size() == 1
                && s.all("SpacingBetweenSlices").size() == 1) {
            parameters.put("SliceGap", MeasuredValue.of(List.of(Math.round((spacing - thickness) * 1000) / 1000.0)));
        }
        List<Double> pixel = s.firstVector.get("PixelSpacing");
        if (pixel != null && pixel.size() == 2 && !pixel.get(0).equals(pixel.get(1))) {
            parameters.put("PixelSpacingColumn", MeasuredValue.of(List.of(pixel.get(1))));
        }
        acquisitionMatrix(s).ifPresent(m -> parameters.put("AcquisitionMatrix", MeasuredValue.of(m)));
        Double rows = s.number("Rows");
        Double columns = s.number("Columns");
        if (pixel != null
                && pixel.size() == 2
                && rows != null
                && columns != null
                && !s.tokens("ImageType").contains("MOSAIC")
                && !s.tokens("ImageType").contains("VFRAME")) {
            double fov = Math.max(pixel.get(0) * rows, pixel.get(1) * columns);
            parameters.put("FieldOfView", MeasuredValue.of(List.of(Math.round(fov * 10) / 10.0)));
        }
        List<String> files = s.instances.stream().map(InstanceHeader::file).toList();
        String coil = s.first("ReceiveCoilName");
        if (coil == null) {
            coil = s.first("SiemensCoilString") != null ? s.first("SiemensCoilString") : s.first("UIHCoilString");
        }
        String mode = s.first("OperatingMode") != null ? s.first("OperatingMode") : s.first("GEOperatingMode");
        return new SeriesHeader(
                s.first("SeriesInstanceUID"),
                s.first("StudyInstanceUID"),
                s.first("AccessionNumber"),
                s.first("SeriesNumber"),
                s.first("SeriesDescription"),
                s.first("ProtocolName"),
                s.instances.stream().anyMatch(InstanceHeader::enhanced),
                Vendor.of(s.first("Manufacturer")),
                s.first("Manufacturer"),
                s.first("ManufacturerModelName"),
                s.text.containsKey("SoftwareVersions") ? String.join("\\", s.text.get("SoftwareVersions")) : null,
                s.first("StationName"),
                c.fieldStrengthT(),
                c.nominalFieldStrengthT(),
                c.plane(),
                c.obliquityDeg(),
                c.mixed(),
                c.seriesClass(),
                List.copyOf(s.tokens("ImageType")),
                c.fatSuppression(),
                c.phase(),
                c.agent(),
                coil,
                s.first("TransmitCoilName"),
                mode,
                parameters,
                s.instances.size(),
                s.frames(),
                c.evidence(),
                files,
                s.first("StudyDate"),
                s.first("BodyPartExamined"),
                s.first("PatientID"));
    }

    /** Acquired frequency x phase matrix: the two non-zero AcquisitionMatrix values, or the enhanced FOV/geometry steps. */
    private static java.util.Optional<List<Double>> acquisitionMatrix(SeriesView s) {
        List<Double> am = s.firstVector.get("AcquisitionMatrix");
        if (am != null && am.size() == 4) {
            double freq = am.get(0) > 0 ? am.get(0) : am.get(1);
            double phase = am.get(3) > 0 ? am.get(3) : am.get(2);
            return java.util.Optional.of(List.of(freq, phase));
        }
        Double f = s.number("MRAcquisitionFrequencyEncodingSteps");
        Double p = s.number("MRAcquisitionPhaseEncodingStepsInPlane");
        return f != null && p != null ? java.util.Optional.of(List.of(f, p)) : java.util.Optional.empty();
    }
}
