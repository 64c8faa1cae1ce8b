/**
 * Indication matching (free text + ICD-10 codes to family, region, protocol); plain Java, imports protocol/, advice/.
 * Nothing else: no Quarkus or Jakarta; Evidence carries only the Jackson/OpenAPI annotations of the response JSON.
 *
 * <p>{@link org.mrpa.indication.IndicationMatcher#match} works in this order:
 * 1. tokens: clauses, abbreviations expanded, misspellings corrected, each word present, suspected or negated;
 * 2. mentions: catalog phrases in the text (a body part inside a trigger, "breast cancer", names no region);
 * 3. hits: asserted mentions and ICD-10 codes per tag (longer triggers shadow shorter; non-spine clauses drop out);
 * 4. region: the order's hint, else the region most named by region words, codes and vertebral levels;
 * 5. candidates: protocols whose triggers or whole combinations hit; none = UNSUPPORTED_REGION or NOT_RECOGNISED;
 * 6. precedence tier (§1.1), region, hit counts pick the protocol; plus contrast exceptions, red flags, IND-* reasons.
 */
package org.mrpa.indication;
