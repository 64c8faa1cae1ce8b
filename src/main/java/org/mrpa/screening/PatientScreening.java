package org.mrpa.screening;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Patient screening data. Absent values are "not known" and make the rules that need them fail safe. */
@Schema(description = "Patient screening data; absent = not known")
public record PatientScreening(
        @Schema(description = "Age in years", example = "54") @DecimalMin("0") @DecimalMax("130")
        Double ageYears,

        Sex sex,

        @Schema(description = "Actual body weight (kg), for dose and the SAR model", example = "72")
        @DecimalMin(value = "0", inclusive = false)
        @DecimalMax("400")
        Double weightKg,

        @Schema(description = "eGFR (mL/min/1.73 m²); absent = not measured", example = "65")
        @DecimalMin("0")
        @DecimalMax("200")
        Double egfr,

        @Schema(description = "Acute kidney injury (eGFR then unreliable)")
        Boolean acuteKidneyInjury,

        Dialysis dialysis,
        PregnancyStatus pregnancy,

        @Schema(description = "Gestational weeks, only with pregnancy PREGNANT") @Min(0) @Max(45)
        Integer gestationalWeeks,

        Boolean breastfeeding,
        @Size(max = 20) List<@NotNull @Valid PriorReaction> priorContrastReactions,
        @Size(max = 20) List<@NotNull @Valid Implant> implants,
        Claustrophobia claustrophobia,
        MotionRisk motionRisk) {

    public PatientScreening {
        // null elements are kept so that validation names them (List.copyOf would throw before it could)
        priorContrastReactions = priorContrastReactions == null
                ? List.of()
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(priorContrastReactions));
        implants = implants == null
                ? List.of()
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(implants));
    }

    /** This screening with each implant's weeks since implantation derived from its date, as of a day. */
    public PatientScreening asOf(java.time.LocalDate today) {
        List<Implant> dated = implants.stream()
                .map(i -> i == null ? null : i.asOf(today))
                .collect(java.util.stream.Collectors.toList());
        return new PatientScreening(
                ageYears,
                sex,
                weightKg,
                egfr,
                acuteKidneyInjury,
                dialysis,
                pregnancy,
                gestationalWeeks,
                breastfeeding,
                priorContrastReactions,
                dated,
                claustrophobia,
                motionRisk);
    }

    /** An empty screening: nothing known. */
    public static PatientScreening unknown() {
        return builder().build();
    }

    /** A builder in which every value is unknown until set. */
    public static Builder builder() {
        return new Builder();
    }

    @JsonIgnore
    @AssertTrue(message = "gestationalWeeks is only allowed when pregnancy is PREGNANT")
    @Schema(hidden = true)
    public boolean isGestationalWeeksCheck() {
        return gestationalWeeks == null || pregnancy == PregnancyStatus.PREGNANT;
    }

    public boolean hasAki() {
        return Boolean.TRUE.equals(acuteKidneyInjury);
    }

    public Dialysis dialysisOrNone() {
        return dialysis == null ? Dialysis.NONE : dialysis;
    }

    public Claustrophobia claustrophobiaOrNone() {
        return claustrophobia == null ? Claustrophobia.NONE : claustrophobia;
    }

    public MotionRisk motionRiskOrLow() {
        return motionRisk == null ? MotionRisk.LOW : motionRisk;
    }

    /** Builds a screening from the values that are known; the rest stay unknown. */
    public static final class Builder {
        private Double ageYears;
        private Sex sex;
        private Double weightKg;
        private Double egfr;
        private Boolean acuteKidneyInjury;
        private Dialysis dialysis;
        private PregnancyStatus pregnancy;
        private Integer gestationalWeeks;
        private Boolean breastfeeding;
        private List<PriorReaction> priorContrastReactions;
        private List<Implant> implants;
        private Claustrophobia claustrophobia;
        private MotionRisk motionRisk;

        private Builder() {}

        public Builder ageYears(Double v) {
            ageYears = v;
            return this;
        }

        public Builder sex(Sex v) {
            sex = v;
            return this;
        }

        public Builder weightKg(Double v) {
            weightKg = v;
            return this;
        }

        public Builder egfr(Double v) {
            egfr = v;
            return this;
        }

        public Builder acuteKidneyInjury(Boolean v) {
            acuteKidneyInjury = v;
            return this;
        }

        public Builder dialysis(Dialysis v) {
            dialysis = v;
            return this;
        }

        public Builder pregnancy(PregnancyStatus v) {
            pregnancy = v;
            return this;
        }

        public Builder gestationalWeeks(Integer v) {
            gestationalWeeks = v;
            return this;
        }

        public Builder breastfeeding(Boolean v) {
            breastfeeding = v;
            return this;
        }

        public Builder priorContrastReactions(List<PriorReaction> v) {
            priorContrastReactions = v;
            return this;
        }

        public Builder implants(List<Implant> v) {
            implants = v;
            return this;
        }

        public Builder claustrophobia(Claustrophobia v) {
            claustrophobia = v;
            return this;
        }

        public Builder motionRisk(MotionRisk v) {
            motionRisk = v;
            return this;
        }

        public PatientScreening build() {
            return new PatientScreening(
                    ageYears,
                    sex,
                    weightKg,
                    egfr,
                    acuteKidneyInjury,
                    dialysis,
                    pregnancy,
                    gestationalWeeks,
                    breastfeeding,
                    priorContrastReactions,
                    implants,
                    claustrophobia,
                    motionRisk);
        }
    }
}
