package org.mrpa.dicom;

/** A file that could not be read as an MR image header, by name, with the reason. */
public record UnreadableFile(String file, String reason) {}
