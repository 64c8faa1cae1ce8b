package org.mrpa.dicom;

import java.util.List;

/** Headers of a set of files: the series found, and every file that could not be read, with the reason. */
public record HeaderExtraction(List<SeriesHeader> series, List<UnreadableFile> unreadable) {}
