/**
 * Persistence: JPA entities, the repositories that implement the ports of {@code order}, {@code study} and
 * {@code recommendation}, the Patient ID hasher; Flyway migrations are in {@code src/main/resources/db/migration}.
 * The only room that imports JPA, Hibernate or JDBC. May import the rooms whose ports it implements.
 */
package org.mrpa.store;
