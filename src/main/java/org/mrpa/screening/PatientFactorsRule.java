package org.mrpa.screening;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mrpa.advice.Flag;
import org.mrpa.advice.Reason;
import org.mrpa.advice.ReasonCode;
import org.mrpa.protocol.ScannerProfile;
import org.mrpa.protocol.SitePolicy;

/** Paediatric patients, table weight limits and missing weight (clinical reference §7, §4.3). */
public final class PatientFactorsRule implements ScreeningRule<Advisory> {

    /**
     * Flags patient factors that change how or where the scan is done, at the scanner in force
     * ({@link ScreeningContext#scanners()}).
     *
     * @return the advisory; its flags and reasons go to the recommendation's own lists
     */
    @Override
    public RuleOutcome<Advisory> apply(ScreeningContext c) {
        Advisory advisory = evaluate(c.patient(), c.scanners(), c.policy());
        return RuleOutcome.of(advisory).withFlags(advisory.flags()).withReasons(advisory.reasons());
    }

    /** Flags patient factors that change how or where the scan is done. */
    Advisory evaluate(PatientScreening p, ScannerContext scanners, SitePolicy policy) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        List<Reason> reasons = new ArrayList<>();
        if (p.ageYears() != null && p.ageYears() < policy.patients().pediatricAgeYears()) {
            flags.add(Flag.PEDIATRIC);
            reasons.add(Reason.of(
                            ReasonCode.PAT_PEDIATRIC,
                            "Child: size-appropriate coil; same renal thresholds as adults; per-agent age approvals "
                                    + "per label.",
                            "§7",
                            "S1",
                            "S3")
                    .bySitePolicy("patients.pediatricAgeYears"));
        }
        Double limit = scanners.booked().tableLimitKg();
        if (p.weightKg() != null && limit != null && p.weightKg() > limit) {
            flags.add(Flag.TABLE_LIMIT_EXCEEDED);
            String other = scanners.alternatives().stream()
                    .filter(s -> s.tableLimitKg() != null && s.tableLimitKg() >= p.weightKg())
                    .map(ScannerProfile::id)
                    .findFirst()
                    .orElse(null);
            reasons.add(Reason.of(
                    ReasonCode.PAT_TABLE_LIMIT,
                    "Weight " + p.weightKg() + " kg is over the booked table limit of " + limit + " kg"
                            + (other == null ? "; no site scanner takes this weight." : "; " + other + " takes it."),
                    "§7"));
        }
        if (p.weightKg() == null) {
            flags.add(Flag.WEIGHT_UNKNOWN);
            reasons.add(Reason.of(
                    ReasonCode.PAT_WEIGHT_UNKNOWN,
                    "Weight not given: an accurate weight is needed for the SAR model.",
                    "§4.3",
                    "S7"));
        }
        return new Advisory(List.copyOf(flags), reasons);
    }
}
