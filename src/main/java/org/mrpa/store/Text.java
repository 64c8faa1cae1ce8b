package org.mrpa.store;

/** Fitting header text into its column: vendors write longer values than the DICOM VR allows. */
final class Text {

    private Text() {}

    /** The value cut to at most {@code max} characters (null stays null). */
    static String clip(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        return value.substring(0, max - 1) + "…";
    }
}
