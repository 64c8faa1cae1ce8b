package org.mrpa.dicom;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.mrpa.dicom.vendor.Vendor;
import org.mrpa.protocol.FatSuppression;
import org.mrpa.protocol.Plane;

/**
 * What the headers say about one acquired series: identity, scanner, geometry, classification with the evidence
 * behind it, fat suppression, contrast phase and measured parameters (by DICOM keyword). Its JSON is the headers
 * endpoint's response; build one with {@link #builder()}.
 *
 * @param plane            nearest standard plane (SAG, COR or AX) of the image normal; null when orientations are mixed
 * @param obliquityDeg     angle between the image normal and that plane's axis
 * @param fieldStrengthT   measured field strength in tesla (gauss converted; from the imaging frequency when absent)
 * @param nominalFieldStrengthT 1.5 or 3 when the measured value is in those bands (2.89 T is 3 T), else the measured value
 * @param studyDate        DICOM StudyDate (YYYYMMDD) as recorded, or null
 * @param bodyPartExamined DICOM BodyPartExamined as recorded (e.g. LSPINE), or null
 * @param classifiedBy     the line of evidence that decided the classification (e.g. ImageType LOCALIZER)
 * @param patientId        DICOM PatientID: never serialised, never logged; stored only hashed and only if the site enables it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SeriesHeader(
        String seriesInstanceUid,
        String studyInstanceUid,
        String accessionNumber,
        String seriesNumber,
        String seriesDescription,
        String protocolName,
        boolean enhanced,
        Vendor vendor,
        String manufacturer,
        String model,
        String softwareVersions,
        String stationName,
        Double fieldStrengthT,
        Double nominalFieldStrengthT,
        Plane plane,
        Double obliquityDeg,
        boolean mixedOrientations,
        SeriesClass classification,
        List<String> imageType,
        FatSuppression fatSuppression,
        AcquiredContrastPhase contrastPhase,
        String contrastAgent,
        String receiveCoil,
        String transmitCoil,
        String operatingMode,
        Map<String, MeasuredValue> parameters,
        int instances,
        int frames,
        List<String> evidence,
        String classifiedBy,
        List<String> files,
        @JsonProperty("studyDate") String studyDate,
        String bodyPartExamined,
        @JsonIgnore String patientId) {

    /** An empty builder; unset values are null, false or 0. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this header's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder()
                .seriesInstanceUid(seriesInstanceUid)
                .studyInstanceUid(studyInstanceUid)
                .accessionNumber(accessionNumber)
                .seriesNumber(seriesNumber)
                .seriesDescription(seriesDescription)
                .protocolName(protocolName)
                .enhanced(enhanced)
                .vendor(vendor)
                .manufacturer(manufacturer)
                .model(model)
                .softwareVersions(softwareVersions)
                .stationName(stationName)
                .fieldStrengthT(fieldStrengthT)
                .nominalFieldStrengthT(nominalFieldStrengthT)
                .plane(plane)
                .obliquityDeg(obliquityDeg)
                .mixedOrientations(mixedOrientations)
                .classification(classification)
                .imageType(imageType)
                .fatSuppression(fatSuppression)
                .contrastPhase(contrastPhase)
                .contrastAgent(contrastAgent)
                .receiveCoil(receiveCoil)
                .transmitCoil(transmitCoil)
                .operatingMode(operatingMode)
                .parameters(parameters)
                .instances(instances)
                .frames(frames)
                .evidence(evidence)
                .classifiedBy(classifiedBy)
                .files(files)
                .studyDate(studyDate)
                .bodyPartExamined(bodyPartExamined)
                .patientId(patientId);
    }

    /** Builds a {@link SeriesHeader} by naming each value. */
    public static final class Builder {

        private String seriesInstanceUid;
        private String studyInstanceUid;
        private String accessionNumber;
        private String seriesNumber;
        private String seriesDescription;
        private String protocolName;
        private boolean enhanced;
        private Vendor vendor;
        private String manufacturer;
        private String model;
        private String softwareVersions;
        private String stationName;
        private Double fieldStrengthT;
        private Double nominalFieldStrengthT;
        private Plane plane;
        private Double obliquityDeg;
        private boolean mixedOrientations;
        private SeriesClass classification;
        private List<String> imageType;
        private FatSuppression fatSuppression;
        private AcquiredContrastPhase contrastPhase;
        private String contrastAgent;
        private String receiveCoil;
        private String transmitCoil;
        private String operatingMode;
        private Map<String, MeasuredValue> parameters;
        private int instances;
        private int frames;
        private List<String> evidence;
        private String classifiedBy;
        private List<String> files;
        private String studyDate;
        private String bodyPartExamined;
        private String patientId;

        private Builder() {}

        public Builder seriesInstanceUid(String seriesInstanceUid) {
            this.seriesInstanceUid = seriesInstanceUid;
            return this;
        }

        public Builder studyInstanceUid(String studyInstanceUid) {
            this.studyInstanceUid = studyInstanceUid;
            return this;
        }

        public Builder accessionNumber(String accessionNumber) {
            this.accessionNumber = accessionNumber;
            return this;
        }

        public Builder seriesNumber(String seriesNumber) {
            this.seriesNumber = seriesNumber;
            return this;
        }

        public Builder seriesDescription(String seriesDescription) {
            this.seriesDescription = seriesDescription;
            return this;
        }

        public Builder protocolName(String protocolName) {
            this.protocolName = protocolName;
            return this;
        }

        public Builder enhanced(boolean enhanced) {
            this.enhanced = enhanced;
            return this;
        }

        public Builder vendor(Vendor vendor) {
            this.vendor = vendor;
            return this;
        }

        public Builder manufacturer(String manufacturer) {
            this.manufacturer = manufacturer;
            return this;
        }

        public Builder model(String model) {
            this.model = model;
            return this;
        }

        public Builder softwareVersions(String softwareVersions) {
            this.softwareVersions = softwareVersions;
            return this;
        }

        public Builder stationName(String stationName) {
            this.stationName = stationName;
            return this;
        }

        public Builder fieldStrengthT(Double fieldStrengthT) {
            this.fieldStrengthT = fieldStrengthT;
            return this;
        }

        public Builder nominalFieldStrengthT(Double nominalFieldStrengthT) {
            this.nominalFieldStrengthT = nominalFieldStrengthT;
            return this;
        }

        public Builder plane(Plane plane) {
            this.plane = plane;
            return this;
        }

        public Builder obliquityDeg(Double obliquityDeg) {
            this.obliquityDeg = obliquityDeg;
            return this;
        }

        public Builder mixedOrientations(boolean mixedOrientations) {
            this.mixedOrientations = mixedOrientations;
            return this;
        }

        public Builder classification(SeriesClass classification) {
            this.classification = classification;
            return this;
        }

        public Builder imageType(List<String> imageType) {
            this.imageType = imageType;
            return this;
        }

        public Builder fatSuppression(FatSuppression fatSuppression) {
            this.fatSuppression = fatSuppression;
            return this;
        }

        public Builder contrastPhase(AcquiredContrastPhase contrastPhase) {
            this.contrastPhase = contrastPhase;
            return this;
        }

        public Builder contrastAgent(String contrastAgent) {
            this.contrastAgent = contrastAgent;
            return this;
        }

        public Builder receiveCoil(String receiveCoil) {
            this.receiveCoil = receiveCoil;
            return this;
        }

        public Builder transmitCoil(String transmitCoil) {
            this.transmitCoil = transmitCoil;
            return this;
        }

        public Builder operatingMode(String operatingMode) {
            this.operatingMode = operatingMode;
            return this;
        }

        public Builder parameters(Map<String, MeasuredValue> parameters) {
            this.parameters = parameters;
            return this;
        }

        public Builder instances(int instances) {
            this.instances = instances;
            return this;
        }

        public Builder frames(int frames) {
            this.frames = frames;
            return this;
        }

        public Builder evidence(List<String> evidence) {
            this.evidence = evidence;
            return this;
        }

        public Builder classifiedBy(String classifiedBy) {
            this.classifiedBy = classifiedBy;
            return this;
        }

        public Builder files(List<String> files) {
            this.files = files;
            return this;
        }

        public Builder studyDate(String studyDate) {
            this.studyDate = studyDate;
            return this;
        }

        public Builder bodyPartExamined(String bodyPartExamined) {
            this.bodyPartExamined = bodyPartExamined;
            return this;
        }

        public Builder patientId(String patientId) {
            this.patientId = patientId;
            return this;
        }

        public SeriesHeader build() {
            return new SeriesHeader(
                    seriesInstanceUid,
                    studyInstanceUid,
                    accessionNumber,
                    seriesNumber,
                    seriesDescription,
                    protocolName,
                    enhanced,
                    vendor,
                    manufacturer,
                    model,
                    softwareVersions,
                    stationName,
                    fieldStrengthT,
                    nominalFieldStrengthT,
                    plane,
                    obliquityDeg,
                    mixedOrientations,
                    classification,
                    imageType,
                    fatSuppression,
                    contrastPhase,
                    contrastAgent,
                    receiveCoil,
                    transmitCoil,
                    operatingMode,
                    parameters,
                    instances,
                    frames,
                    evidence,
                    classifiedBy,
                    files,
                    studyDate,
                    bodyPartExamined,
                    patientId);
        }
    }
}
