package org.mrpa.dicom.vendor;

/**
 * How a vendor writes a marker in one header field: an exact token, a fragment of a token or of the sequence name,
 * the start of the sequence name, or a regular expression found in the sequence name.
 *
 * @param word an upper-case token or fragment for the token fields; a lower-case fragment, prefix or regular
 *             expression for the sequence name (which is read in lower case)
 */
public record Spelling(Marker marker, Field field, Match match, String word) {

    /** Where the word is written. */
    public enum Field {
        /** ScanOptions tokens (upper case). */
        SCAN_OPTIONS,
        /** ImageType values (upper case). */
        IMAGE_TYPE,
        /** The vendor's private technique values (upper case), see {@link PrivateTag.StandsFor#TECHNIQUE}. */
        TECHNIQUE,
        /** SequenceName, PulseSequenceName and private sequence names, lower case, joined by a space. */
        SEQUENCE_NAME
    }

    /** How the word is compared. */
    public enum Match {
        /** Equal to one token. */
        TOKEN,
        /** Contained in a token, or in the sequence name. */
        FRAGMENT,
        /** At the start of the sequence name. */
        PREFIX,
        /** A regular expression found in the sequence name (a name with a line break matches none). */
        PATTERN
    }

    static Spelling scanOption(Marker marker, String token) {
        return new Spelling(marker, Field.SCAN_OPTIONS, Match.TOKEN, token);
    }

    static Spelling imageType(Marker marker, String token) {
        return new Spelling(marker, Field.IMAGE_TYPE, Match.TOKEN, token);
    }

    static Spelling technique(Marker marker, String token) {
        return new Spelling(marker, Field.TECHNIQUE, Match.TOKEN, token);
    }

    static Spelling techniqueContaining(Marker marker, String fragment) {
        return new Spelling(marker, Field.TECHNIQUE, Match.FRAGMENT, fragment);
    }

    static Spelling sequenceNameContaining(Marker marker, String fragment) {
        return new Spelling(marker, Field.SEQUENCE_NAME, Match.FRAGMENT, fragment);
    }

    static Spelling sequenceNameStarting(Marker marker, String prefix) {
        return new Spelling(marker, Field.SEQUENCE_NAME, Match.PREFIX, prefix);
    }

    static Spelling sequenceNameMatching(Marker marker, String regex) {
        return new Spelling(marker, Field.SEQUENCE_NAME, Match.PATTERN, regex);
    }

    /** True when this spelling is found in the words of a series. */
    boolean foundIn(HeaderWords words) {
        return switch (field) {
            case SCAN_OPTIONS -> words.scanOptions().stream().anyMatch(this::isSpelledBy);
            case IMAGE_TYPE -> words.imageType().stream().anyMatch(this::isSpelledBy);
            case TECHNIQUE -> words.technique().stream().anyMatch(this::isSpelledBy);
            case SEQUENCE_NAME -> isInSequenceName(words.sequenceName());
        };
    }

    /** True when one token of a token field is this spelling: the word itself, or containing it for a fragment. */
    boolean isSpelledBy(String token) {
        return match == Match.FRAGMENT ? token.contains(word) : word.equals(token);
    }

    private boolean isInSequenceName(String name) {
        return switch (match) {
            case TOKEN -> name.equals(word);
            case FRAGMENT -> name.contains(word);
            case PREFIX -> name.startsWith(word);
            case PATTERN -> name.matches(".*(" + word + ").*");
        };
    }
}
