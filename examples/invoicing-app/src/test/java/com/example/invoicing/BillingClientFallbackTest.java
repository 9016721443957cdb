package com.example.invoicing;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BillingClientFallbackTest {

    @Test
    void statusIsUnknownWhenBillingFails() {
        BillingClient client = new BillingClient("http://127.0.0.1:8080", url -> {
            throw new IllegalStateException("connection refused");
        });
        assertEquals("unknown", client.invoiceStatus("inv-42"));
    }

    @Test
    void statusIsUnknownWhenBillingHasNoAnswer() {
        assertEquals("unknown", new BillingClient("http://x", url -> Optional.empty()).invoiceStatus("inv-42"));
    }

    @Test
    void billingsAnswerIsUsed() {
        assertEquals("paid", new BillingClient("http://x", url -> Optional.of("paid")).invoiceStatus("inv-42"));
    }
}
