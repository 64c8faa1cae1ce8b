package org.mrpa.recommendation;

import org.mrpa.protocol.ContrastPhase;
import org.mrpa.protocol.Plane;

/** A catalog sequence left out of this recommendation, and the rule that left it out. */
public record OmittedSequence(
        String id, String template, Plane plane, ContrastPhase contrastPhase, String rule, String reason) {}
