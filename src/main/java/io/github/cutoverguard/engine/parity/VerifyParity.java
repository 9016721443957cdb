package io.github.cutoverguard.engine.parity;

import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Check;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.GoalRun;
import io.github.cutoverguard.engine.RunContext;
import io.github.cutoverguard.engine.InputFile;
import io.github.cutoverguard.engine.input.FileTree;
import io.github.cutoverguard.engine.input.InsideProject;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.input.TreeEntry;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The {@code verify-parity} guardrail: every mirror holds exactly the canonical contract pack's
 * selected files, byte for byte. Reports every missing ({@code PARITY-MISSING}), extra
 * ({@code PARITY-EXTRA}) and differing ({@code PARITY-DIFFERENT}, with both SHA-256s) file of every
 * mirror in one run.
 *
 * <p>How it works: each root is listed ({@link FileTree}; symbolic links are resolved by hand and
 * never followed out of their root), then every selected file of every root is hashed once, streamed
 * through a fixed-size buffer by a bounded pool of {@code parallelism} threads ({@link StreamingHasher}),
 * so memory stays bounded whatever the file sizes. Only relative paths and digests are kept.
 *
 * <p>Evidence: a pack can hold tens of thousands of files, so the report's {@code inputs} do not
 * list each file. They list each root (the canonical directory and every mirror that was read)
 * with the SHA-256 of its sorted listing, the UTF-8 bytes of {@code relpath\0sha256\n} for each
 * selected regular file: the same digest for the canonical directory and a mirror means the same
 * files with the same bytes, and any change to any selected file changes it.
 *
 * <p>Checks: {@code parity.canonical} (the canonical directory and its files can be read), then one
 * {@code parity.<mirror>} per mirror in configured order; within a check, breaches are sorted by
 * relative path, so the output is the same for every parallelism.
 */
public final class VerifyParity {

    /** The goal name used in reports. */
    public static final String GOAL = "verify-parity";
    /** The rules this goal's checks raise (the input rules, raised by every goal, are not listed). */
    public static final Set<Rule> RULES = Set.of(FilesPresentInMirror.RULE, NoExtraFilesInMirror.RULE,
            FilesIdenticalInMirror.RULE);
    private static final String CANONICAL = "parity.canonical";

    private VerifyParity() {
    }

    static GoalResult run(VerifyParityRequest request) {
        RunContext context = request.context();
        GoalRun run = new GoalRun(GOAL, context);
        ProjectFiles files = context.files();
        Path canonicalRoot = files.resolve(request.canonicalDirectory());
        String canonicalDisplay = files.display(request.canonicalDirectory());

        Optional<Breach> canonicalProblem = PackFilesReadable.canonicalDirectory(InsideProject.of(files), canonicalRoot,
                canonicalDisplay);
        if (canonicalProblem.isPresent()) {
            run.ran(CANONICAL, "read the canonical directory " + canonicalDisplay,
                    List.of(canonicalProblem.get()));
            run.skipped(request.mirrors().stream().map(mirror -> checkId(files, mirror)).toList(),
                    "the canonical directory could not be read");
            return run.result();
        }

        FileTree tree = new FileTree(files, request.selection());
        Map<Path, Optional<Breach>> mirrorProblems = new LinkedHashMap<>();
        List<Root> roots = new ArrayList<>();
        roots.add(new Root(canonicalRoot, canonicalDisplay, tree.walk(canonicalRoot)));
        for (Path mirror : request.mirrors()) {
            Path resolved = files.resolve(mirror);
            Optional<Breach> problem = PackFilesReadable.mirrorDirectory(InsideProject.of(files), resolved, files.display(mirror),
                    request.allowMissingMirrors(), canonicalRoot, canonicalDisplay);
            mirrorProblems.put(mirror, problem);
            if (problem.isEmpty()) {
                roots.add(new Root(resolved, files.display(mirror), tree.walk(resolved)));
            }
        }
        List<ContractPack> packs = hash(roots, request.parallelism());
        ContractPack canonical = packs.get(0);
        run.read(canonical.asInputFile());
        run.ran(CANONICAL, canonical.sha256().size() + " files under " + canonicalDisplay
                + " (" + request.selection() + ")", PackFilesReadable.canonicalEntries(canonical));

        int next = 1;
        for (Path mirror : request.mirrors()) {
            Optional<Breach> problem = mirrorProblems.get(mirror);
            if (problem.isPresent()) {
                run.ran(checkId(files, mirror), "read the mirror " + files.display(mirror),
                        List.of(problem.get()));
                continue;
            }
            ContractPack pack = packs.get(next++);
            run.read(pack.asInputFile());
            run.ran(checkId(files, mirror), pack.sha256().size() + " files of " + pack.display()
                    + " compared with " + canonicalDisplay, compare(canonical, pack));
        }
        return run.result();
    }

    /** Every breach of one mirror, sorted by relative path; at most one per path: the first check that finds one. */
    static List<Breach> compare(ContractPack canonical, ContractPack mirror) {
        SortedSet<String> paths = new TreeSet<>(canonical.sha256().keySet());
        paths.addAll(canonical.unfollowed().keySet());
        paths.addAll(mirror.sha256().keySet());
        paths.addAll(mirror.unfollowed().keySet());
        List<Check<FileComparison>> checks = List.of(new FilesPresentInMirror(), new NoExtraFilesInMirror(),
                new FilesIdenticalInMirror(canonical.root(), mirror.root()));
        List<Breach> breaches = new ArrayList<>();
        for (String path : paths) {
            FileComparison c = FileComparison.of(path, canonical, mirror);
            Optional<Breach> unreadable = PackFilesReadable.mirrorEntry(c);
            if (unreadable.isPresent()) {
                breaches.add(unreadable.get());
                continue;
            }
            checks.stream().map(check -> check.check(c)).filter(found -> !found.isEmpty()).findFirst()
                    .ifPresent(breaches::addAll);
        }
        return breaches;
    }

    /** Hashes every listed regular file of every root in one parallel pass. */
    private static List<ContractPack> hash(List<Root> roots, int parallelism) {
        List<Path> toHash = new ArrayList<>();
        for (Root root : roots) {
            for (TreeEntry entry : root.entries()) {
                if (entry instanceof TreeEntry.RegularFile file) {
                    toHash.add(file.file());
                }
            }
        }
        List<StreamingHasher.Digest> digests = new StreamingHasher(parallelism).hashAll(toHash);
        List<ContractPack> packs = new ArrayList<>();
        int index = 0;
        for (Root root : roots) {
            Map<String, String> sha256 = new TreeMap<>();
            Map<String, TreeEntry.Unfollowed> unfollowed = new TreeMap<>();
            for (TreeEntry entry : root.entries()) {
                if (entry instanceof TreeEntry.RegularFile file) {
                    StreamingHasher.Digest digest = digests.get(index++);
                    if (digest.ok()) {
                        sha256.put(file.relativePath(), digest.sha256());
                    } else {
                        unfollowed.put(file.relativePath(), new TreeEntry.Unfollowed(file.relativePath(), file.file(),
                                TreeEntry.Reason.UNREADABLE, "cannot be read: " + digest.error()));
                    }
                } else if (entry instanceof TreeEntry.Unfollowed skipped) {
                    unfollowed.put(skipped.relativePath(), skipped);
                }
            }
            packs.add(new ContractPack(root.path(), root.display(), new TreeMap<>(sha256), new TreeMap<>(unfollowed)));
        }
        return packs;
    }

    private static String checkId(ProjectFiles files, Path mirror) {
        return "parity." + files.display(mirror);
    }

    /** A listed root before hashing. */
    private record Root(Path path, String display, List<TreeEntry> entries) {
    }
}
