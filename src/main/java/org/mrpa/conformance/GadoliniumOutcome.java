package org.mrpa.conformance;

/** A person's gadolinium decision (on the order, or stated in a check request): give it or do not. */
public enum GadoliniumOutcome {
    /** Gadolinium is to be given: post-contrast sequences are expected. */
    GIVE,
    /** Gadolinium is not to be given: a post-contrast series is a safety deviation. */
    DO_NOT_GIVE
}
