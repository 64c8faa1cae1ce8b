/**
 * Thin REST resources (recommendations, orders, protocols, uploads and conformance checks, studies and QA, STOW-RS at
 * /dicomweb), their request records, request validation and the one exception mapper that answers
 * application/problem+json with a {@link org.mrpa.api.ProblemCode}. Calls the services of every inner room; never
 * holds business rules. May import every room but {@code app}; of {@code store} only {@code DatabaseFailures}.
 */
package org.mrpa.api;
