package org.mrpa.study;

import java.util.List;

/** One page of a longer list: page number from 0, page size, the total matching, and the items. */
public record Page<T>(int page, int size, long total, List<T> items) {}
