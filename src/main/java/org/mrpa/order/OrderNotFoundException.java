package org.mrpa.order;

/** No recommendation was made for the accession number the caller named. */
public class OrderNotFoundException extends RuntimeException {

    public OrderNotFoundException(String message) {
        super(message);
    }
}
