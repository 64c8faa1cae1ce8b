package org.mrpa.recommendation;

import java.util.Optional;

/** Where recommendations are kept so they can be fetched again by id. */
public interface RecommendationStore {

    /** Keeps the recommendation with the request that produced it (the request is needed to audit it later). */
    void save(RecommendationRequest request, Recommendation r);

    Optional<Recommendation> find(String recommendationId);

    /** The latest recommendation made for an accession number (the order's chosen protocol). */
    Optional<Recommendation> findByAccession(String accessionNumber);
}
