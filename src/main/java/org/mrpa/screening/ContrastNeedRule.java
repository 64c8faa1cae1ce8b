package org.mrpa.screening;

import java.util.ArrayList;
import java.util.List;
import org.mrpa.advice.Reason;
import org.mrpa.protocol.ContrastNeed;
import org.mrpa.protocol.ContrastPolicy;
import org.mrpa.protocol.Protocol;
import org.mrpa.protocol.SitePolicy;

/** Whether the indication needs intravenous gadolinium: protocol, then site override, then indication exceptions. */
public final class ContrastNeedRule {

    /** The need and why. */
    public record Result(ContrastNeed need, List<Reason> reasons) {}

    /**
     * Decides the contrast need of a protocol for this indication.
     *
     * @param firedExceptions indices of the protocol's {@code contrast.when} exceptions the indication asserts
     */
    public Result evaluate(Protocol protocol, List<Integer> firedExceptions, SitePolicy policy) {
        List<Reason> reasons = new ArrayList<>();
        ContrastPolicy c = protocol.contrast();
        ContrastNeed need = c.need();
        reasons.add(new Reason(
                "GAD-NEED-" + need.name().replace('_', '-'),
                protocol.family() + ": intravenous contrast " + describe(need)
                        + (c.note() == null ? "." : ". " + c.note()),
                c.source(),
                "§1.3",
                null));
        ContrastNeed site = policy.familyContrast().get(protocol.family());
        if (site != null && site != need) {
            need = site;
            reasons.add(new Reason(
                    "GAD-NEED-SITE-POLICY",
                    "Site policy sets contrast for " + protocol.family() + " to " + describe(site) + ".",
                    c.source(),
                    "§1.3",
                    "familyContrast." + protocol.family()));
        }
        for (int i : firedExceptions) {
            ContrastPolicy.Exception e = c.when().get(i);
            need = e.need();
            reasons.add(new Reason(
                    "GAD-NEED-INDICATION",
                    (e.reason() == null ? "The indication changes the contrast need" : e.reason()) + " Contrast "
                            + describe(e.need()) + ".",
                    e.source(),
                    "§1.3",
                    null));
            break;
        }
        return new Result(need, reasons);
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
