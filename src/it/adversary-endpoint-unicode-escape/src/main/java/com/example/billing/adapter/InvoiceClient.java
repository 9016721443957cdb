package com.example.billing.adapter;

import java.net.URI;

/** The one adapter that knows the billing producer's endpoints. */
public final class InvoiceClient {

    static final String LOOKUP = "/v7/invoices/lookup";

    private final URI baseUrl;

    public InvoiceClient(URI baseUrl) {
        this.baseUrl = baseUrl;
    }

    public URI lookup(String invoiceId) {
        return baseUrl.resolve(LOOKUP + "?id=" + invoiceId);
    }
}
