package io.github.cutoverguard.engine.testing;

import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.handoff.EnvelopePolicies;
import io.github.cutoverguard.engine.handoff.HandoffSettings;
import io.github.cutoverguard.engine.handoff.RequiredChecks;
import io.github.cutoverguard.engine.handoff.Rollback;
import io.github.cutoverguard.engine.handoff.ValidateHandoffRequest;
import io.github.cutoverguard.engine.schema.SchemaProblem;

import java.nio.file.Path;
import java.util.List;

/**
 * Handoff requests for tests, by name: every setting at its default until a test names it, so a test shows only what
 * it configures (no rows of positional {@code null}s).
 */
public final class HandoffRequests {

    private HandoffRequests() {
    }

    /** Validating {@code handoffFile} in {@code context}, with nothing else configured. */
    public static Validate validate(RunContext context, Path handoffFile) {
        return new Validate(context, handoffFile);
    }

    /** The generator settings of {@code producerRepo} rehearsing {@code targetServiceContract}, all else default. */
    public static Settings settings(String producerRepo, String targetServiceContract) {
        return new Settings(producerRepo, targetServiceContract);
    }

    /** A {@link ValidateHandoffRequest} being built. */
    public static final class Validate {
        private final RunContext context;
        private final Path handoffFile;
        private Path schemaFile;
        private Path producerManifestFile;
        private RequiredChecks requiredChecks = RequiredChecks.NONE;
        private Integer minimumOverlapDays;
        private EnvelopePolicies envelopes = EnvelopePolicies.DEFAULT;
        private HandoffSettings staleCheck;
        private ValidateHandoffRequest.Expected expected = ValidateHandoffRequest.Expected.NONE;

        private Validate(RunContext context, Path handoffFile) {
            this.context = context;
            this.handoffFile = handoffFile;
        }

        public Validate schemaFile(Path file) {
            schemaFile = file;
            return this;
        }

        public Validate producerManifestFile(Path file) {
            producerManifestFile = file;
            return this;
        }

        public Validate requiredChecks(List<String> requiredProducerChecks, List<String> requiredConsumerChecks) {
            requiredChecks = new RequiredChecks(requiredProducerChecks, requiredConsumerChecks);
            return this;
        }

        public Validate minimumOverlapDays(Integer days) {
            minimumOverlapDays = days;
            return this;
        }

        public Validate envelopes(EnvelopePolicies policies) {
            envelopes = policies;
            return this;
        }

        /** Runs the stale check with these generator settings. */
        public Validate staleCheck(HandoffSettings settings) {
            staleCheck = settings;
            return this;
        }

        public Validate expected(ValidateHandoffRequest.Expected configured) {
            expected = configured;
            return this;
        }

        public ValidateHandoffRequest build() {
            return new ValidateHandoffRequest(context, handoffFile, schemaFile, producerManifestFile, requiredChecks,
                    minimumOverlapDays, envelopes, staleCheck, expected);
        }

        public GoalResult run() throws SchemaProblem {
            return build().run();
        }
    }

    /** {@link HandoffSettings} being built. */
    public static final class Settings {
        private final String producerRepo;
        private final String targetServiceContract;
        private String planningCommit;
        private String targetApiContract;
        private String candidateMode;
        private EnvelopePolicies envelopes = EnvelopePolicies.DEFAULT;
        private RequiredChecks requiredChecks = RequiredChecks.NONE;
        private Integer overlapDays;
        private String cutoverGatesDoc;
        private Rollback rollback = Rollback.DEFAULT;

        private Settings(String producerRepo, String targetServiceContract) {
            this.producerRepo = producerRepo;
            this.targetServiceContract = targetServiceContract;
        }

        /** Starts from {@code settings}, under another target contract. */
        public static Settings from(HandoffSettings settings, String targetServiceContract) {
            Settings built = new Settings(settings.producerRepo(), targetServiceContract);
            built.planningCommit = settings.planningCommit();
            built.targetApiContract = settings.targetApiContract();
            built.candidateMode = settings.candidateMode();
            built.envelopes = settings.envelopes();
            built.requiredChecks = settings.requiredChecks();
            built.overlapDays = settings.overlapDays();
            built.cutoverGatesDoc = settings.cutoverGatesDoc();
            built.rollback = settings.rollback();
            return built;
        }

        public Settings planningCommit(String commit) {
            planningCommit = commit;
            return this;
        }

        public Settings targetApiContract(String contract) {
            targetApiContract = contract;
            return this;
        }

        public Settings candidateMode(String mode) {
            candidateMode = mode;
            return this;
        }

        public Settings envelopes(EnvelopePolicies policies) {
            envelopes = policies;
            return this;
        }

        public Settings requiredChecks(List<String> requiredProducerChecks, List<String> requiredConsumerChecks) {
            requiredChecks = new RequiredChecks(requiredProducerChecks, requiredConsumerChecks);
            return this;
        }

        public Settings overlapDays(Integer days) {
            overlapDays = days;
            return this;
        }

        public Settings cutoverGatesDoc(String doc) {
            cutoverGatesDoc = doc;
            return this;
        }

        public Settings rollback(List<String> rollbackTriggers, String rollbackAction) {
            rollback = new Rollback(rollbackTriggers, rollbackAction);
            return this;
        }

        public HandoffSettings build() {
            return new HandoffSettings(producerRepo, planningCommit, targetServiceContract, targetApiContract,
                    candidateMode, envelopes, requiredChecks, overlapDays, cutoverGatesDoc, rollback);
        }
    }
}
