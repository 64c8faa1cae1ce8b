package org.mrpa.store;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** Recognises, from an exception's causes, a database that cannot be reached and a write that lost a race. */
public final class DatabaseFailures {

    private DatabaseFailures() {}

    /**
     * True when the database cannot be reached: a connection failure (SQLSTATE class 08), a pool that could not get a
     * connection in time, or H2's "database closed/in use" states.
     */
    public static boolean isUnavailable(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof org.hibernate.exception.JDBCConnectionException
                    || c instanceof SQLTransientConnectionException) {
                return true;
            }
            if (c instanceof SQLException sql) {
                String state = sql.getSQLState();
                String message = String.valueOf(sql.getMessage());
                if (state != null
                        && (state.startsWith("08")
                                || state.equals("57P01")
                                || state.equals("57P03")
                                || state.equals("90098")
                                || state.equals("90121"))) {
                    return true;
                }
                if (message.contains("Acquisition timeout")) {
                    return true;
                }
            }
            if (c == c.getCause()) {
                break;
            }
        }
        return false;
    }

    /** True when a concurrent transaction won: duplicate key, stale version, lock timeout or deadlock. */
    static boolean isConflict(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof org.hibernate.exception.ConstraintViolationException v
                    && v.getKind() == org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE) {
                return true;
            }
            if (c instanceof jakarta.persistence.OptimisticLockException
                    || c instanceof org.hibernate.StaleStateException
                    || c instanceof jakarta.persistence.PessimisticLockException
                    || c instanceof jakarta.persistence.LockTimeoutException
                    || c instanceof org.hibernate.exception.LockAcquisitionException) {
                return true;
            }
            if (c instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().equals("23505")
                            || sql.getSQLState().equals("40001")
                            || sql.getSQLState().equals("40P01")
                            || sql.getSQLState().equals("HYT00"))) {
                return true;
            }
            if (c == c.getCause()) {
                break;
            }
        }
        return false;
    }
}
