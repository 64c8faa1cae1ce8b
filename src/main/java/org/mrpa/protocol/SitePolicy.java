package org.mrpa.protocol;

import java.util.List;
import java.util.Map;

/**
 * Every {@code [LOCAL]} and {@code [DISAGREE]} item of the clinical reference as a site setting
 * ({@code protocols/site-policy.yaml}); the shipped values are the ACR positions.
 */
public record SitePolicy(
        String site,
        Gadolinium gadolinium,
        Pregnancy pregnancy,
        Implants implants,
        Mars mars,
        Patients patients,
        Map<Family, ContrastNeed> familyContrast,
        List<ScannerProfile> scanners,
        String defaultScanner,
        Referrals referrals) {

    public SitePolicy {
        familyContrast = familyContrast == null ? Map.of() : Map.copyOf(familyContrast);
        scanners = scanners == null ? List.of() : List.copyOf(scanners);
        referrals = referrals == null ? new Referrals(null, null) : referrals;
    }

    /** A policy with the default referral settings (urgency and coverage items of §1.4 and §1.5). */
    public SitePolicy(
            String site,
            Gadolinium gadolinium,
            Pregnancy pregnancy,
            Implants implants,
            Mars mars,
            Patients patients,
            Map<Family, ContrastNeed> familyContrast,
            List<ScannerProfile> scanners,
            String defaultScanner) {
        this(site, gadolinium, pregnancy, implants, mars, patients, familyContrast, scanners, defaultScanner, null);
    }

    /** Gadolinium settings (§3). */
    public record Gadolinium(
            AgentGroup agentGroup,
            Double egfrThreshold,
            SevereRenalStance severeRenalImpairment,
            HemodialysisStance hemodialysis,
            Boolean peritonealDialysisPreferCt,
            Boolean egfrRequired,
            PremedicationStance mildReactionPremedication,
            UnknownPregnancyStance unknownPregnancy,
            Double volumeCapMl,
            List<GadoliniumAgent> agents) {
        public Gadolinium {
            agents = agents == null ? List.of() : List.copyOf(agents);
        }
    }

    /** Agent group offered: group II macrocyclic only (default) or any group II agent. */
    public enum AgentGroup {
        ACR_II_MACROCYCLIC,
        ACR_II
    }

    /** eGFR below threshold or AKI: ACR–NKF gives group II (S2); FDA labels and ESUR ask for more caution (S3, S4). */
    public enum SevereRenalStance {
        GIVE,
        RADIOLOGIST_DECISION
    }

    /** Haemodialysis: ACR Manual coordinates with the next dialysis (S1); ACR–NKF changes nothing (S2). */
    public enum HemodialysisStance {
        COORDINATE,
        NO_CHANGE
    }

    /** Premedication after a mild allergic-like reaction: ACR current not required; older ACR consider. */
    public enum PremedicationStance {
        NOT_REQUIRED,
        CONSIDER
    }

    /** Unknown pregnancy status before GBCA: hold until resolved (default) or radiologist decides. */
    public enum UnknownPregnancyStance {
        HOLD,
        RADIOLOGIST_DECISION
    }

    /** Pregnancy settings (§3.3, §7). */
    public record Pregnancy(Boolean prefer1_5T, Range childbearingAgeYears) {}

    /** Implant settings (§4.2). */
    public record Implants(Boolean ballisticFragmentReview, Double unlabelledApprovedFieldStrengthT) {}

    /** Metal artifact reduction settings (§5). */
    public record Mars(Integer marginVertebralLevels, Range bandwidthFactor, Boolean prefer1_5T) {}

    /**
     * Urgency and coverage settings of the referral (§1.4, §1.5); absent values take the defaults.
     *
     * @param chronicMyelopathyProgressionUrgent [LOCAL] §1.4: a chronic myelopathy with rapid progression or falls
     *     is expedited to URGENT (default true, as the reference gives it)
     * @param cesWholeSpineScreen [LOCAL] §1.5 (S27): a suspected cauda equina syndrome adds a sagittal T2 screen of
     *     the whole spine (default true, as many pathways do)
     */
    public record Referrals(Boolean chronicMyelopathyProgressionUrgent, Boolean cesWholeSpineScreen) {
        public Referrals {
            chronicMyelopathyProgressionUrgent =
                    chronicMyelopathyProgressionUrgent == null || chronicMyelopathyProgressionUrgent;
            cesWholeSpineScreen = cesWholeSpineScreen == null || cesWholeSpineScreen;
        }
    }

    /** Patient settings that the reference leaves to the site. */
    public record Patients(Double pediatricAgeYears, Double sedationConsiderationBelowAgeYears) {}

    public ScannerProfile scanner(String scannerId) {
        return scanners.stream()
                .filter(s -> s.id().equals(scannerId))
                .findFirst()
                .orElse(null);
    }
}
