package io.github.cutoverguard.engine.git;

import org.eclipse.jgit.lib.Repository;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** Who git says is working in a directory: {@code user.name} as the repository holding it resolves it (read-only). */
public final class GitUser {

    private GitUser() {
    }

    /**
     * The {@code user.name} of the repository holding {@code directory} (its own configuration, else the user's and the
     * system's, as git reads them); empty outside every repository, or when none is set or it cannot be read.
     */
    public static Optional<String> name(Path directory) {
        Optional<Path> gitDir = GitDirectory.of(directory);
        if (gitDir.isEmpty()) {
            return Optional.empty();
        }
        try (Repository repository = JGitInRealm.builder().setGitDir(gitDir.get().toFile()).setMustExist(true)
                .build()) {
            return Optional.ofNullable(repository.getConfig().getString("user", null, "name"))
                    .map(String::strip).filter(name -> !name.isEmpty());
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
