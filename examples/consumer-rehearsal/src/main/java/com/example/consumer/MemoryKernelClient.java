package com.example.consumer;

import java.util.Optional;
import java.util.function.Function;

/**
 * The consumer's adapter to the MemoryKernel service: the only class that knows its endpoints.
 * Enrichment is optional and non-blocking: when the service fails, the fallback answers
 * deterministically.
 */
public final class MemoryKernelClient {

    static final String CONTEXT_LOOKUP = "/v1/context/lookup";

    private final String baseUrl;
    private final Function<String, Optional<String>> transport;

    public MemoryKernelClient(String baseUrl, Function<String, Optional<String>> transport) {
        this.baseUrl = baseUrl;
        this.transport = transport;
    }

    /** The context for {@code key}, or the deterministic fallback when the service does not answer. */
    public String contextFor(String key) {
        try {
            return transport.apply(baseUrl + CONTEXT_LOOKUP + "?key=" + key).orElseGet(() -> fallback(key));
        } catch (RuntimeException unavailable) {
            return fallback(key);
        }
    }

    static String fallback(String key) {
        return "no-context:" + key;
    }
}
