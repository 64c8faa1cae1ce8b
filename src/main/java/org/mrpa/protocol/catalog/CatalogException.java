package org.mrpa.protocol.catalog;

import java.util.List;
import java.util.stream.Collectors;

/** The catalog could not be loaded; the message lists every problem with file, field and reason. */
public class CatalogException extends RuntimeException {

    private final List<CatalogProblem> problems;

    public CatalogException(List<CatalogProblem> problems) {
        super("Protocol catalog is invalid (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + "):\n  " + problems.stream().map(CatalogProblem::toString).collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    public List<CatalogProblem> problems() {
        return problems;
    }
}
