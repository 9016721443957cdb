package io.github.cutoverguard.engine.matrix;

/** A compatibility matrix in the reference format, pinned to the rehearsal baseline. */
public final class MatrixChecksTestData {

    public static final String MATRIX = """
            # MemoryKernel compatibility matrix

            ## Active baseline
            - MemoryKernel release tag: `v0.3.2`
            - MemoryKernel commit SHA: `cf331449e1589581a5dcbb3adecd3e9ae4509277`

            ## Approved Version Pairs
            | Approved on | Release tag | Commit SHA | Service contract | API contract | Integration baseline | Status |
            |---|---|---|---|---|---|---|
            | 2026-01-12 | v0.3.1 | 0123456789abcdef0123456789abcdef01234567 | service.v2 | api.v1 | integration/v1 | Superseded |
            | 2026-02-01 | `v0.3.2` | `cf331449e1589581a5dcbb3adecd3e9ae4509277` | service.v2 | api.v1 | integration/v1 | Approved |
            """;

    private MatrixChecksTestData() {
    }
}
