package org.mrpa.protocol.catalog;

/** One thing wrong with one catalog file: which file, which field (a path such as {@code sequences[2].plane}), what. */
public record CatalogProblem(String file, String field, String message) {

    @Override
    public String toString() {
        return file + (field == null || field.isEmpty() ? "" : ": " + field) + ": " + message;
    }
}
