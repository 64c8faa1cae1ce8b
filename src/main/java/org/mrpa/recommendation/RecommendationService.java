package org.mrpa.recommendation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mrpa.advice.Flag;
import org.mrpa.advice.Reason;
import org.mrpa.indication.IndicationMatch;
import org.mrpa.indication.IndicationMatcher;
import org.mrpa.indication.Urgency;
import org.mrpa.indication.UrgencyRule;
import org.mrpa.protocol.Protocol;
import org.mrpa.protocol.ScannerProfile;
import org.mrpa.protocol.catalog.ProtocolCatalog;
import org.mrpa.screening.AppropriatenessRule;
import org.mrpa.screening.ContrastNeedRule;
import org.mrpa.screening.Feasibility;
import org.mrpa.screening.FeasibilityRule;
import org.mrpa.screening.GadoliniumRule;
import org.mrpa.screening.ImplantSafetyRule;
import org.mrpa.screening.MetalArtifactRule;
import org.mrpa.screening.MotionRule;
import org.mrpa.screening.PatientFactorsRule;
import org.mrpa.screening.PatientScreening;
import org.mrpa.screening.PregnancyScreen;
import org.mrpa.screening.ScannerChoiceRule;
import org.mrpa.screening.ScannerContext;
import org.mrpa.screening.ScreeningContext;
import org.mrpa.screening.ScreeningRule;

/** Combines catalog, indication matching and screening rules into one explained recommendation. */
public final class RecommendationService {

    private final ProtocolCatalog catalog;
    private final IndicationMatcher matcher;
    private final ScannerResolver scanners;
    private final UrgencyRule urgencyRule;
    private final CoverageRule coverageRule;
    private final List<ScreeningRule<?>> rules;
    private final RecommendationStore store;
    private final Clock clock;

    public RecommendationService(ProtocolCatalog catalog, RecommendationStore store, Clock clock) {
        this.catalog = catalog;
        this.matcher = new IndicationMatcher(catalog);
        this.scanners = new ScannerResolver(catalog.sitePolicy());
        this.urgencyRule = urgencyRule(catalog);
        this.coverageRule = new CoverageRule(catalog.sitePolicy().referrals().cesWholeSpineScreen());
        this.rules = rules(new ProtocolTailor(catalog));
        this.store = store;
        this.clock = clock;
    }

    /**
     * The screening rules in the order they run. Each sees the outcomes of the rules before it; the recommendation's
     * reasons follow this order, its flags are merged into one set. Rules before the tailor decide what is scanned
     * and where; the tailor turns their decisions into the sequence list; the rules after it only advise.
     */
    static List<ScreeningRule<?>> rules(ProtocolTailor tailor) {
        return List.of(
                new PregnancyScreen(), // effective pregnancy status
                new ContrastNeedRule(), // what the indication needs
                new GadoliniumRule(), // needs pregnancy and the contrast need
                new ImplantSafetyRule(), // needs pregnancy; booked scanner and the site's others
                new MetalArtifactRule(), // at the booked scanner; needs whether contrast is planned
                new ScannerChoiceRule(), // needs implant safety, MARS and pregnancy
                new FeasibilityRule(), // needs implant safety and the chosen scanner
                new MetalArtifactRule(), // again at the chosen scanner; replaces the first outcome
                new MotionRule(), // at the chosen scanner
                tailor, // the sequence list: needs gadolinium, MARS, motion and the chosen scanner
                new PatientFactorsRule(), // advisory, at the chosen scanner
                new AppropriatenessRule()); // advisory
    }

    private static UrgencyRule urgencyRule(ProtocolCatalog catalog) {
        Double childBelow = catalog.sitePolicy().patients() == null
                ? null
                : catalog.sitePolicy().patients().pediatricAgeYears();
        return new UrgencyRule(
                catalog.sitePolicy().referrals().chronicMyelopathyProgressionUrgent(),
                childBelow == null ? 18.0 : childBelow);
    }

    public ProtocolCatalog catalog() {
        return catalog;
    }

    /** Builds, stores and returns the recommendation for a request. */
    public Recommendation recommend(RecommendationRequest request) {
        ScannerContext booked = scanners.resolve(request.scanner());
        PatientScreening patient = (request.patient() == null ? PatientScreening.unknown() : request.patient())
                .asOf(java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC));
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
        ScreeningContext screened = new ScreeningContext(
                        match, patient, booked, catalog.sitePolicy(), catalog.lexicon())
                .withContrastRoute(request.contrastRoute())
                .screen(rules);
        Protocol protocol = match.protocol();
        ProtocolTailor.Tailored tailored = screened.decision(ProtocolTailor.class);
        ScannerProfile target = screened.decision(ScannerChoiceRule.class).target();
        Feasibility feasibility = screened.decision(FeasibilityRule.class);
        Boolean ifCleared = feasibility.feasible() ? null : Boolean.TRUE;
        List<Reason> reasons = new ArrayList<>(match.reasons());
        reasons.addAll(screened.reasons());
        Urgency urgency = urgencyRule.assess(match, patient.ageYears());
        return newRecommendation(request)
                .supported(true)
                .feasibility(feasibility)
                .indication(summary(match))
                .urgency(urgency)
                .protocol(new Recommendation.ProtocolSummary(
                        protocol.id(),
                        protocol.title(),
                        protocol.family(),
                        protocol.region(),
                        tailored.variants(),
                        coverageRule.assess(match, request.indication().text()),
                        ifCleared))
                .scanner(new Recommendation.ScannerSummary(
                        booked.booked().id(),
                        booked.fieldStrengthT(),
                        feasibility.feasible() ? target.id() : null,
                        feasibility.feasible() ? target.fieldStrengthT() : null,
                        List.copyOf(booked.availableFieldStrengthsT())))
                .coil(protocol.coil())
                .sequences(tailored.sequences())
                .omittedSequences(tailored.omitted())
                .gadolinium(screened.decision(GadoliniumRule.class))
                .implantSafety(screened.decision(ImplantSafetyRule.class))
                .artifactReduction(screened.decision(MetalArtifactRule.class))
                .motion(screened.decision(MotionRule.class))
                .flags(withUrgentFlag(screened.flags(), urgency))
                .reasons(reasons)
                .build();
    }

    /** The flags, with {@code URGENT} added for an EMERGENCY or URGENT study (§1.4). */
    private static List<Flag> withUrgentFlag(List<Flag> flags, Urgency urgency) {
        if (!urgency.raisesFlag() || flags.contains(Flag.URGENT)) {
            return flags;
        }
        List<Flag> out = new ArrayList<>(flags);
        out.add(Flag.URGENT);
        return out;
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
