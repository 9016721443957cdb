package com.example.consumer.memorykernel;

import java.net.URI;

/** The one adapter that knows the producer's endpoints. */
public final class MemoryKernelClient {

    static final String CONTEXT_PACKAGES = "/v1/context-packages";
    static final String MEMORY_WRITES = "/v1/memory-writes";

    private final URI baseUrl;

    public MemoryKernelClient(URI baseUrl) {
        this.baseUrl = baseUrl;
    }

    public URI contextPackage(String id) {
        return baseUrl.resolve(CONTEXT_PACKAGES + "/" + id);
    }

    public URI memoryWrites() {
        return baseUrl.resolve(MEMORY_WRITES);
    }
}
