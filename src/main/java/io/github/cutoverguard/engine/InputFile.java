package io.github.cutoverguard.engine;

/** An input a goal read, named as configured and identified by the SHA-256 of its bytes. */
public record InputFile(String path, String sha256) {
}
