package org.mrpa.screening;

import org.mrpa.advice.Flag;
import org.mrpa.advice.GadoliniumDecision;
import org.mrpa.advice.Reason;
import org.mrpa.advice.ReasonCode;
import org.mrpa.protocol.Range;
import org.mrpa.protocol.SitePolicy;

/** Renal function for gadolinium (clinical reference §3.2): dialysis, acute kidney injury and the eGFR bands. */
final class RenalFunction {

    private static final double ACR_NKF_THRESHOLD = 30.0;

    /** What renal function allows, and whether it is severe impairment (labelled dose, documented indication). */
    private record Finding(GadoliniumDecision decision, boolean severe) {

        static Finding severe(GadoliniumDecision decision) {
            return new Finding(decision, true);
        }

        static Finding notSevere(GadoliniumDecision decision) {
            return new Finding(decision, false);
        }
    }

    private RenalFunction() {}

    /**
     * Decides what the patient's renal function allows, recording flags and reasons.
     *
     * @return GIVE, or RADIOLOGIST_DECISION when the site policy asks for it (severe impairment, peritoneal dialysis
     *     with a CT preference, a missing eGFR the site requires)
     */
    static GadoliniumDecision assess(PatientScreening p, SitePolicy.Gadolinium g, Findings f) {
        Finding finding = switch (p.dialysisOrNone()) {
            case HEMODIALYSIS -> hemodialysis(g, f);
            case PERITONEAL -> peritonealDialysis(g, f);
            case NONE -> p.hasAki() ? acuteKidneyInjury(f) : egfr(p.egfr(), g, f);
        };
        return finding.severe() ? severeImpairment(finding.decision(), g, f) : finding.decision();
    }

    private static Finding hemodialysis(SitePolicy.Gadolinium g, Findings f) {
        if (g.hemodialysis() == SitePolicy.HemodialysisStance.COORDINATE) {
            f.add(
                    Reason.of(
                                    ReasonCode.GAD_DIALYSIS_HD,
                                    "Haemodialysis: group II agent; scan shortly before the next routine "
                                            + "haemodialysis (ACR Manual, site setting); the ACR-NKF consensus finds "
                                            + "no change to dialysis needed [DISAGREE].",
                                    "§3.2",
                                    "S1",
                                    "S2")
                            .bySitePolicy("gadolinium.hemodialysis"),
                    Flag.DIALYSIS_COORDINATION);
        } else {
            f.add(Reason.of(
                            ReasonCode.GAD_DIALYSIS_HD,
                            "Haemodialysis: group II agent; no change to the dialysis schedule is needed "
                                    + "(ACR-NKF, site setting); the ACR Manual advises scanning shortly before the "
                                    + "next routine haemodialysis [DISAGREE].",
                            "§3.2",
                            "S2",
                            "S1")
                    .bySitePolicy("gadolinium.hemodialysis"));
        }
        return Finding.severe(GadoliniumDecision.GIVE);
    }

    private static Finding peritonealDialysis(SitePolicy.Gadolinium g, Findings f) {
        f.add(Reason.of(
                ReasonCode.GAD_DIALYSIS_PD, "Peritoneal dialysis: group II agent when indicated.", "§3.2", "S1", "S2"));
        if (!Boolean.TRUE.equals(g.peritonealDialysisPreferCt())) {
            return Finding.severe(GadoliniumDecision.GIVE);
        }
        f.add(
                Reason.of(
                                ReasonCode.GAD_DIALYSIS_PD_CT,
                                "Site policy prefers CT for peritoneal dialysis patients when equally diagnostic.",
                                "§3.2",
                                "S1")
                        .bySitePolicy("gadolinium.peritonealDialysisPreferCt"),
                Flag.ALTERNATIVE_IMAGING_SUGGESTED);
        return Finding.severe(GadoliniumDecision.RADIOLOGIST_DECISION);
    }

    private static Finding acuteKidneyInjury(Findings f) {
        f.add(
                Reason.of(
                        ReasonCode.GAD_AKI,
                        "Acute kidney injury: eGFR is unreliable while creatinine is unstable; treat as eGFR < 30.",
                        "§3.2",
                        "S2"),
                Flag.AKI_EGFR_UNRELIABLE);
        return Finding.severe(GadoliniumDecision.GIVE);
    }

    /** The eGFR band: below 30, below the site's threshold, 30 or more, or not measured. */
    private static Finding egfr(Double egfr, SitePolicy.Gadolinium g, Findings f) {
        if (egfr == null) {
            return missingEgfr(g, f);
        }
        if (egfr < ACR_NKF_THRESHOLD) {
            f.add(
                    Reason.of(
                            ReasonCode.GAD_EGFR_LT30,
                            "eGFR " + Range.format(egfr) + " < 30: group II agent at standard dose when indicated; "
                                    + "0 NSF in 4,931 group II doses at eGFR < 30, and withholding may harm more.",
                            "§3.2",
                            "S2"),
                    Flag.EGFR_BELOW_30);
            return Finding.severe(GadoliniumDecision.GIVE);
        }
        if (egfr < g.egfrThreshold()) {
            f.add(
                    Reason.of(
                                    ReasonCode.GAD_EGFR_LT_SITE_THRESHOLD,
                                    "eGFR " + Range.format(egfr) + " is below the site threshold of "
                                            + Range.format(g.egfrThreshold()) + " (ACR-NKF uses < 30).",
                                    "§3.2",
                                    "S1",
                                    "S2")
                            .bySitePolicy("gadolinium.egfrThreshold"),
                    Flag.EGFR_BELOW_SITE_THRESHOLD);
            return Finding.severe(GadoliniumDecision.GIVE);
        }
        f.add(Reason.of(
                ReasonCode.GAD_EGFR_GE30,
                "eGFR " + Range.format(egfr) + " >= 30: group II agent without renal precautions "
                        + "(the threshold is < 30).",
                "§3.2",
                "S1",
                "S2"));
        return Finding.notSevere(GadoliniumDecision.GIVE);
    }

    private static Finding missingEgfr(SitePolicy.Gadolinium g, Findings f) {
        if (Boolean.TRUE.equals(g.egfrRequired())) {
            f.add(
                    Reason.of(
                                    ReasonCode.GAD_EGFR_MISSING,
                                    "No eGFR, and site policy requires one before gadolinium.",
                                    "§3.2",
                                    "S3")
                            .bySitePolicy("gadolinium.egfrRequired"),
                    Flag.EGFR_REQUIRED);
            return Finding.notSevere(GadoliniumDecision.RADIOLOGIST_DECISION);
        }
        f.add(Reason.of(
                        ReasonCode.GAD_EGFR_NOT_REQUIRED,
                        "No eGFR: renal screening is optional for group II agents (ACR-NKF).",
                        "§3.2",
                        "S2")
                .bySitePolicy("gadolinium.egfrRequired"));
        return Finding.notSevere(GadoliniumDecision.GIVE);
    }

    /** Severe impairment: labelled dose, documented; a radiologist decision when the site takes the FDA stance. */
    private static GadoliniumDecision severeImpairment(GadoliniumDecision d, SitePolicy.Gadolinium g, Findings f) {
        f.add(
                Reason.of(
                        ReasonCode.GAD_LABEL_DOSE,
                        "Labelled dose: no dose reduction for renal reasons; document the indication.",
                        "§3.1",
                        "S1",
                        "S2"),
                Flag.DOCUMENT_RISK_BENEFIT);
        if (g.severeRenalImpairment() != SitePolicy.SevereRenalStance.RADIOLOGIST_DECISION) {
            return d;
        }
        f.add(Reason.of(
                        ReasonCode.GAD_RENAL_RADIOLOGIST,
                        "Site policy: severe renal impairment or AKI needs a radiologist decision "
                                + "(FDA labels: avoid unless essential; ESUR: lowest-risk agent, caution).",
                        "§3.2",
                        "S3",
                        "S4")
                .bySitePolicy("gadolinium.severeRenalImpairment"));
        return d.atLeast(GadoliniumDecision.RADIOLOGIST_DECISION);
    }
}
