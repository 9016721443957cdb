package io.github.cutoverguard.engine.guard;

import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.InputFile;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.input.InputProblem;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.input.UnreadableInput;
import io.github.cutoverguard.engine.input.GlobSelection;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Raises {@link #RULE} for each place where a runtime configuration file (properties, YAML, JSON
 * under {@code src/main/resources} by default) names the target service contract as a whole token
 * ({@code billing.v8}, but not {@code billing.v81}) or matches a forbidden runtime pattern: during a
 * rehearsal the runtime must stay on the baseline contract. Comments are ignored (see
 * {@link ConfigComments}); every hit is its own breach at file:line:column. Each file is streamed
 * once.
 */
public final class NoRuntimeSwitch {

    public static final Rule RULE = Rule.GUARD_RUNTIME_SWITCH;

    /** The runtime configuration files scanned when no includes are configured. */
    public static final List<String> DEFAULT_INCLUDES = List.of("src/main/resources/**/*.properties",
            "src/main/resources/**/*.yml", "src/main/resources/**/*.yaml", "src/main/resources/**/*.json");

    private static final int SNIPPET = 120;

    private final String target;
    private final Pattern targetToken;
    private final List<Pattern> forbidden;
    private final String activeContract;

    /**
     * @param targetServiceContract the contract being rehearsed, e.g. {@code billing.v8}
     * @param forbiddenPatterns     further patterns no content may match (found anywhere in a line)
     * @param activeContract        the baseline contract, named in the hint, or {@code null}
     */
    public NoRuntimeSwitch(String targetServiceContract, List<Pattern> forbiddenPatterns, String activeContract) {
        this.target = targetServiceContract;
        this.targetToken = Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(targetServiceContract)
                + "(?![A-Za-z0-9_]|\\.[A-Za-z0-9_])");
        this.forbidden = List.copyOf(forbiddenPatterns);
        this.activeContract = activeContract;
    }

    /** Scans the files {@code selection} picks out of the project. */
    public Findings check(ProjectFiles files, GlobSelection selection, long maxBytes) {
        ProjectScan scan = ProjectScan.of(files, selection);
        List<Breach> breaches = new ArrayList<>();
        List<InputFile> inputs = new ArrayList<>();
        for (String file : scan.files()) {
            ConfigComments comments = ConfigComments.forFile(file);
            try {
                inputs.add(TextLines.read(files.resolve(Path.of(file)), file, maxBytes,
                        (number, line) -> scanLine(file, number, line, comments.content(line), breaches)));
            } catch (InputProblem e) {
                breaches.add(UnreadableInput.breach(e, file, UnreadableInput.SCANNED));
            }
        }
        breaches.addAll(scan.notScanned());
        String what = "target contract " + target + (forbidden.isEmpty() ? "" : " and " + forbidden.size()
                + " forbidden pattern" + (forbidden.size() == 1 ? "" : "s"));
        return new Findings(breaches, inputs, scan.files().size() + " runtime configuration file"
                + (scan.files().size() == 1 ? "" : "s") + " (" + selection + ") free of " + what);
    }

    private void scanLine(String file, int number, String line, String content, List<Breach> breaches) {
        if (content.isBlank()) {
            return;
        }
        Matcher token = targetToken.matcher(content);
        while (token.find()) {
            breaches.add(breach(file, number, token.start(), line, "names the target contract " + target,
                    "no " + target + " in runtime configuration during the rehearsal"));
        }
        for (Pattern pattern : forbidden) {
            Matcher m = pattern.matcher(content);
            int from = 0;
            while (from <= content.length() && m.find(from)) {
                breaches.add(breach(file, number, m.start(), line,
                        "matches the forbidden runtime pattern /" + pattern.pattern() + "/",
                        "no match of /" + pattern.pattern() + "/"));
                from = m.end() > m.start() ? m.end() : m.end() + 1;
            }
        }
    }

    private Breach breach(String file, int line, int index, String text, String what, String expected) {
        String snippet = text.strip();
        if (snippet.length() > SNIPPET) {
            snippet = snippet.substring(0, SNIPPET) + "…";
        }
        return Breach.error(RULE, "runtime configuration " + what + ": \"" + snippet + "\"")
                .file(file)
                .at(new Location(line, index + 1))
                .expected(expected)
                .actual(snippet)
                .hint("keep the runtime on " + (activeContract == null ? "the baseline contract" : activeContract)
                        + " until the cutover is approved: remove the switch, or keep rehearsal settings out of "
                        + "runtimeConfigIncludes")
                .build();
    }
}
