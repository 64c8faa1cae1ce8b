package org.mrpa.study;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mrpa.conformance.BestMatchingProtocol;
import org.mrpa.conformance.ConformanceChecker;
import org.mrpa.conformance.ConformanceIssue;
import org.mrpa.conformance.ExpectedProtocol;
import org.mrpa.conformance.ExpectedProtocols;
import org.mrpa.conformance.IssueCode;
import org.mrpa.conformance.SafetyContext;
import org.mrpa.conformance.StudyConformanceReport;
import org.mrpa.conformance.StudyConformanceReport.OrderContext;
import org.mrpa.conformance.StudyConformanceReport.OrderLink;
import org.mrpa.dicom.SeriesHeader;
import org.mrpa.dicom.UnreadableFile;
import org.mrpa.order.OrderBook;
import org.mrpa.protocol.Protocol;
import org.mrpa.protocol.catalog.ProtocolCatalog;
import org.mrpa.recommendation.Recommendation;
import org.mrpa.recommendation.RecommendationStore;

/**
 * Checks one study against the protocol chosen for its order and stores the result. The protocol is, in order: the
 * one named in the request; else the order's (the Accession Number's) override in force or its recommendation; else,
 * with no order, the best-fitting catalog protocol, flagged NO_ORDER.
 */
@ApplicationScoped
public class StudyChecks {

    private final ProtocolCatalog catalog;
    private final ExpectedProtocols expected;
    private final ConformanceChecker checker;
    private final BestMatchingProtocol bestMatch;
    private final RecommendationStore recommendations;
    private final OrderBook orders;
    private final StudyRecords records;

    public StudyChecks(
            ProtocolCatalog catalog,
            ExpectedProtocols expected,
            ConformanceChecker checker,
            RecommendationStore recommendations,
            OrderBook orders,
            StudyRecords records) {
        this.catalog = catalog;
        this.expected = expected;
        this.checker = checker;
        this.bestMatch = new BestMatchingProtocol(catalog, expected, checker);
        this.recommendations = recommendations;
        this.orders = orders;
        this.records = records;
    }

    /**
     * Checks the series of one study and stores the check.
     *
     * @param protocolId       a catalog protocol to check against (no safety context), or null
     * @param recommendationId a recommendation to check against, or null (not both)
     * @param safetyContext    with protocolId: the implant, gadolinium and MARS context of the request; null when none
     *                         was given (the report then carries NO_SAFETY_CONTEXT)
     * @throws InvalidCheckRequestException when the named protocol or recommendation does not exist or has no protocol
     */
    public StudyConformanceReport check(
            List<SeriesHeader> series,
            List<UnreadableFile> unreadable,
            String protocolId,
            String recommendationId,
            SafetyContext safetyContext,
            TriggerSource trigger) {
        Double field = series.stream()
                .map(SeriesHeader::nominalFieldStrengthT)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
        StudyConformanceReport report;
        if (protocolId != null) {
            Protocol p = catalog.protocol(protocolId)
                    .orElseThrow(
                            () -> new InvalidCheckRequestException("protocolId", "no protocol '" + protocolId + "'"));
            report = byProtocol(series, unreadable, p, field, safetyContext);
        } else if (recommendationId != null) {
            Recommendation r = recommendations
                    .find(recommendationId)
                    .orElseThrow(() -> new InvalidCheckRequestException(
                            "recommendationId", "no recommendation " + recommendationId));
            if (!r.supported()) {
                throw new InvalidCheckRequestException(
                        "recommendationId",
                        "recommendation " + r.recommendationId() + " has no protocol (unsupported indication)");
            }
            report = checker.check(series, unreadable, expected.fromRecommendation(r, field))
                    .withOrder(
                            new OrderContext(
                                    OrderLink.REQUESTED_RECOMMENDATION,
                                    "Recommendation " + r.recommendationId() + " named in the request",
                                    null,
                                    null),
                            null);
        } else {
            report = byOrder(series, unreadable, field);
        }
        if (report.studyInstanceUid() != null) {
            records.record(report, StudyFacts.of(series), trigger);
        }
        return report;
    }

    /** Against a catalog protocol, with the request's safety context, or flagged NO_SAFETY_CONTEXT without one. */
    private StudyConformanceReport byProtocol(
            List<SeriesHeader> series,
            List<UnreadableFile> unreadable,
            Protocol p,
            Double field,
            SafetyContext context) {
        ExpectedProtocol plain = expected.fromProtocol(p, field);
        if (context == null) {
            return checker.check(series, unreadable, plain)
                    .withOrder(
                            new OrderContext(
                                    OrderLink.REQUESTED_PROTOCOL,
                                    "Protocol " + p.id() + " named in the request, without a safety context",
                                    null,
                                    null),
                            ConformanceIssue.ofStudy(
                                    IssueCode.NO_SAFETY_CONTEXT,
                                    "Checked by protocol id without a safety context: implant conditions, the gadolinium "
                                            + "decision and metal artifact reduction were not checked.",
                                    "safetyContext (implants, gadolinium decision, MARS)",
                                    "none given"));
        }
        return checker.check(series, unreadable, context.applyTo(plain))
                .withOrder(
                        new OrderContext(
                                OrderLink.REQUESTED_PROTOCOL,
                                "Protocol " + p.id() + " named in the request, with its safety context: "
                                        + context.implantConditions().size() + " implant(s), gadolinium "
                                        + context.gadolinium() + ", MARS "
                                        + (Boolean.TRUE.equals(context.marsRequired()) ? "required" : "not required"),
                                null,
                                null),
                        null);
    }

    private StudyConformanceReport byOrder(List<SeriesHeader> series, List<UnreadableFile> unreadable, Double field) {
        String accession = series.stream()
                .map(SeriesHeader::accessionNumber)
                .filter(a -> a != null && !a.isBlank())
                .findFirst()
                .orElse(null);
        Optional<Recommendation> r =
                accession == null ? Optional.empty() : recommendations.findByAccession(accession.trim());
        if (r.isEmpty() || !r.get().supported()) {
            return bestMatch.check(series, unreadable, field);
        }
        OrderDecisionContext decided = OrderDecisionContext.of(orders.order(accession.trim()));
        Optional<OrderBook.Override> override = orders.latestOverride(accession.trim());
        if (override.isPresent()) {
            OrderBook.Override o = override.get();
            Protocol p = catalog.protocol(o.protocolId()).orElse(null);
            if (p != null) {
                ExpectedProtocol e = decided.safety().applyTo(expected.fromOverride(p, r.get(), field));
                return checker.check(series, unreadable, e)
                        .withOrderAndIssues(
                                new OrderContext(
                                        OrderLink.ORDER_OVERRIDE,
                                        "Order " + accession + ": protocol " + p.id() + " chosen by " + o.overriddenBy()
                                                + " instead of "
                                                + r.get().protocol().id()
                                                + decided.summary(),
                                        o.reason(),
                                        o.overriddenBy()),
                                decided.issues());
            }
        }
        ExpectedProtocol e = decided.safety().applyTo(expected.fromRecommendation(r.get(), field));
        return checker.check(series, unreadable, e)
                .withOrderAndIssues(
                        new OrderContext(
                                OrderLink.ORDER_RECOMMENDATION,
                                "Order " + accession + ": recommendation "
                                        + r.get().recommendationId()
                                        + decided.summary(),
                                null,
                                null),
                        decided.issues());
    }
}
