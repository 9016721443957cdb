package com.example.consumer.web;

import com.example.consumer.memorykernel.MemoryKernelClient;

import java.net.URI;

/** Serves context packages through the adapter. */
public final class ContextController {

    private final MemoryKernelClient client;

    public ContextController(MemoryKernelClient client) {
        this.client = client;
    }

    public URI packageFor(String id) {
        return client.contextPackage(id);
    }
}
