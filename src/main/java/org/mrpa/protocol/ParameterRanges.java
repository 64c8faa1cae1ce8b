package org.mrpa.protocol;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;

/** Expected acquisition parameter ranges of one sequence at one field strength; absent = not constrained. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParameterRanges(
        Range repetitionTimeMs,
        Range echoTimeMs,
        Range inversionTimeMs,
        Range echoTrainLength,
        Range flipAngleDeg,
        Range sliceThicknessMm,
        Range sliceGapMm,
        Range fieldOfViewMm,
        Range pixelSizeMm,
        Range acquisitionMatrix,
        Range receiverBandwidthHzPerPixel) {

    public static final ParameterRanges NONE =
            new ParameterRanges(null, null, null, null, null, null, null, null, null, null, null);

    /** Field-by-field overlay: a range set in {@code over} replaces the one here. */
    public ParameterRanges overlay(ParameterRanges over) {
        if (over == null) {
            return this;
        }
        return new ParameterRanges(
                pick(over.repetitionTimeMs, repetitionTimeMs),
                pick(over.echoTimeMs, echoTimeMs),
                pick(over.inversionTimeMs, inversionTimeMs),
                pick(over.echoTrainLength, echoTrainLength),
                pick(over.flipAngleDeg, flipAngleDeg),
                pick(over.sliceThicknessMm, sliceThicknessMm),
                pick(over.sliceGapMm, sliceGapMm),
                pick(over.fieldOfViewMm, fieldOfViewMm),
                pick(over.pixelSizeMm, pixelSizeMm),
                pick(over.acquisitionMatrix, acquisitionMatrix),
                pick(over.receiverBandwidthHzPerPixel, receiverBandwidthHzPerPixel));
    }

    /** The same ranges with the receiver bandwidth multiplied (metal artifact reduction, §5 rule 6). */
    public ParameterRanges withBandwidthScaled(double minFactor, double maxFactor) {
        if (receiverBandwidthHzPerPixel == null) {
            return this;
        }
        return new ParameterRanges(
                repetitionTimeMs,
                echoTimeMs,
                inversionTimeMs,
                echoTrainLength,
                flipAngleDeg,
                sliceThicknessMm,
                sliceGapMm,
                fieldOfViewMm,
                pixelSizeMm,
                acquisitionMatrix,
                receiverBandwidthHzPerPixel.scaled(minFactor, maxFactor));
    }

    /** Every range that is set, by its JSON name, in declaration order. */
    @JsonIgnore
    public Map<String, Range> asMap() {
        Map<String, Range> m = new LinkedHashMap<>();
        put(m, "repetitionTimeMs", repetitionTimeMs);
        put(m, "echoTimeMs", echoTimeMs);
        put(m, "inversionTimeMs", inversionTimeMs);
        put(m, "echoTrainLength", echoTrainLength);
        put(m, "flipAngleDeg", flipAngleDeg);
        put(m, "sliceThicknessMm", sliceThicknessMm);
        put(m, "sliceGapMm", sliceGapMm);
        put(m, "fieldOfViewMm", fieldOfViewMm);
        put(m, "pixelSizeMm", pixelSizeMm);
        put(m, "acquisitionMatrix", acquisitionMatrix);
        put(m, "receiverBandwidthHzPerPixel", receiverBandwidthHzPerPixel);
        return m;
    }

    private static void put(Map<String, Range> m, String k, Range r) {
        if (r != null) {
            m.put(k, r);
        }
    }

    private static Range pick(Range preferred, Range fallback) {
        return preferred != null ? preferred : fallback;
    }
}
