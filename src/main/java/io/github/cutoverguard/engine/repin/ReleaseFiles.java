package io.github.cutoverguard.engine.repin;

import io.github.cutoverguard.engine.Baseline;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.CheckIds;
import io.github.cutoverguard.engine.GoalRun;
import io.github.cutoverguard.engine.InputFile;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.git.ManifestAtTag;
import io.github.cutoverguard.engine.git.ProducerRepository;
import io.github.cutoverguard.engine.git.TagResolvesToPinnedSha;
import io.github.cutoverguard.engine.input.InputProblem;
import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.input.InsideProject;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.input.RawInput;
import io.github.cutoverguard.engine.input.UnreadableInput;
import io.github.cutoverguard.engine.io.AtomicFiles;
import io.github.cutoverguard.engine.io.UnifiedDiff;
import io.github.cutoverguard.engine.io.WriteJournal;
import io.github.cutoverguard.engine.json.InputLoader;
import io.github.cutoverguard.engine.json.JsonDocument;
import io.github.cutoverguard.engine.pin.PinFields;
import io.github.cutoverguard.engine.pin.PinFormats;
import io.github.cutoverguard.engine.schema.ManifestIsReleased;
import io.github.cutoverguard.engine.schema.MatchesSchema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code repin} and {@code rollback} share: a release read from the producer's clone (its tag in the producer's
 * history, its manifest at the tag naming it), the consumer's pin, mirror and matrix they rewrite (regular files inside
 * the project), each change with its diff, and the one group write (all files or none).
 */
final class ReleaseFiles {

    private ReleaseFiles() {
    }

    /**
     * A release read from the producer's clone.
     *
     * @param baseline  the release: the tag and commit asked for, the contract versions as its manifest names them
     * @param tagCommit the commit the tag resolves to (annotated tags peeled)
     * @param manifest  the manifest's bytes at the tag
     * @param originUrl the clone's {@code origin} URL, when it has one
     */
    record Release(Baseline baseline, String tagCommit, byte[] manifest, Optional<String> originUrl) {
    }

    /**
     * Reads the release {@code want} names from {@code producerRepository}, recording the checks {@code GIT-TAG-SHA}
     * (the tag holds {@code want}'s commit), {@code MANIFEST-SOURCE} (a manifest at the tag) and
     * {@code MANIFEST-ALIGNMENT} (it names each field {@code want} sets; a field {@code want} leaves {@code null} is taken
     * from the manifest) in {@code run}; empty when one of them fails.
     *
     * @param pinDisplay the pin as shown, where a {@code GIT-TAG-SHA} breach points
     * @param fix        the hint of a {@code MANIFEST-ALIGNMENT} breach
     */
    static Optional<Release> read(RunContext context, Path producerRepository, String producerManifestPath, Baseline want,
                                  String pinDisplay, String fix, GoalRun run) {
        ProjectFiles files = context.files();
        String producerName = files.display(producerRepository);
        try (ProducerRepository producer = ProducerRepository.open(files.resolve(producerRepository).toFile(),
                producerName)) {
            return read(context, producer, producerRepository, producerManifestPath, want, pinDisplay, fix, run);
        } catch (ProducerRepository.Unusable e) {
            run.ran(CheckIds.GIT_TAG_SHA, "the release in " + producerName, List.of(TagResolvesToPinnedSha.unusable(e,
                    want.commitSha(), pinDisplay, Location.UNKNOWN)));
            return Optional.empty();
        }
    }

    private static Optional<Release> read(RunContext context, ProducerRepository producer, Path producerRepository,
                                          String producerManifestPath, Baseline want, String pinDisplay, String fix,
                                          GoalRun run) throws ProducerRepository.Unusable {
        String tag = want.releaseTag();
        List<Breach> holds = new TagResolvesToPinnedSha(producer).check(new TagResolvesToPinnedSha.Pinned(tag,
                want.commitSha(), null, pinDisplay, Location.UNKNOWN));
        run.ran(CheckIds.GIT_TAG_SHA, "tag " + tag + " holds commit " + want.commitSha() + " in " + producer.name(), holds);
        Optional<String> commit = producer.tagCommit(tag);
        if (holds.stream().anyMatch(Breach::fails) || commit.isEmpty()) {
            run.skipped(List.of(CheckIds.MANIFEST_SOURCE, CheckIds.MANIFEST_ALIGNMENT), "the release does not hold");
            return Optional.empty();
        }
        ManifestAtTag.Lookup found = ManifestAtTag.find(producer, want, commit.get(), producerManifestPath,
                context.limits());
        if (found instanceof ManifestAtTag.NotFound missing) {
            run.ran(CheckIds.MANIFEST_SOURCE, "the producer's manifest at " + tag, List.of(missing.breach()));
            run.skipped(CheckIds.MANIFEST_ALIGNMENT, "no manifest at the tag");
            return Optional.empty();
        }
        ManifestAtTag.Found atTag = (ManifestAtTag.Found) found;
        String display = producer.name() + ":" + atTag.path() + "@" + tag;
        run.ran(CheckIds.MANIFEST_SOURCE, "read " + display, List.of());
        InputLoader.Loaded<JsonDocument> parsed = run.inputs().parse(new RawInput(display,
                context.files().resolve(producerRepository), atTag.bytes(), InputReader.sha256Hex(atTag.bytes())));
        List<Breach> alignment = new ArrayList<>(parsed.breaches());
        parsed.value().ifPresent(m -> {
            // a prepared manifest (no commit_sha) at the tag: that breach, not a second one for the commit it lacks
            alignment.addAll(ManifestAtTag.releaseCheck().check(m));
            alignment.addAll(manifestNames(m, want, fix));
        });
        run.ran(CheckIds.MANIFEST_ALIGNMENT, want.serviceContract() == null ? "the manifest at the tag names " + tag
                + " and its commit" : "the manifest at the tag names <baseline>'s release and contract versions", alignment);
        if (parsed.value().isEmpty() || alignment.stream().anyMatch(Breach::fails)) {
            return Optional.empty();
        }
        JsonDocument manifest = parsed.value().get();
        Baseline release = new Baseline(tag, want.commitSha(),
                or(want.serviceContract(), manifest, PinFields.SERVICE_CONTRACT),
                or(want.apiContract(), manifest, PinFields.API_CONTRACT),
                or(want.integrationBaseline(), manifest, PinFields.MANIFEST_INTEGRATION_BASELINE));
        return Optional.of(new Release(release, commit.get(), atTag.bytes(), producer.originUrl()));
    }

    private static String or(String wanted, JsonDocument manifest, String field) {
        return wanted != null ? wanted : manifest.text(field).orElse(null);
    }

    /**
     * MANIFEST-ALIGNMENT breaches for each manifest field that differs from {@code want}'s (a {@code null} field of
     * {@code want} is not compared: it must only be there, as the manifest's schema requires; the commit of a prepared
     * manifest, which has none, is {@link ManifestIsReleased}'s breach).
     */
    private static List<Breach> manifestNames(JsonDocument manifest, Baseline want, String fix) {
        Map<String, String> release = PinFields.release(want);
        List<Breach> breaches = new ArrayList<>();
        PinFields.MANIFEST_TO_PIN.forEach((field, pinField) -> {
            String wanted = release.get(pinField);
            String actual = manifest.text(field).orElse(null);
            if (wanted == null && actual != null
                    || field.equals(PinFields.COMMIT_SHA) && ManifestIsReleased.isPrepared(manifest)) {
                return;
            }
            boolean same = wanted != null && (field.equals(PinFields.COMMIT_SHA) ? wanted.equalsIgnoreCase(String.valueOf(actual))
                    : wanted.equals(actual));
            if (!same) {
                breaches.add(manifest.breachAt(Rule.MANIFEST_ALIGNMENT, JsonDocument.pointerOf(field), "the manifest at "
                                + want.releaseTag() + " names " + field + " " + (actual == null ? "nothing" : "\"" + actual + "\"")
                                + (wanted == null ? "" : ", " + (want.serviceContract() == null ? "the release" : "<baseline>")
                                + " is \"" + wanted + "\""))
                        .expected(wanted).actual(actual).hint(fix).build());
            }
        });
        return breaches;
    }

    /** FILE-MISSING for each file to write that is a link, lies under one or lies outside the project. */
    static List<Breach> outsideOrLinked(ProjectFiles files, Path... written) {
        InsideProject inside = InsideProject.of(files);
        List<Breach> refused = new ArrayList<>();
        for (Path file : written) {
            if (file != null) {
                String display = files.display(file);
                inside.refusal(file).ifPresent(r -> refused.add(UnreadableInput.breach(r.problem(display), display,
                        UnreadableInput.CONFIGURED)));
            }
        }
        return refused;
    }

    /**
     * The pin at {@code pinFile}, parsed and schema-valid (check {@code pin.read}); empty when there is none
     * ({@code absent} says why that is fine, or a breach says it is not) or it cannot be read.
     */
    static Optional<JsonDocument> currentPin(ProjectFiles files, Path pinFile, GoalRun run, String absent) {
        Path resolved = files.resolve(pinFile);
        if (!Files.exists(resolved, LinkOption.NOFOLLOW_LINKS)) {
            run.skipped(CheckIds.PIN_READ, absent);
            return Optional.empty();
        }
        InputLoader.Loaded<JsonDocument> loaded = run.inputs().json(pinFile);
        List<Breach> breaches = new ArrayList<>(loaded.breaches());
        loaded.value().ifPresent(p -> breaches.addAll(MatchesSchema.bundled("integration-pin.v1").check(p)));
        run.ran(CheckIds.PIN_READ, "read the current pin (integration-pin.v1)", breaches);
        loaded.value().ifPresent(p -> run.read(p.source().asInputFile()));
        return breaches.stream().anyMatch(Breach::fails) ? Optional.empty() : loaded.value();
    }

    /** The bytes of {@code file}, or {@code null} when it does not exist. */
    static byte[] existing(ProjectFiles files, Path file, long maxBytes) throws IOException {
        Path resolved = files.resolve(file);
        if (!Files.isRegularFile(resolved, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try {
            return new InputReader(maxBytes).read(resolved, files.display(file)).bytes();
        } catch (InputProblem e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Adds the change of {@code file} from {@code before} ({@code null}: new) to {@code after}, unless they are equal. */
    static void change(ProjectFiles files, Path file, byte[] before, byte[] after, List<Repin.FileChange> changes) {
        if (before != null && Arrays.equals(before, after)) {
            return;
        }
        String display = files.display(file);
        String diff = UnifiedDiff.of(before == null ? "/dev/null" : display, before == null ? new byte[0] : before,
                display, after).text();
        changes.add(new Repin.FileChange(display, files.resolve(file), before, after, diff));
    }

    /**
     * Writes {@code changes} together (all or none, even when killed) unless {@code dryRun}, and records each file's new
     * content as the goal's output; whether anything was written.
     */
    static boolean write(ProjectFiles files, String goal, List<Repin.FileChange> changes, boolean dryRun, GoalRun run)
            throws IOException {
        boolean write = !dryRun && !changes.isEmpty();
        if (write) {
            AtomicFiles.writeAll(WriteJournal.of(files.basedir()), goal,
                    changes.stream().map(c -> new AtomicFiles.Change(c.path(), c.before(), c.after())).toList());
        }
        changes.forEach(c -> run.read(new InputFile(c.display(), InputReader.sha256Hex(c.after()))));
        return write;
    }

    /** How the matrix names the producer: from the pin's {@code <name>_repo} member, else {@code fallback}. */
    static String product(Optional<JsonDocument> pin, String fallback) {
        String name = pin.map(PinFormats::repositoryMembers).filter(members -> !members.isEmpty())
                .map(members -> members.get(0).substring(0, members.get(0).length() - "_repo".length()))
                .orElse(fallback == null ? "Producer" : fallback);
        return name.isEmpty() ? "Producer" : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
