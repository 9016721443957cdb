package io.github.cutoverguard.maven;

import io.github.cutoverguard.engine.io.AtomicFiles;
import io.github.cutoverguard.engine.io.WriteIntent;
import io.github.cutoverguard.engine.io.WriteJournal;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where every goal starts: a group write ({@code repin}) killed before it finished is finished or undone
 * ({@link AtomicFiles#recover}) before anything is read, with a warning saying which; one that cannot be ended without
 * losing a change made since is a configuration error naming the file and the record.
 */
final class InterruptedWrite {

    private InterruptedWrite() {
    }

    /** Ends the project's interrupted write, if any; returns whether there was one (the work tree changed). */
    static boolean end(Path projectDirectory, Log log) throws MojoExecutionException {
        try {
            Optional<String> ended = AtomicFiles.recover(WriteJournal.of(projectDirectory));
            ended.ifPresent(log::warn);
            return ended.isPresent();
        } catch (WriteIntent.Refused | IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("Could not end an interrupted write: " + e.getMessage(), e);
        }
    }
}
