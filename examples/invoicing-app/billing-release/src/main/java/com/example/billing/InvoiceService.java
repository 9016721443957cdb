package com.example.billing;

/** The billing producer's invoice endpoint, v7.4.0: GET /v7/invoices/{id} answers an invoice or a billing.v7 error. */
public final class InvoiceService {
}
