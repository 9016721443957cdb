package io.github.cutoverguard.engine.guard;

import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.VisibleText;
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
    private final String activeContract;

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
        this.activeContract = activeContract;
    }

    /** Scans the files {@code selection} picks out of the project. */
    public Findings check(ProjectFiles files, GlobSelection selection, long maxBytes) {
        ProjectScan scan = ProjectScan.of(files, selection);
        InputReader reader = new InputReader(maxBytes);
        List<Breach> breaches = new ArrayList<>();
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
                breaches.addAll(scan(file, config));
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
        breaches.addAll(scan.notScanned());
        String what = "target contract " + target + (forbidden.isEmpty() ? "" : " and " + forbidden.size()
                + " forbidden pattern" + (forbidden.size() == 1 ? "" : "s"));
        return new Findings(breaches, inputs, scan.files().size() + " runtime configuration file"
                + (scan.files().size() == 1 ? "" : "s") + " (" + selection + ") free of " + what
                + (xmlNotRead.isEmpty() ? "" : "; " + xmlNotRead.size() + " XML file" + (xmlNotRead.size() == 1 ? "" : "s")
                + " not read (not a java.util.Properties XML document): " + String.join(", ", xmlNotRead)));
    }

    /**
     * The hits of every reading of one file: all of the first; of a further reading (another decoding)
     * only those the first does not have (more hits of one kind on one line).
     */
    private List<Breach> scan(String file, RuntimeConfig config) {
        List<Breach> breaches = new ArrayList<>();
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < config.readings().size(); i++) {
            Map<String, Integer> counted = new HashMap<>();
            for (Breach breach : scan(file, config.readings().get(i))) {
                String kind = breach.location().line() + " " + breach.expected();
                int nth = counted.merge(kind, 1, Integer::sum);
                if (i == 0) {
                    first.put(kind, nth);
                    breaches.add(breach);
                } else if (nth > first.getOrDefault(kind, 0)) {
                    breaches.add(breach);
                }
            }
        }
        return breaches;
    }

    private List<Breach> scan(String file, RuntimeConfig.Reading reading) {
        List<Breach> breaches = new ArrayList<>();
        for (ConfigScalar scalar : reading.scalars()) {
            String text = scalar.text();
            Matcher token = targetToken.matcher(text);
            while (token.find()) {
                breaches.add(breach(file, reading.source(), scalar, token.start(), token.end(),
                        "names the target contract " + target, "no " + target + " in runtime configuration during the rehearsal"));
            }
            for (Pattern pattern : forbidden) {
                Matcher m = pattern.matcher(text);
                int from = 0;
                while (from <= text.length() && m.find(from)) {
                    breaches.add(breach(file, reading.source(), scalar, m.start(), m.end(),
                            "matches the forbidden runtime pattern /" + pattern.pattern() + "/",
                            "no match of /" + pattern.pattern() + "/"));
                    from = m.end() > m.start() ? m.end() : m.end() + 1;
                }
            }
        }
        return breaches;
    }

    private Breach breach(String file, ConfigSource source, ConfigScalar scalar, int start, int end, String what,
                          String expected) {
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
                .hint("keep the runtime on " + (activeContract == null ? "the baseline contract" : activeContract)
                        + " until the cutover is approved: remove the switch, or keep rehearsal settings out of "
                        + "runtimeConfigIncludes")
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
