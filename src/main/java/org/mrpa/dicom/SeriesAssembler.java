package org.mrpa.dicom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mrpa.dicom.vendor.AnyVendor;
import org.mrpa.dicom.vendor.PrivateTag.StandsFor;
import org.mrpa.dicom.vendor.Vendor;

/** Groups instance headers by Series Instance UID and describes each series (§8). */
public final class SeriesAssembler {

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
        SeriesHeader.Builder header = identified(s);
        classified(header, classifier.classify(s));
        return header.imageType(List.copyOf(s.tokens("ImageType")))
                .receiveCoil(orPrivate(s, "ReceiveCoilName", StandsFor.RECEIVE_COIL))
                .transmitCoil(s.first("TransmitCoilName"))
                .operatingMode(orPrivate(s, "OperatingMode", StandsFor.OPERATING_MODE))
                .parameters(MeasuredParameters.of(s))
                .instances(s.instances.size())
                .frames(s.frames())
                .files(s.instances.stream().map(InstanceHeader::file).toList())
                .build();
    }

    /** Identity of the series and its study, and the scanner. */
    private static SeriesHeader.Builder identified(SeriesView s) {
        return SeriesHeader.builder()
                .seriesInstanceUid(s.first("SeriesInstanceUID"))
                .studyInstanceUid(s.first("StudyInstanceUID"))
                .accessionNumber(s.first("AccessionNumber"))
                .seriesNumber(s.first("SeriesNumber"))
                .seriesDescription(s.first("SeriesDescription"))
                .protocolName(s.first("ProtocolName"))
                .studyDate(s.first("StudyDate"))
                .bodyPartExamined(s.first("BodyPartExamined"))
                .patientId(s.first("PatientID"))
                .enhanced(s.instances.stream().anyMatch(InstanceHeader::enhanced))
                .vendor(Vendor.of(s.first("Manufacturer")))
                .manufacturer(s.first("Manufacturer"))
                .model(s.first("ManufacturerModelName"))
                .softwareVersions(
                        s.text.containsKey("SoftwareVersions")
                                ? String.join("\\", s.text.get("SoftwareVersions"))
                                : null)
                .stationName(s.first("StationName"));
    }

    /** What the classifier found: field strength, geometry, class, fat suppression, contrast and the evidence. */
    private static void classified(SeriesHeader.Builder header, SeriesClassifier.Classification c) {
        header.fieldStrengthT(c.fieldStrengthT())
                .nominalFieldStrengthT(c.nominalFieldStrengthT())
                .plane(c.plane())
                .obliquityDeg(c.obliquityDeg())
                .mixedOrientations(c.mixed())
                .classification(c.seriesClass())
                .fatSuppression(c.fatSuppression())
                .contrastPhase(c.phase())
                .contrastAgent(c.agent())
                .evidence(c.evidence())
                .classifiedBy(c.classifiedBy());
    }

    /** A standard attribute, else the first vendor private value that stands for it. */
    private static String orPrivate(SeriesView s, String keyword, StandsFor standsFor) {
        String value = s.first(keyword);
        if (value != null) {
            return value;
        }
        return AnyVendor.namesStandingFor(standsFor).stream()
                .map(s::first)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }
}
