package org.mrpa.screening;

/** Class of contrast medium a prior reaction was to. */
public enum ContrastClass {
    GBCA,
    IODINATED
}
