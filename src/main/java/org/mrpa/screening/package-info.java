/**
 * Screening rules, one class per rule behind {@link org.mrpa.screening.ScreeningRule}, and the patient and scanner
 * inputs they read; plain Java that imports only {@code advice}, {@code protocol}, {@code indication}, the JDK and the
 * Jackson, OpenAPI and Bean Validation annotations of the request records.
 *
 * <h2>How to add a screening rule</h2>
 *
 * <ol>
 *   <li>One class {@code XyzRule implements ScreeningRule<D>}: {@code apply} reads what it needs from the
 *       {@link org.mrpa.screening.ScreeningContext} (patient, {@code booked()} or {@code scanners()} = the scanner in
 *       force, {@code protocol()}, {@code match()}, {@code policy()}, {@code decision(EarlierRule.class)}) and returns a
 *       {@link org.mrpa.screening.RuleOutcome}: its decision, its limits on the scan, its flags, and the reasons for
 *       the recommendation's reasons list (a decision that is a section of the response keeps its reasons there).
 *   <li>Its codes: one {@code advice.ReasonCode} per reason (one line on when it is given); new flags in
 *       {@code advice.Flag}.
 *   <li>Its policy keys: in {@code protocols/site-policy.yaml}, {@code SitePolicy} and {@code CatalogValidator}; a
 *       reason a setting decided says so with {@code Reason.bySitePolicy}.
 *   <li>Add it to {@code RecommendationService.rules()} after the rules it reads: before the tailor if it changes
 *       what or where is scanned, after it if it only advises. {@code ScreeningContext} merges every outcome's flags
 *       and reasons; only a new section of the response needs a field in {@code Recommendation}.
 *   <li>Its tests: table-driven on its decision method, plus an example emitting each new code in
 *       {@code ReasonCodeRegistryTest}.
 * </ol>
 */
package org.mrpa.screening;
