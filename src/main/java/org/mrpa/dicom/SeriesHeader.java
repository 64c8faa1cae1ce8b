package org.mrpa.dicom;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.mrpa.protocol.FatSuppression;
import org.mrpa.protocol.Plane;

/**
 * What the headers say about one acquired series: identity, scanner, geometry, classification with the evidence
 * behind it, fat suppression, contrast phase and measured parameters (by DICOM keyword).
 *
 * @param plane            nearest standard plane (SAG, COR or AX) of the image normal; null when orientations are mixed
 * @param obliquityDeg     angle between the image normal and that plane's axis
 * @param fieldStrengthT   measured field strength in tesla (gauss converted; from the imaging frequency when absent)
 * @param nominalFieldStrengthT 1.5 or 3 when the measured value is in those bands (2.89 T is 3 T), else the measured value
 * @param studyDate        DICOM StudyDate (YYYYMMDD) as recorded, or null
 * @param bodyPartExamined DICOM BodyPartExamined as recorded (e.g. LSPINE), or null
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
        List<String> files,

        @com.fasterxml.jackson.annotation.JsonProperty("studyDate")
        String studyDate,

        String bodyPartExamined,
        @com.fasterxml.jackson.annotation.JsonIgnore String patientId) {}
