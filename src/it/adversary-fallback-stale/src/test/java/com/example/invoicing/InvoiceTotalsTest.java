package com.example.invoicing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InvoiceTotalsTest {

    @Test
    void linesAreSummed() {
        assertEquals(4_250L, InvoiceTotals.total(List.of(4_000L, 250L)));
    }
}
