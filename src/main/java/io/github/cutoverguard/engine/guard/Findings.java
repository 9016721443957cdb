package io.github.cutoverguard.engine.guard;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.InputFile;

import java.util.List;

/**
 * What one guard check found: its breaches, the inputs it read (for the evidence report) and a
 * one-line summary of what it looked at.
 */
public record Findings(List<Breach> breaches, List<InputFile> inputs, String detail) {

    public Findings {
        breaches = List.copyOf(breaches);
        inputs = List.copyOf(inputs);
    }
}
