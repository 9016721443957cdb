package io.github.cutoverguard.engine;

import io.github.cutoverguard.engine.input.InputLimits;
import io.github.cutoverguard.engine.input.ProjectFiles;

import java.time.Clock;
import java.util.Objects;

/**
 * What every goal's run shares, given once: the project whose files it reads, the mode, the approved baseline (as
 * far as configured), the contract being rehearsed, the input limits and the clock that stamps results. Each goal's
 * request holds one and adds only what is its own.
 *
 * @param files                 the project directory, for resolving and naming files
 * @param mode                  rehearsal or cutover; {@code null} is rehearsal (the default mode)
 * @param baseline              the approved baseline; {@code null} is {@link Baseline#NONE}
 * @param targetServiceContract the contract being rehearsed, or {@code null} (blank is {@code null})
 * @param limits                input limits; {@code null} is {@link InputLimits#DEFAULT}
 * @param clock                 stamps the results; {@code null} is the system clock (UTC)
 * @param breachLimit           how many breaches of one rule in one file a check lists; {@code null} is
 *                              {@link BreachLimit#DEFAULT}
 */
public record RunContext(
        ProjectFiles files,
        Mode mode,
        Baseline baseline,
        String targetServiceContract,
        InputLimits limits,
        Clock clock,
        BreachLimit breachLimit) {

    public RunContext {
        Objects.requireNonNull(files, "files");
        mode = mode == null ? Mode.REHEARSAL : mode;
        baseline = baseline == null ? Baseline.NONE : baseline;
        targetServiceContract = targetServiceContract == null || targetServiceContract.isBlank()
                ? null : targetServiceContract.trim();
        limits = limits == null ? InputLimits.DEFAULT : limits;
        clock = clock == null ? Clock.systemUTC() : clock;
        breachLimit = breachLimit == null ? BreachLimit.DEFAULT : breachLimit;
    }
}
