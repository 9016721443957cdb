package com.example.invoicing;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BillingClientFallbackTest {

    @Test
    void statusIsUnknownWhenBillingIsDown() {
        BillingClient client = new BillingClient(path -> {
            throw new IllegalStateException("connection refused");
        });
        assertEquals("unknown", client.invoiceStatus("inv-42"));
    }
}
