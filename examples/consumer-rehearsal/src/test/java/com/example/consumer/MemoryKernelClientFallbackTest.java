package com.example.consumer;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MemoryKernelClientFallbackTest {

    @Test
    void fallbackIsDeterministicWhenTheServiceFails() {
        MemoryKernelClient client = new MemoryKernelClient("http://127.0.0.1:4010", url -> {
            throw new IllegalStateException("connection refused");
        });
        assertEquals("no-context:order-7", client.contextFor("order-7"));
        assertEquals(client.contextFor("order-7"), client.contextFor("order-7"));
    }

    @Test
    void fallbackCoversAnEmptyAnswer() {
        assertEquals("no-context:a", new MemoryKernelClient("http://x", url -> Optional.empty()).contextFor("a"));
    }

    @Test
    void answerIsUsedWhenTheServiceResponds() {
        assertEquals("ctx", new MemoryKernelClient("http://x", url -> Optional.of("ctx")).contextFor("a"));
    }
}
