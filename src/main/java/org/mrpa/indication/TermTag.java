package org.mrpa.indication;

import org.mrpa.protocol.Region;
import org.mrpa.protocol.UrgencyCue;

/**
 * What a catalog phrase or ICD-10 prefix stands for when it is found in a request: a protocol trigger, one
 * group of a trigger combination, a contrast exception, a region word, an urgency cue, or one of the lexicon's
 * markers.
 */
sealed interface TermTag {

    /** A trigger of the protocol with this id (a term or code that selects it on its own). */
    record Trigger(String protocolId) implements TermTag {}

    /** Group {@code group} of combination {@code combination} of a protocol's triggers; counts when all groups match. */
    record CombinationGroup(String protocolId, int combination, int group) implements TermTag {}

    /** Contrast exception {@code exception} (index in {@code contrast.when}) of a protocol. */
    record ContrastException(String protocolId, int exception) implements TermTag {}

    /** A word or code that places the indication in a spinal region. */
    record RegionWord(Region region) implements TermTag {}

    /** A cue of the urgency rules (§1.4). */
    record Urgency(UrgencyCue cue) implements TermTag {}

    /** The lexicon's single-meaning lists. */
    enum Marker implements TermTag {
        /** A region outside spine, paravertebral soft tissue and sacroiliac joints. */
        OUT_OF_SCOPE,
        /** A red flag for appropriateness (weight loss, fever ...). */
        RED_FLAG,
        /** Prior conservative management (weeks, failed physiotherapy ...). */
        PRIOR_MANAGEMENT,
        /** A request for intrathecal gadolinium. */
        INTRATHECAL_REQUEST
    }

    /** True for what selects a protocol: a trigger or a combination group. */
    default boolean selectsProtocol() {
        return this instanceof Trigger || this instanceof CombinationGroup;
    }
}
