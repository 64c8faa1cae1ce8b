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

    public static final ParameterRanges NONE = builder().build();

    /** A builder in which every range is absent (not constrained) until set. */
    public static Builder builder() {
        return new Builder();
    }

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

    /**
     * The same ranges with each end multiplied by the matching factor range of {@code factors} ({min, max} factors);
     * a range without a factor, or a factor without a range, leaves the range as it is.
     */
    public ParameterRanges scaledBy(ParameterRanges factors) {
        return new ParameterRanges(
                scale(repetitionTimeMs, factors.repetitionTimeMs),
                scale(echoTimeMs, factors.echoTimeMs),
                scale(inversionTimeMs, factors.inversionTimeMs),
                scale(echoTrainLength, factors.echoTrainLength),
                scale(flipAngleDeg, factors.flipAngleDeg),
                scale(sliceThicknessMm, factors.sliceThicknessMm),
                scale(sliceGapMm, factors.sliceGapMm),
                scale(fieldOfViewMm, factors.fieldOfViewMm),
                scale(pixelSizeMm, factors.pixelSizeMm),
                scale(acquisitionMatrix, factors.acquisitionMatrix),
                scale(receiverBandwidthHzPerPixel, factors.receiverBandwidthHzPerPixel));
    }

    private static Range scale(Range r, Range factor) {
        if (r == null || factor == null) {
            return r;
        }
        return r.scaled(factor.min() == null ? 1.0 : factor.min(), factor.max() == null ? 1.0 : factor.max());
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

    /** Builds ranges from the ones that are set; the rest stay absent. */
    public static final class Builder {
        private Range repetitionTimeMs;
        private Range echoTimeMs;
        private Range inversionTimeMs;
        private Range echoTrainLength;
        private Range flipAngleDeg;
        private Range sliceThicknessMm;
        private Range sliceGapMm;
        private Range fieldOfViewMm;
        private Range pixelSizeMm;
        private Range acquisitionMatrix;
        private Range receiverBandwidthHzPerPixel;

        private Builder() {}

        public Builder repetitionTimeMs(Range v) {
            repetitionTimeMs = v;
            return this;
        }

        public Builder echoTimeMs(Range v) {
            echoTimeMs = v;
            return this;
        }

        public Builder inversionTimeMs(Range v) {
            inversionTimeMs = v;
            return this;
        }

        public Builder echoTrainLength(Range v) {
            echoTrainLength = v;
            return this;
        }

        public Builder flipAngleDeg(Range v) {
            flipAngleDeg = v;
            return this;
        }

        public Builder sliceThicknessMm(Range v) {
            sliceThicknessMm = v;
            return this;
        }

        public Builder sliceGapMm(Range v) {
            sliceGapMm = v;
            return this;
        }

        public Builder fieldOfViewMm(Range v) {
            fieldOfViewMm = v;
            return this;
        }

        public Builder pixelSizeMm(Range v) {
            pixelSizeMm = v;
            return this;
        }

        public Builder acquisitionMatrix(Range v) {
            acquisitionMatrix = v;
            return this;
        }

        public Builder receiverBandwidthHzPerPixel(Range v) {
            receiverBandwidthHzPerPixel = v;
            return this;
        }

        public ParameterRanges build() {
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
                    receiverBandwidthHzPerPixel);
        }
    }
}
