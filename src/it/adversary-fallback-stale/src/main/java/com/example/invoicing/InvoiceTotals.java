package com.example.invoicing;

import java.util.List;

/** Sums invoice lines, in cents. */
public final class InvoiceTotals {

    private InvoiceTotals() {
    }

    public static long total(List<Long> lineCents) {
        return lineCents.stream().mapToLong(Long::longValue).sum();
    }
}
