package org.mrpa.recommendation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mrpa.advice.Flag;
import org.mrpa.advice.GadoliniumDecision;
import org.mrpa.advice.ImplantDecision;
import org.mrpa.advice.Reason;
import org.mrpa.advice.ReasonCode;
import org.mrpa.indication.IndicationMatch;
import org.mrpa.indication.IndicationMatcher;
import org.mrpa.protocol.Family;
import org.mrpa.protocol.FieldStrength;
import org.mrpa.protocol.LicensedOption;
import org.mrpa.protocol.Protocol;
import org.mrpa.protocol.ScannerProfile;
import org.mrpa.protocol.SitePolicy;
import org.mrpa.protocol.catalog.ProtocolCatalog;
import org.mrpa.screening.Advisory;
import org.mrpa.screening.AppropriatenessRule;
import org.mrpa.screening.ArtifactReduction;
import org.mrpa.screening.ContrastNeedRule;
import org.mrpa.screening.GadoliniumAdvice;
import org.mrpa.screening.GadoliniumRule;
import org.mrpa.screening.ImplantSafety;
import org.mrpa.screening.ImplantSafetyRule;
import org.mrpa.screening.MetalArtifactRule;
import org.mrpa.screening.MotionAdvice;
import org.mrpa.screening.MotionRisk;
import org.mrpa.screening.MotionRule;
import org.mrpa.screening.PatientFactorsRule;
import org.mrpa.screening.PatientScreening;
import org.mrpa.screening.PregnancyScreen;
import org.mrpa.screening.PregnancyStatus;
import org.mrpa.screening.ScannerContext;

/** Combines catalog, indication matching and screening rules into one explained recommendation. */
public final class RecommendationService {

    private final ProtocolCatalog catalog;
    private final IndicationMatcher matcher;
    private final ProtocolTailor tailor;
    private final ScannerResolver scanners;
    private final RecommendationStore store;
    private final Clock clock;
    private final ContrastNeedRule contrastNeed = new ContrastNeedRule();
    private final GadoliniumRule gadolinium = new GadoliniumRule();
    private final ImplantSafetyRule implantSafety = new ImplantSafetyRule();
    private final MetalArtifactRule metalArtifact = new MetalArtifactRule();
    private final MotionRule motion = new MotionRule();
    private final PatientFactorsRule patientFactors = new PatientFactorsRule();
    private final AppropriatenessRule appropriateness = new AppropriatenessRule();

    public RecommendationService(ProtocolCatalog catalog, RecommendationStore store, Clock clock) {
        this.catalog = catalog;
        this.matcher = new IndicationMatcher(catalog);
        this.tailor = new ProtocolTailor(catalog);
        this.scanners = new ScannerResolver(catalog.sitePolicy());
        this.store = store;
        this.clock = clock;
    }

    public ProtocolCatalog catalog() {
        return catalog;
    }

    /** Builds, stores and returns the recommendation for a request. */
    public Recommendation recommend(RecommendationRequest request) {
        ScannerContext booked = scanners.resolve(request.scanner());
        PatientScreening patient = request.patient() == null ? PatientScreening.unknown() : request.patient();
        IndicationMatch match = matcher.match(
                request.indication().text(),
                request.indication().icd10Codes(),
                request.indication().regionHint());
        Recommendation r =
                match.supported() ? supported(request, match, patient, booked) : unsupported(request, match, booked);
        store.save(request, r);
        return r;
    }

    public Optional<Recommendation> find(String id) {
        return store.find(id);
    }

    /** The order's chosen protocol: the latest recommendation made with this accession number. */
    public Optional<Recommendation> findByAccession(String accessionNumber) {
        return store.findByAccession(accessionNumber);
    }

    private Recommendation supported(
            RecommendationRequest request, IndicationMatch match, PatientScreening patient, ScannerContext booked) {
        SitePolicy policy = catalog.sitePolicy();
        Protocol protocol = match.protocol();
        List<Reason> reasons = new ArrayList<>(match.reasons());
        Set<Flag> flags = EnumSet.noneOf(Flag.class);

        PregnancyScreen.Result pregnancy = PregnancyScreen.effective(patient, policy);
        pregnancy.inferred().ifPresent(reasons::add);
        ContrastNeedRule.Result need = contrastNeed.evaluate(protocol, match.contrastExceptions(), policy);
        GadoliniumAdvice gad = gadolinium.evaluate(
                need.need(),
                patient,
                pregnancy.status(),
                match.intrathecalRequested() || protocol.family() == Family.CSF_LEAK,
                policy);
        gad = gad.withReasonsFirst(need.reasons());
        boolean contrastPlanned =
                gad.decision() == GadoliniumDecision.GIVE || gad.decision() == GadoliniumDecision.RADIOLOGIST_DECISION;

        ImplantSafety safety = implantSafety.evaluate(patient.implants(), pregnancy.status(), booked, policy);
        ArtifactReduction mars = metalArtifact.evaluate(
                patient.implants(), protocol.region(), booked, contrastPlanned, catalog.lexicon(), policy);
        ScannerProfile target = chooseScanner(booked, safety, mars, pregnancy.status(), policy, reasons);
        ScannerContext atTarget = target == booked.booked()
                ? booked
                : new ScannerContext(
                        target,
                        booked.candidates().stream().filter(s -> s != target).toList());
        if (target != booked.booked()) {
            mars = metalArtifact.evaluate(
                    patient.implants(), protocol.region(), atTarget, contrastPlanned, catalog.lexicon(), policy);
        }
        MotionAdvice motionAdvice = motion.evaluate(patient, protocol.region(), atTarget, policy);
        Advisory patientAdvice = patientFactors.evaluate(patient, atTarget, policy);
        Advisory appropriate =
                appropriateness.evaluate(protocol.family(), match.redFlags(), match.priorManagement(), patient, policy);

        Set<LicensedOption> licensed = atTarget.licensedOptions();
        ProtocolTailor.Tailored tailored = tailor.tailor(
                protocol,
                FieldStrength.ofTesla(target.fieldStrengthT()),
                gad.decision(),
                mars.marsRequired(),
                licensed,
                motionAdvice.abbreviated(),
                patient.motionRiskOrLow() == MotionRisk.HIGH && licensed.contains(LicensedOption.PROPELLER));
        reasons.addAll(tailored.reasons());
        reasons.addAll(patientAdvice.reasons());
        reasons.addAll(appropriate.reasons());
        flags.addAll(gad.flags());
        flags.addAll(safety.flags());
        flags.addAll(mars.flags());
        flags.addAll(motionAdvice.flags());
        flags.addAll(patientAdvice.flags());
        flags.addAll(appropriate.flags());

        Recommendation.IndicationSummary indication = summary(match);
        return newRecommendation(request)
                .supported(true)
                .indication(indication)
                .protocol(new Recommendation.ProtocolSummary(
                        protocol.id(), protocol.title(), protocol.family(), protocol.region(), tailored.variants()))
                .scanner(new Recommendation.ScannerSummary(
                        booked.booked().id(),
                        booked.fieldStrengthT(),
                        target.id(),
                        target.fieldStrengthT(),
                        List.copyOf(booked.availableFieldStrengthsT())))
                .coil(protocol.coil())
                .sequences(tailored.sequences())
                .omittedSequences(tailored.omitted())
                .gadolinium(gad)
                .implantSafety(safety)
                .artifactReduction(mars)
                .motion(motionAdvice)
                .flags(List.copyOf(flags))
                .reasons(reasons)
                .build();
    }

    /**
     * The scanner to scan on: the implant re-route when there is one; else 1.5 T for metal in the field of view
     * (§5 rule 1) or pregnancy when the site prefers it; else the booked one.
     */
    private static ScannerProfile chooseScanner(
            ScannerContext booked,
            ImplantSafety safety,
            ArtifactReduction mars,
            PregnancyStatus pregnancy,
            SitePolicy policy,
            List<Reason> reasons) {
        if (safety.decision() == ImplantDecision.DO_NOT_SCAN) {
            return booked.booked();
        }
        if (safety.rerouteToScannerId() != null || safety.rerouteToFieldStrengthT() != null) {
            return booked.candidates().stream()
                    .filter(s -> safety.rerouteToScannerId() != null
                            ? safety.rerouteToScannerId().equals(s.id())
                            : FieldStrength.sameBand(s.fieldStrengthT(), safety.rerouteToFieldStrengthT()))
                    .findFirst()
                    .orElse(booked.booked());
        }
        boolean bookedIs15 = FieldStrength.sameBand(booked.fieldStrengthT(), 1.5);
        List<Double> allowed = safety.constraints().allowedFieldStrengthsT();
        boolean allowed15 = allowed == null || allowed.stream().anyMatch(a -> FieldStrength.sameBand(a, 1.5));
        Optional<ScannerProfile> at15 = booked.alternatives().stream()
                .filter(s -> FieldStrength.sameBand(s.fieldStrengthT(), 1.5))
                .findFirst();
        if (!bookedIs15 && allowed15 && at15.isPresent()) {
            if (mars.marsRequired() && Boolean.TRUE.equals(policy.mars().prefer1_5T())) {
                reasons.add(Reason.of(
                                ReasonCode.REC_FIELD_MARS,
                                "Metal in or near the field of view: scan at 1.5 T"
                                        + (at15.get().id() == null
                                                ? ""
                                                : " on " + at15.get().id()) + " rather than " + booked.fieldStrengthT()
                                        + " T.",
                                "§5",
                                "S19",
                                "S20")
                        .bySitePolicy("mars.prefer1_5T"));
                return at15.get();
            }
            if (pregnancy == PregnancyStatus.PREGNANT
                    && Boolean.TRUE.equals(policy.pregnancy().prefer1_5T())) {
                reasons.add(Reason.of(ReasonCode.REC_FIELD_PREGNANCY, "Pregnancy: site policy prefers 1.5 T.", "§7")
                        .bySitePolicy("pregnancy.prefer1_5T"));
                return at15.get();
            }
        }
        return booked.booked();
    }

    private Recommendation unsupported(RecommendationRequest request, IndicationMatch match, ScannerContext booked) {
        Flag flag = match.status() == IndicationMatch.Status.UNSUPPORTED_REGION
                ? Flag.UNSUPPORTED_REGION
                : Flag.INDICATION_NOT_RECOGNISED;
        return newRecommendation(request)
                .supported(false)
                .indication(summary(match))
                .scanner(new Recommendation.ScannerSummary(
                        booked.booked().id(),
                        booked.fieldStrengthT(),
                        null,
                        booked.fieldStrengthT(),
                        List.copyOf(booked.availableFieldStrengthsT())))
                .flags(List.of(flag))
                .reasons(match.reasons())
                .build();
    }

    /** A new recommendation for the request: its id, the request's accession number, now, the catalog version. */
    private Recommendation.Builder newRecommendation(RecommendationRequest request) {
        return Recommendation.builder()
                .recommendationId(UUID.randomUUID().toString())
                .accessionNumber(request.accessionNumber())
                .createdAt(clock.instant())
                .catalogVersion(catalog.version());
    }

    private static Recommendation.IndicationSummary summary(IndicationMatch m) {
        return new Recommendation.IndicationSummary(
                m.status(),
                m.family(),
                m.region(),
                m.evidence(),
                m.regionEvidence(),
                m.otherFamilies(),
                m.negated(),
                m.outOfScope());
    }
}
