/**
 * Screening rules, one class per rule behind {@link ScreeningRule}, and the patient and scanner inputs they read;
 * imports only {@code advice}, {@code protocol}, {@code indication}, the JDK and request-record annotations.
 *
 * <h2>How to add a screening rule</h2>
 *
 * <ol>
 *   <li>One class {@code XyzRule implements ScreeningRule<D>}: {@code apply} reads the {@link ScreeningContext}
 *       (patient, scanners, protocol, match, policy, {@code decision(EarlierRule.class)}) and returns a
 *       {@link RuleOutcome}: decision, limits on the scan, flags, and reasons for the response's own list.
 *   <li>Its codes in {@code advice.ReasonCode} (one line each on when it is given); new flags in {@code advice.Flag}.
 *   <li>Its policy keys in {@code protocols/site-policy.yaml}, {@code SitePolicy} and {@code CatalogValidator}.
 *   <li>One line in {@code RecommendationService.rules()}, after the rules it reads: before the tailor if it changes
 *       what or where is scanned, after it if it only advises. The context merges flags and reasons; only a new
 *       section of the response needs a field in {@code Recommendation}.
 *   <li>Its tests: table-driven on the rule, and an example emitting each new code in {@code ReasonCodeRegistryTest}.
 * </ol>
 */
package org.mrpa.screening;
