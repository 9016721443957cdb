package io.github.cutoverguard.engine.git;

import org.eclipse.jgit.internal.util.CleanupService;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Where this plugin opens every git repository: JGit inside a class realm that is closed before the JVM exits (Maven's
 * plugin realm). By default JGit registers its cleanup as a JVM shutdown hook, which runs after Maven has closed the
 * realm, fails to load JGit's classes from it and prints a {@code NoClassDefFoundError}'s stack trace after the build.
 * JGit's way for a container that unloads it (OSGi) is a {@link CleanupService} created before its first use: the
 * cleanup is then the container's, and no hook is registered. This plugin reads repositories and starts none of the
 * work that cleanup ends, so it needs none.
 */
public final class JGitInRealm {

    static {
        // once per realm, before any repository is opened through builder(): the class is initialised by its first call
        new CleanupService();
    }

    private JGitInRealm() {
    }

    /** A repository builder, JGit's cleanup kept off the JVM's shutdown hooks. */
    public static FileRepositoryBuilder builder() {
        return new FileRepositoryBuilder();
    }
}
