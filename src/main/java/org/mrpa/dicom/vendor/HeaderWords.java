package org.mrpa.dicom.vendor;

import java.util.Set;

/**
 * The words of one series' header in which vendors spell their techniques (see {@link Spelling.Field}).
 *
 * @param scanOptions  ScanOptions tokens, upper case
 * @param imageType    ImageType values, upper case
 * @param technique    values of the private technique elements, upper case, in vendor order
 * @param sequenceName SequenceName, PulseSequenceName and the private sequence names, lower case, each absent one
 *                     empty, joined by a space
 */
public record HeaderWords(Set<String> scanOptions, Set<String> imageType, Set<String> technique, String sequenceName) {}
