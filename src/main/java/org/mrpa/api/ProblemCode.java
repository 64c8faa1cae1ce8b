package org.mrpa.api;

/**
 * Every stable {@code code} of an application/problem+json answer. Clients switch on these, so a code is never
 * renamed; the OpenAPI document lists them as the enum of {@code Problem.code}.
 */
public enum ProblemCode {
    /** 400: a field of the request, a query parameter or a form field has a wrong value; {@code errors} names each. */
    VALIDATION_FAILED,
    /** 400: the body is not JSON at all (line and column given). */
    MALFORMED_JSON,
    /** 400: a query parameter is unknown (a typo) or not allowed with the others. */
    INVALID_QUERY,
    /** 400: an upload without any file. */
    EMPTY_UPLOAD,
    /** 400: a zip entry whose path leaves its folder. */
    UNSAFE_ZIP_ENTRY,
    /** 400: a zip that inflates more than the configured ratio (a zip bomb). */
    ZIP_BOMB,
    /** 400: no file of the upload is a readable MR image. */
    NO_READABLE_IMAGE,
    /** 400: an upload holding more than one study. */
    SEVERAL_STUDIES,
    /** 400: a STOW-RS body that is not multipart, has no boundary, or is cut before its first instance ended. */
    MALFORMED_MULTIPART,
    /** 400: a STOW-RS body without any part. */
    NO_INSTANCES,
    /** 400: another client error the service has no more precise code for. */
    BAD_REQUEST,
    /** 404: no resource at the path. */
    NOT_FOUND,
    /** 404: no recommendation with that id. */
    RECOMMENDATION_NOT_FOUND,
    /** 404: no protocol with that id in the catalog. */
    PROTOCOL_NOT_FOUND,
    /** 404: no recommendation was made for that accession number. */
    ORDER_NOT_FOUND,
    /** 404: no checked study with that Study Instance UID. */
    STUDY_NOT_FOUND,
    /** 404: the study has no deviation with that id. */
    DEVIATION_NOT_FOUND,
    /** 404: nothing of that study was received by C-STORE or STOW-RS. */
    STUDY_NOT_RECEIVED,
    /** 405: the path does not take that method. */
    METHOD_NOT_ALLOWED,
    /** 406: the service cannot answer in the media type asked for. */
    NOT_ACCEPTABLE,
    /** 409: a protocolling decision on an order whose recommendation left no such decision to a radiologist. */
    DECISION_NOT_PENDING,
    /** 413: an upload over the configured byte limit (sent or inflated). */
    UPLOAD_TOO_LARGE,
    /** 413: an upload with more files (including zip entries) than the configured limit. */
    TOO_MANY_FILES,
    /** 415: a body in a media type the endpoint does not take. */
    UNSUPPORTED_MEDIA_TYPE,
    /** 500: an unexpected failure; the detail carries a reference to the log line. */
    INTERNAL_ERROR,
    /** 5xx: another server error. */
    SERVER_ERROR,
    /** 503: the database cannot be reached; nothing was stored; retry after Retry-After seconds. */
    DATABASE_UNAVAILABLE
}
