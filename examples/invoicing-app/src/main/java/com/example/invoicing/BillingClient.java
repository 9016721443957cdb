package com.example.invoicing;

import java.util.Optional;
import java.util.function.Function;

/**
 * The invoicing app's adapter to the billing service: the only class that knows its endpoints. An invoice's
 * status is optional enrichment: when billing does not answer, the fallback answers deterministically.
 */
public final class BillingClient {

    static final String INVOICES = "/v7/invoices/";

    private final String baseUrl;
    private final Function<String, Optional<String>> transport;

    public BillingClient(String baseUrl, Function<String, Optional<String>> transport) {
        this.baseUrl = baseUrl;
        this.transport = transport;
    }

    /** The status of invoice {@code id}, or {@code "unknown"} when billing does not answer. */
    public String invoiceStatus(String id) {
        try {
            return transport.apply(baseUrl + INVOICES + id).orElse(UNKNOWN);
        } catch (RuntimeException unavailable) {
            return UNKNOWN;
        }
    }

    static final String UNKNOWN = "unknown";
}
