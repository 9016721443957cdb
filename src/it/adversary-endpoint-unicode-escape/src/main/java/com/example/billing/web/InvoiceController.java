package com.example.billing.web;

import com.example.billing.adapter.InvoiceClient;

import java.net.URI;

/** Serves invoices through the adapter. */
public final class InvoiceController {

    private final InvoiceClient client;

    public InvoiceController(InvoiceClient client) {
        this.client = client;
    }

    public URI invoice(String id) {
        return client.lookup(id);
    }
}
