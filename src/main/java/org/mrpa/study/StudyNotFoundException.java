package org.mrpa.study;

/** A study or deviation the caller named does not exist. */
public class StudyNotFoundException extends RuntimeException {

    /** What was not found. */
    public enum Missing {
        STUDY,
        DEVIATION
    }

    private final Missing missing;

    private StudyNotFoundException(Missing missing, String message) {
        super(message);
        this.missing = missing;
    }

    /** No checked study with this Study Instance UID. */
    public static StudyNotFoundException study(String studyInstanceUid) {
        return new StudyNotFoundException(Missing.STUDY, "No study " + studyInstanceUid);
    }

    /** The study has no deviation with this id. */
    public static StudyNotFoundException deviation(String studyInstanceUid, String deviationId) {
        return new StudyNotFoundException(
                Missing.DEVIATION, "Study " + studyInstanceUid + " has no deviation " + deviationId);
    }

    /** What was not found. */
    public Missing missing() {
        return missing;
    }
}
