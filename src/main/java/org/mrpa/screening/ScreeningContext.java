package org.mrpa.screening;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.mrpa.advice.Flag;
import org.mrpa.advice.Reason;
import org.mrpa.indication.IndicationMatch;
import org.mrpa.protocol.IndicationLexicon;
import org.mrpa.protocol.Protocol;
import org.mrpa.protocol.SitePolicy;

/**
 * What a screening rule reads: the indication match and its protocol, the patient, the booked scanner and the site's
 * others, the site policy and lexicon, and the outcomes of the rules that ran before it. Immutable; it is also the one
 * place where the outcomes are merged into the recommendation's flags, reasons and scan limits.
 */
public final class ScreeningContext {

    private final IndicationMatch match;
    private final PatientScreening patient;
    private final ScannerContext booked;
    private final SitePolicy policy;
    private final IndicationLexicon lexicon;
    /** The contrast route the referrer named; null when none. */
    private final ContrastRoute contrastRoute;
    /** Outcomes by rule class, in the order the rules first ran. */
    private final Map<Class<?>, RuleOutcome<?>> outcomes;

    /**
     * The context before any rule has run.
     *
     * @param match   a supported indication match (it has a protocol)
     * @param booked  the booked scanner and the site's other scanners
     * @param lexicon the catalog's lexicon (implant locations)
     */
    public ScreeningContext(
            IndicationMatch match,
            PatientScreening patient,
            ScannerContext booked,
            SitePolicy policy,
            IndicationLexicon lexicon) {
        this(match, patient, booked, policy, lexicon, null, Map.of());
    }

    /** This context (before any rule has run) with the contrast route the referrer named. */
    public ScreeningContext withContrastRoute(ContrastRoute route) {
        return new ScreeningContext(match, patient, booked, policy, lexicon, route, outcomes);
    }

    private ScreeningContext(
            IndicationMatch match,
            PatientScreening patient,
            ScannerContext booked,
            SitePolicy policy,
            IndicationLexicon lexicon,
            ContrastRoute contrastRoute,
            Map<Class<?>, RuleOutcome<?>> outcomes) {
        this.match = Objects.requireNonNull(match, "match");
        this.patient = Objects.requireNonNull(patient, "patient");
        this.booked = Objects.requireNonNull(booked, "booked");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.lexicon = lexicon;
        this.contrastRoute = contrastRoute;
        this.outcomes = outcomes;
    }

    public IndicationMatch match() {
        return match;
    }

    /** The protocol the indication matched. */
    public Protocol protocol() {
        return match.protocol();
    }

    public PatientScreening patient() {
        return patient;
    }

    /** The booked scanner and the site's other scanners. */
    public ScannerContext booked() {
        return booked;
    }

    /**
     * The scanners as seen from the scanner in force: the chosen one once {@link ScannerChoiceRule} has run, the
     * booked one before.
     */
    public ScannerContext scanners() {
        RuleOutcome<?> choice = outcomes.get(ScannerChoiceRule.class);
        return choice == null ? booked : ((ScannerChoice) choice.decision()).atTarget();
    }

    public SitePolicy policy() {
        return policy;
    }

    public IndicationLexicon lexicon() {
        return lexicon;
    }

    /** The contrast route the referrer named, if any. */
    public java.util.Optional<ContrastRoute> contrastRoute() {
        return java.util.Optional.ofNullable(contrastRoute);
    }

    /**
     * The decision of a rule that ran before.
     *
     * @throws IllegalStateException when that rule has not run (the rule order is wrong)
     */
    @SuppressWarnings("unchecked")
    public <D> D decision(Class<? extends ScreeningRule<D>> rule) {
        RuleOutcome<?> outcome = outcomes.get(rule);
        if (outcome == null) {
            throw new IllegalStateException(
                    rule.getSimpleName() + " has not run; a rule that needs it must run after it");
        }
        return (D) outcome.decision();
    }

    /**
     * This context after running the rules in order, each seeing the outcomes of those before it. A rule that runs
     * again (at another scanner) replaces its earlier outcome, in the earlier outcome's place.
     */
    public ScreeningContext screen(List<? extends ScreeningRule<?>> rules) {
        ScreeningContext context = this;
        for (ScreeningRule<?> rule : rules) {
            context = context.after(rule);
        }
        return context;
    }

    private <D> ScreeningContext after(ScreeningRule<D> rule) {
        RuleOutcome<D> outcome = rule.apply(this);
        Map<Class<?>, RuleOutcome<?>> next = new LinkedHashMap<>(outcomes);
        next.put(rule.getClass(), outcome);
        return new ScreeningContext(match, patient, booked, policy, lexicon, contrastRoute, next);
    }

    /** Every flag of every outcome, once each, in the order of the flag vocabulary. */
    public List<Flag> flags() {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        outcomes.values().forEach(o -> flags.addAll(o.flags()));
        return List.copyOf(flags);
    }

    /** The reasons every outcome adds to the recommendation's reasons list, in the order the rules first ran. */
    public List<Reason> reasons() {
        List<Reason> reasons = new ArrayList<>();
        outcomes.values().forEach(o -> reasons.addAll(o.reasons()));
        return reasons;
    }

    /** The limits of every outcome at once (the most restrictive of each). */
    public ScanConstraints constraints() {
        ScanConstraints all = ScanConstraints.NONE;
        for (RuleOutcome<?> o : outcomes.values()) {
            all = all.and(o.constraints());
        }
        return all;
    }
}
