package org.mrpa.screening;

import java.util.ArrayList;
import java.util.List;
import org.mrpa.advice.Reason;
import org.mrpa.advice.ReasonCode;
import org.mrpa.protocol.ContrastNeed;
import org.mrpa.protocol.ContrastPolicy;
import org.mrpa.protocol.Protocol;
import org.mrpa.protocol.SitePolicy;

/** Whether the indication needs intravenous gadolinium: protocol, then site override, then indication exceptions. */
public final class ContrastNeedRule implements ScreeningRule<ContrastNeedRule.Result> {

    /** The need and why. */
    public record Result(ContrastNeed need, List<Reason> reasons) {}

    /**
     * Decides the contrast need of the matched protocol for the indication (its {@code contrast.when} exceptions).
     *
     * @return the need and why; the reasons are shown in the gadolinium section (by {@link GadoliniumRule})
     */
    @Override
    public RuleOutcome<Result> apply(ScreeningContext c) {
        return RuleOutcome.of(evaluate(c.protocol(), c.match().contrastExceptions(), c.policy()));
    }

    /**
     * Decides the contrast need of a protocol for this indication.
     *
     * @param firedExceptions indices of the protocol's {@code contrast.when} exceptions the indication asserts
     */
    Result evaluate(Protocol protocol, List<Integer> firedExceptions, SitePolicy policy) {
        List<Reason> reasons = new ArrayList<>();
        ContrastPolicy c = protocol.contrast();
        ContrastNeed need = c.need();
        reasons.add(Reason.of(
                codeOf(need),
                protocol.family() + ": intravenous contrast " + describe(need)
                        + (c.note() == null ? "." : ". " + c.note()),
                "§1.3",
                c.source()));
        ContrastNeed site = policy.familyContrast().get(protocol.family());
        if (site != null && site != need) {
            need = site;
            reasons.add(Reason.of(
                            ReasonCode.GAD_NEED_SITE_POLICY,
                            "Site policy: contrast for " + protocol.family() + " " + describe(site) + ".",
                            "§1.3",
                            c.source())
                    .bySitePolicy("familyContrast." + protocol.family()));
        }
        for (int i : firedExceptions) {
            ContrastPolicy.Exception e = c.when().get(i);
            need = e.need();
            reasons.add(Reason.of(
                    ReasonCode.GAD_NEED_INDICATION,
                    (e.reason() == null ? "The indication changes the contrast need" : e.reason()) + " Contrast "
                            + describe(e.need()) + ".",
                    "§1.3",
                    e.source()));
            break;
        }
        return new Result(need, reasons);
    }

    /** The code that names a protocol's own contrast need, e.g. {@code GAD-NEED-REQUIRED}. */
    private static ReasonCode codeOf(ContrastNeed need) {
        return switch (need) {
            case REQUIRED -> ReasonCode.GAD_NEED_REQUIRED;
            case OPTIONAL -> ReasonCode.GAD_NEED_OPTIONAL;
            case NOT_NEEDED -> ReasonCode.GAD_NEED_NOT_NEEDED;
            case RADIOLOGIST_DECISION -> ReasonCode.GAD_NEED_RADIOLOGIST_DECISION;
        };
    }

    private static String describe(ContrastNeed need) {
        return switch (need) {
            case REQUIRED -> "is part of the protocol";
            case OPTIONAL -> "is optional";
            case NOT_NEEDED -> "is not needed";
            case RADIOLOGIST_DECISION -> "is a radiologist decision";
        };
    }
}
