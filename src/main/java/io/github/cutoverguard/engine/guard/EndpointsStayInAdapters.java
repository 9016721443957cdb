package io.github.cutoverguard.engine.guard;

import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.BreachLimit;
import io.github.cutoverguard.engine.InputFile;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.input.InputProblem;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.input.UnreadableInput;
import io.github.cutoverguard.engine.input.GlobSelection;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Raises {@link #RULE} for each occurrence of a boundary endpoint (a literal such as
 * {@code /v1/context-packages}) in a source file that is not an adapter file: the producer's
 * endpoints stay behind the consumer's adapter, so a contract switch touches one place. Each line is
 * searched as javac reads it, Unicode escapes resolved, and once more with the escapes of string
 * literals resolved too (octal {@code \154}, {@code \t} …; {@link JavaUnicodeEscapes}; also for Kotlin,
 * where Unicode escapes count only inside strings: a superset). Every occurrence is its own breach at the
 * file:line:column where it is written; each source is streamed once.
 */
public final class EndpointsStayInAdapters {

    public static final Rule RULE = Rule.GUARD_ENDPOINT_BOUNDARY;

    /** The sources searched when no includes are configured. */
    public static final List<String> DEFAULT_SOURCE_INCLUDES = List.of("src/main/java/**/*.java",
            "src/main/kotlin/**/*.kt");

    private static final Pattern ABSOLUTE = Pattern.compile("^(/|[A-Za-z]:[\\\\/]).*");

    private final List<String> endpoints;
    private final List<String> adapters;
    private final GlobSelection adapterSelection;

    /**
     * @param files        the project, to make absolute adapter paths relative
     * @param endpoints    the literal endpoints (empty strings are ignored)
     * @param adapterFiles globs or paths, relative to the project, of the files allowed to name them
     */
    public EndpointsStayInAdapters(ProjectFiles files, List<String> endpoints, List<String> adapterFiles) {
        this.endpoints = endpoints.stream().filter(e -> !e.isEmpty()).toList();
        this.adapters = adapterFiles.stream()
                .map(a -> ABSOLUTE.matcher(a).matches() ? files.display(Path.of(a)) : a)
                .toList();
        this.adapterSelection = adapters.isEmpty() ? null : new GlobSelection(adapters, List.of());
    }

    /** Searches the sources {@code sources} picks out of the project, listing up to {@code limit} hits per file. */
    public Findings check(ProjectFiles files, GlobSelection sources, long maxBytes, BreachLimit limit) {
        ProjectScan scan = ProjectScan.of(files, sources);
        BreachLimit.Listing breaches = limit.listing();
        List<InputFile> inputs = new ArrayList<>();
        int adapterCount = 0;
        for (String file : scan.files()) {
            if (adapterSelection != null && adapterSelection.selectsFile(file)) {
                adapterCount++;
                continue;
            }
            try {
                inputs.add(TextLines.read(files.resolve(Path.of(file)), file, maxBytes,
                        (number, line) -> scanLine(file, number, line, breaches)));
            } catch (InputProblem e) {
                breaches.add(UnreadableInput.breach(e, file, UnreadableInput.SCANNED));
            }
        }
        scan.notScanned().forEach(breaches::add);
        return new Findings(breaches.breaches(), inputs, endpoints.size() + " endpoint"
                + (endpoints.size() == 1 ? "" : "s") + " only in adapter files " + adapters + " (" + adapterCount + " found); "
                + (scan.files().size() - adapterCount) + " other sources searched (" + sources + ")");
    }

    private void scanLine(String file, int number, String line, BreachLimit.Listing breaches) {
        JavaUnicodeEscapes unicode = JavaUnicodeEscapes.translate(line);
        JavaUnicodeEscapes literals = unicode.withStringEscapes();
        Set<Integer> found = new HashSet<>();
        for (JavaUnicodeEscapes source : literals == unicode ? List.of(unicode) : List.of(unicode, literals)) {
            scan(file, number, source, found, breaches);
        }
    }

    private Breach breach(String file, int number, JavaUnicodeEscapes source, String endpoint, int at) {
        String written = source.written(at, at + endpoint.length());
        return Breach.error(RULE, "endpoint " + endpoint + " is used outside the adapter files"
                        + (written.equals(endpoint) ? "" : " (written as " + written + ")"))
                .file(file)
                .at(new Location(number, source.writtenIndex(at) + 1))
                .expected(endpoint + " only in " + (adapters.isEmpty() ? "adapter files (none configured)"
                        : String.join(", ", adapters)))
                .actual(file)
                .hint("call the producer through the adapter (adapterFiles) so a contract switch touches one "
                        + "place; if this file is the adapter, add it to adapterFiles")
                .build();
    }

    /** The endpoints in one reading of a line, except at the places {@code found} already holds. */
    private void scan(String file, int number, JavaUnicodeEscapes source, Set<Integer> found,
                      BreachLimit.Listing breaches) {
        String read = source.read();
        for (String endpoint : endpoints) {
            for (int at = read.indexOf(endpoint); at >= 0; at = read.indexOf(endpoint, at + endpoint.length())) {
                if (!found.add(source.writtenIndex(at))) {
                    continue;
                }
                int from = at;
                breaches.add(RULE, file, () -> breach(file, number, source, endpoint, from));
            }
        }
    }
}
