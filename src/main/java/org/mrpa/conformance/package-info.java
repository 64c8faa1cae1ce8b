/**
 * Conformance of an acquired study to the protocol in force (series headers vs expected sequences, parameters and
 * safety constraints -> report of issues); plain Java that may import dicom (not dicom/vendor), protocol, advice,
 * recommendation, screening, Jackson and OpenAPI annotations and the JDK, never the DICOM toolkit, Quarkus, Jakarta
 * or api/app/audit.
 *
 * <p>{@link org.mrpa.conformance.ExpectedProtocols} builds what a study should contain (from a recommendation, an
 * override or a catalog protocol); {@link org.mrpa.conformance.ConformanceChecker} matches series to sequences
 * ({@code SeriesMatch}), checks parameters ({@code ParameterChecks}) and safety ({@code SafetyChecks}, one check per
 * constraint) and returns a {@link org.mrpa.conformance.StudyConformanceReport}, stored as JSON with its
 * {@link org.mrpa.conformance.ConformanceIssue}s. Every issue has a stable {@link org.mrpa.conformance.IssueCode},
 * the only place code names are written.
 */
package org.mrpa.conformance;
