/**
 * DICOM header extraction and series classification, the only room besides ingest/ that imports the DICOM toolkit
 * (PixelMed, behind {@link org.mrpa.dicom.DicomHeaderReader} only); may import com.pixelmed, dicom/vendor,
 * org.mrpa.protocol, Jackson annotations and the JDK, never Quarkus, Jakarta or api/app/audit.
 *
 * <p>A file becomes an {@link org.mrpa.dicom.InstanceHeader} (toolkit-free, stored as JSON: its keys, private names
 * included, never change); {@link org.mrpa.dicom.SeriesAssembler} groups instances by series and describes each as a
 * {@link org.mrpa.dicom.SeriesHeader} (the JSON of the headers endpoint), classified by
 * {@link org.mrpa.dicom.SeriesClassifier} with the heuristics of clinical reference §8.1 in order. Vendor facts live
 * in dicom/vendor; site settings (inversion-time windows, TR/TE bands, description patterns) in
 * {@code protocols/header-classification.yaml}.
 */
package org.mrpa.dicom;
