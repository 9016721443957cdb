package io.github.cutoverguard.engine.guard;

import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.VisibleText;
import io.github.cutoverguard.engine.BreachLimit;
import io.github.cutoverguard.engine.InputFile;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.input.InputProblem;
import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.input.RawInput;
import io.github.cutoverguard.engine.input.UnreadableInput;
import io.github.cutoverguard.engine.input.GlobSelection;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Raises {@link #RULE} for each key or value of a runtime configuration file (properties, XML
 * properties, YAML, JSON under {@code src/main/resources} by default) that names the target service
 * contract as a whole token ({@code billing.v8}, but not {@code billing.v81}) or matches a forbidden
 * runtime pattern: during a rehearsal the runtime must stay on the baseline contract. Each file is
 * read as its runtime reads it ({@link RuntimeConfig}): escapes resolved, continuations joined,
 * comments left out, any encoding its byte-order mark names. Every hit is its own breach at
 * file:line:column; where the file writes it otherwise than the runtime reads it, the message says
 * both. A file that cannot be read that way is {@code JSON-PARSE}: it was not scanned, so it cannot pass.
 */
public final class NoRuntimeSwitch {

    public static final Rule RULE = Rule.GUARD_RUNTIME_SWITCH;
    /** Raised for a runtime configuration file its runtime's parser cannot read. */
    public static final Rule UNREADABLE = Rule.JSON_PARSE;

    /** The runtime configuration files scanned when no includes are configured. */
    public static final List<String> DEFAULT_INCLUDES = List.of("src/main/resources/**/*.properties",
            "src/main/resources/**/*.yml", "src/main/resources/**/*.yaml", "src/main/resources/**/*.json",
            "src/main/resources/**/*.xml");

    private static final int SNIPPET = 120;

    private final String target;
    private final Pattern targetToken;
    private final List<Pattern> forbidden;
    private final String hint;

    /**
     * @param targetServiceContract the contract being rehearsed, e.g. {@code billing.v8}
     * @param forbiddenPatterns     further patterns no key or value may match (found anywhere in it)
     * @param activeContract        the baseline contract, named in the hint, or {@code null}
     */
    public NoRuntimeSwitch(String targetServiceContract, List<Pattern> forbiddenPatterns, String activeContract) {
        this.target = targetServiceContract;
        this.targetToken = Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(targetServiceContract)
                + "(?![A-Za-z0-9_]|\\.[A-Za-z0-9_])");
        this.forbidden = List.copyOf(forbiddenPatterns);
        this.hint = "keep the runtime on " + (activeContract == null ? "the baseline contract" : activeContract)
                + " until the cutover is approved: remove the switch, or keep rehearsal settings out of "
                + "runtimeConfigIncludes";
    }

    /** Scans the files {@code selection} picks out of the project, listing up to {@code limit} hits per file. */
    public Findings check(ProjectFiles files, GlobSelection selection, long maxBytes, BreachLimit limit) {
        ProjectScan scan = ProjectScan.of(files, selection);
        InputReader reader = new InputReader(maxBytes);
        BreachLimit.Listing breaches = limit.listing();
        List<InputFile> inputs = new ArrayList<>();
        List<String> xmlNotRead = new ArrayList<>();
        for (String file : scan.files()) {
            RawInput input;
            try {
                input = reader.read(files.resolve(Path.of(file)), file);
            } catch (InputProblem e) {
                breaches.add(UnreadableInput.breach(e, file, UnreadableInput.SCANNED));
                continue;
            }
            inputs.add(input.asInputFile());
            try {
                RuntimeConfig config = RuntimeConfig.read(input, maxBytes);
                if (config.xmlNotRead()) {
                    xmlNotRead.add(file);
                }
                scan(file, config, breaches);
            } catch (RuntimeConfig.Unreadable e) {
                breaches.add(Breach.error(UNREADABLE, "runtime configuration cannot be read as the runtime reads it "
                                + e.getMessage() + "; it was not scanned")
                        .file(file)
                        .at(e.location)
                        .hint("fix the file so that its runtime's parser reads it, or exclude it from "
                                + "runtimeConfigIncludes; a runtime configuration the check cannot read cannot pass")
                        .build());
            }
        }
        scan.notScanned().forEach(breaches::add);
        String what = "target contract " + target + (forbidden.isEmpty() ? "" : " and " + forbidden.size()
                + " forbidden pattern" + (forbidden.size() == 1 ? "" : "s"));
        return new Findings(breaches.breaches(), inputs, scan.files().size() + " runtime configuration file"
                + (scan.files().size() == 1 ? "" : "s") + " (" + selection + ") free of " + what
                + (xmlNotRead.isEmpty() ? "" : "; " + xmlNotRead.size() + " XML file" + (xmlNotRead.size() == 1 ? "" : "s")
                + " not read (not a java.util.Properties XML document): " + String.join(", ", xmlNotRead)));
    }

    /** One hit: where in which scalar of which reading, and of what ({@code null}: the target contract). */
    private interface Hit {
        void at(ConfigSource source, ConfigScalar scalar, int start, int end, Pattern pattern);
    }

    /** A kind of hit on one line: the target contract ({@code pattern} {@code null}) or a forbidden pattern. */
    private record Kind(int line, Pattern pattern) {
    }

    /**
     * The hits of every reading of one file: all of the first; of a further reading (another decoding)
     * only those the first does not have (more hits of one kind on one line). A hit past the listing's
     * limit is counted, its breach not built.
     */
    private void scan(String file, RuntimeConfig config, BreachLimit.Listing breaches) {
        boolean several = config.readings().size() > 1;
        Map<Kind, Integer> first = new HashMap<>();
        for (int i = 0; i < config.readings().size(); i++) {
            boolean further = i > 0;
            Map<Kind, Integer> counted = new HashMap<>();
            hits(config.readings().get(i), (source, scalar, start, end, pattern) -> {
                if (several) {
                    Kind kind = new Kind(scalar.locate(start).line(), pattern);
                    int nth = counted.merge(kind, 1, Integer::sum);
                    if (!further) {
                        first.put(kind, nth);
                    } else if (nth <= first.getOrDefault(kind, 0)) {
                        return;
                    }
                }
                breaches.add(RULE, file, () -> breach(file, source, scalar, start, end, pattern));
            });
        }
    }

    private void hits(RuntimeConfig.Reading reading, Hit hit) {
        for (ConfigScalar scalar : reading.scalars()) {
            String text = scalar.text();
            Matcher token = targetToken.matcher(text);
            while (token.find()) {
                hit.at(reading.source(), scalar, token.start(), token.end(), null);
            }
            for (Pattern pattern : forbidden) {
                Matcher m = pattern.matcher(text);
                int from = 0;
                while (from <= text.length() && m.find(from)) {
                    hit.at(reading.source(), scalar, m.start(), m.end(), pattern);
                    from = m.end() > m.start() ? m.end() : m.end() + 1;
                }
            }
        }
    }

    private Breach breach(String file, ConfigSource source, ConfigScalar scalar, int start, int end, Pattern pattern) {
        String what = pattern == null ? "names the target contract " + target
                : "matches the forbidden runtime pattern /" + pattern.pattern() + "/";
        String expected = pattern == null ? "no " + target + " in runtime configuration during the rehearsal"
                : "no match of /" + pattern.pattern() + "/";
        Location at = scalar.locate(start);
        String actual;
        String written = "";
        if (source.writtenAt(at, scalar.text().substring(start, end))) {
            actual = "\"" + snippet(source.line(at.line())) + "\"";
        } else {
            actual = scalar.key() ? "key \"" + VisibleText.escape(shorten(scalar.entry())) + "\""
                    : VisibleText.escape(shorten(scalar.entry())) + " = \"" + VisibleText.escape(shorten(scalar.text())) + "\"";
            written = scalar.written().equals(scalar.text()) ? "" : " (written as " + VisibleText.escape(shorten(scalar.written())) + ")";
        }
        return Breach.error(RULE, "runtime configuration " + what + ": " + actual + written)
                .file(file)
                .at(at)
                .expected(expected)
                .actual(actual.startsWith("\"") ? actual.substring(1, actual.length() - 1) : actual)
                .hint(hint)
                .build();
    }

    /** The line without leading and trailing blanks, at most {@link #SNIPPET} characters of it (read no further). */
    private static String snippet(String line) {
        int from = 0;
        while (from < line.length() && Character.isWhitespace(line.charAt(from))) {
            from++;
        }
        int to = Math.min(line.length(), from + SNIPPET + 1);
        return shorten(line.substring(from, to).stripTrailing());
    }

    private static String shorten(String text) {
        return text.length() > SNIPPET ? text.substring(0, SNIPPET) + "…" : text;
    }
}
