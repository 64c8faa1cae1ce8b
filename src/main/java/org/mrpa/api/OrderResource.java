package org.mrpa.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.mrpa.order.OrderBook;
import org.mrpa.protocol.catalog.ProtocolCatalog;

/** Orders by accession number: the chosen protocol and technologists' overrides. */
@Path("/api/v1/orders/{accessionNumber}")
@Tag(
        name = "Orders",
        description = "The protocol chosen for an order (its latest recommendation) and overrides with reasons")
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {

    private static final Logger LOG = Logger.getLogger(OrderResource.class);
    private static final java.util.regex.Pattern SH = java.util.regex.Pattern.compile("[\\x20-\\x5B\\x5D-\\x7E]{1,16}");

    private final OrderBook orders;
    private final ProtocolCatalog catalog;
    private final RequestValidator validator;

    public OrderResource(OrderBook orders, ProtocolCatalog catalog, RequestValidator validator) {
        this.orders = orders;
        this.catalog = catalog;
        this.validator = validator;
    }

    @GET
    @Operation(
            summary = "An order",
            description = "Its latest recommendation, every override, and the protocol in force.")
    @APIResponse(
            responseCode = "200",
            description = "The order",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OrderBook.Order.class)))
    @APIResponse(
            responseCode = "404",
            description = "No recommendation was made for this accession number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OrderBook.Order get(@PathParam("accessionNumber") String accession) {
        return orders.order(accession(accession));
    }

    @POST
    @Path("/override")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Override the order's protocol",
            description =
                    "Conformance checks of the order's studies then expect this "
                            + "protocol's sequences; the recommendation's safety constraints (implant, contrast, MARS) still apply. Every override is kept.")
    @APIResponse(
            responseCode = "200",
            description = "The order with the override in force",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OrderBook.Order.class)))
    @APIResponse(
            responseCode = "400",
            description = "Unknown protocol or missing reason",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No recommendation was made for this accession number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OrderBook.Order override(@PathParam("accessionNumber") String accession, OverrideRequest body) {
        String a = accession(accession);
        OverrideRequest o = validator.valid(body);
        if (catalog.protocol(o.protocolId().trim()).isEmpty()) {
            throw new ProblemException(
                    400,
                    ProblemCode.VALIDATION_FAILED,
                    "protocolId: no protocol '" + o.protocolId() + "'",
                    List.of(new Problem.FieldError("protocolId", "unknown protocol")));
        }
        OrderBook.Order order = orders.override(a, o.protocolId().trim(), o.reason(), o.overriddenBy());
        LOG.infof(
                "order protocol overridden: protocol=%s (recommended %s)",
                order.protocolInForce(), order.recommendedProtocolId());
        return order;
    }

    @POST
    @Path("/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Record a protocolling decision on the order",
            description = "Where the advice left a decision to a radiologist (gadolinium RADIOLOGIST_DECISION, implant "
                    + "RADIOLOGIST_REVIEW), records who decided what and why: gadolinium GIVE with one of the "
                    + "recommended agents or DO_NOT_GIVE; implant APPROVED (optionally with the conditions that apply) "
                    + "or DECLINED. The order is AWAITING_DECISION until each open question is decided; a later "
                    + "decision of the same kind replaces the earlier one (both are kept). Conformance checks of the "
                    + "order's studies use the decided values.")
    @APIResponse(
            responseCode = "200",
            description = "The order with the decision recorded",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OrderBook.Order.class)))
    @APIResponse(
            responseCode = "400",
            description = "A missing or wrong field (e.g. GIVE without an agent, an agent not recommended)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No recommendation was made for this accession number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "DECISION_NOT_PENDING: the order's recommendation left no such decision to a radiologist",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OrderBook.Order decide(@PathParam("accessionNumber") String accession, DecisionRequest body) {
        String a = accession(accession);
        DecisionRequest d = validator.valid(body);
        OrderBook.Order order = orders.decide(a, d.outcome(), d.agent(), d.constraints(), d.reason(), d.decidedBy());
        LOG.infof(
                "order decision recorded: recommendation=%s outcome=%s status=%s",
                order.recommendationId(), d.outcome(), order.status());
        return order;
    }

    private static String accession(String a) {
        if (!SH.matcher(a).matches()) {
            throw new ProblemException(
                    400,
                    ProblemCode.VALIDATION_FAILED,
                    "accessionNumber: not a DICOM accession number (1-16 printable characters)",
                    List.of(new Problem.FieldError(
                            "accessionNumber",
                            "not a DICOM accession number (1-16 printable characters, no backslash)")));
        }
        return a;
    }
}
