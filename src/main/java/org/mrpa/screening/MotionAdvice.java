package org.mrpa.screening;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrpa.advice.Flag;
import org.mrpa.advice.MotionMeasure;
import org.mrpa.advice.Reason;

/** Motion and claustrophobia measures (§6); {@code abbreviated} switches the protocol to its abbreviated variant. */
@Schema(description = "Motion and claustrophobia measures")
public record MotionAdvice(List<MotionMeasure> measures, boolean abbreviated, List<Flag> flags, List<Reason> reasons) {}
