package com.example.invoicing;

import java.util.Optional;
import java.util.function.Function;

/** The invoicing app's adapter to billing: when billing does not answer, an invoice's status is "unknown". */
public final class BillingClient {

    private final Function<String, Optional<String>> transport;

    public BillingClient(Function<String, Optional<String>> transport) {
        this.transport = transport;
    }

    /** The status of invoice {@code id}, or {@code "unknown"} when billing does not answer. */
    public String invoiceStatus(String id) {
        try {
            return transport.apply("/v7/invoices/" + id).orElse("unknown");
        } catch (RuntimeException unavailable) {
            return "unknown";
        }
    }
}
