package io.github.cutoverguard.engine.io;

import io.github.cutoverguard.engine.git.GitDirectory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Where a project's {@link WriteIntent} record lives while a group write is in progress: in the git directory of the
 * work tree holding the project ({@code .git/cutover-guardrails/write-intent-<project>.properties}, one per project
 * directory so that the modules of a reactor never see each other's), which git never commits and {@code mvn clean}
 * never deletes; outside a git work tree, the hidden file {@code .cutover-guardrails-write-intent.properties} in the
 * project directory.
 *
 * @param projectDirectory the project the written files belong to; the record names them relative to it
 * @param record           the record's path
 */
public record WriteJournal(Path projectDirectory, Path record) {

    public WriteJournal {
        projectDirectory = projectDirectory.toAbsolutePath().normalize();
        record = record.toAbsolutePath().normalize();
    }

    /** The journal of the project in {@code projectDirectory} (found as git finds its repository). */
    public static WriteJournal of(Path projectDirectory) {
        Path project = projectDirectory.toAbsolutePath().normalize();
        Path gitDir = GitDirectory.of(project).orElse(null);
        if (gitDir == null) {
            return new WriteJournal(project, project.resolve(".cutover-guardrails-write-intent.properties"));
        }
        String key = WriteIntent.sha256(project.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        return new WriteJournal(project, gitDir.resolve("cutover-guardrails").resolve("write-intent-" + key
                + ".properties"));
    }

    /** {@code path} (absolute, or relative to the project) as the record names it: relative to the project. */
    Path relative(Path path) {
        return projectDirectory.relativize(projectDirectory.resolve(path).normalize());
    }

    /** A path the record names, resolved against the project. */
    Path resolve(Path path) {
        return projectDirectory.resolve(path).normalize();
    }

    /**
     * The record as shown in messages: relative to the project ({@code ../.git/cutover-guardrails/…} for a module whose
     * repository is above it), never the machine's absolute path; a record on another root (a Windows drive) by name.
     */
    String shown() {
        if (record.getRoot() == null || !record.getRoot().equals(projectDirectory.getRoot())) {
            return record.getFileName().toString();
        }
        return projectDirectory.relativize(record).toString().replace('\\', '/');
    }
}
