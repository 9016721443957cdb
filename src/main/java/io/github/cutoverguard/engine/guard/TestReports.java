package io.github.cutoverguard.engine.guard;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.InputFile;
import io.github.cutoverguard.engine.Location;
import io.github.cutoverguard.engine.input.FileTree;
import io.github.cutoverguard.engine.input.GlobSelection;
import io.github.cutoverguard.engine.input.InputReader;
import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.input.TreeEntry;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The test cases recorded in Surefire/Failsafe XML reports ({@code TEST-*.xml}) of some directories,
 * read once each with the JDK's StAX parser, hardened: no DTD, no external entity is ever resolved.
 * Absent directories are fine (no tests ran there). A report that is not a well-formed test report
 * becomes a {@link FallbackTestsPresent#RULE} problem naming the file; the test cases completed
 * before the error are kept.
 *
 * <p>A report counts only when it is at least as new as the newest compiled class it could have tested: an older one
 * records a run of other classes (the tests were skipped or filtered since, or the sources changed), so its test
 * cases are kept apart as stale, never as evidence.
 *
 * @param cases       every test case of the reports that count, in report order
 * @param staleCases  every test case of the stale reports, in report order
 * @param staleReports when each stale report was last modified, by report as shown to the user
 * @param newestClass the newest compiled class the reports were compared with, or {@code null} when there is none
 * @param problems    reports that could not be read
 * @param inputs      the reports read, with their SHA-256
 * @param directories the directories searched, as shown to the user
 */
record TestReports(List<TestCase> cases, List<TestCase> staleCases, Map<String, FileTime> staleReports,
                   CompiledClass newestClass, List<Breach> problems, List<InputFile> inputs, List<String> directories) {

    /** How a test case ended. */
    enum Outcome {
        PASSED,
        FAILED,
        ERROR,
        SKIPPED
    }

    /**
     * One {@code <testcase>}.
     *
     * @param report    the report file, as shown to the user
     * @param at        the line of its {@code <testcase>} element
     * @param className the test class ({@code classname}, else the suite's name)
     * @param name      the test method ({@code name})
     * @param message   the failure or error message (else its type), or {@code null}
     */
    record TestCase(String report, Location at, String className, String name, Outcome outcome, String message) {

        /** {@code com.pkg.ClassName#method}. */
        String id() {
            return className + "#" + name;
        }
    }

    /** The report files of one directory: {@code TEST-*.xml} directly in it. */
    private static final List<String> REPORTS = List.of("TEST-*.xml");

    /**
     * Reads the reports of {@code directories}; those older than {@code newestClass} (when not {@code null}) are stale.
     */
    static TestReports read(ProjectFiles files, List<Path> directories, long maxBytes, CompiledClass newestClass) {
        List<TestCase> cases = new ArrayList<>();
        List<TestCase> staleCases = new ArrayList<>();
        Map<String, FileTime> staleReports = new HashMap<>();
        List<Breach> problems = new ArrayList<>();
        List<InputFile> inputs = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        XMLInputFactory factory = hardenedFactory();
        for (Path directory : directories) {
            Path dir = files.resolve(directory);
            shown.add(files.display(directory));
            if (!Files.isDirectory(dir)) {
                continue;
            }
            for (Path report : reports(files, dir, problems)) {
                String display = files.display(report);
                try {
                    if (Files.size(report) > maxBytes) {
                        problems.add(problem(display, Location.UNKNOWN, display + " is " + Files.size(report)
                                + " bytes, above the " + maxBytes + "-byte input limit; its tests cannot be counted"));
                        continue;
                    }
                    FileTime written = Files.getLastModifiedTime(report);
                    boolean stale = newestClass != null && written.compareTo(newestClass.written()) < 0;
                    if (stale) {
                        staleReports.put(display, written);
                    }
                    inputs.add(parse(factory, report, display, stale ? staleCases : cases, problems));
                } catch (IOException e) {
                    problems.add(problem(display, Location.UNKNOWN, display + " cannot be read ("
                            + ProjectFiles.describe(e) + "); its tests cannot be counted"));
                }
            }
        }
        return new TestReports(List.copyOf(cases), List.copyOf(staleCases), Map.copyOf(staleReports), newestClass,
                List.copyOf(problems),
                List.copyOf(inputs), List.copyOf(shown));
    }

    /** The {@code TEST-*.xml} files directly in {@code dir}, by the engine's one walker; links not followed are problems. */
    private static List<Path> reports(ProjectFiles files, Path dir, List<Breach> problems) {
        List<Path> result = new ArrayList<>();
        for (TreeEntry entry : new FileTree(files, new GlobSelection(REPORTS, List.of())).walk(dir)) {
            Path path = dir.resolve(entry.relativePath());
            if (entry instanceof TreeEntry.RegularFile) {
                result.add(path);
            } else if (entry instanceof TreeEntry.Unfollowed skipped && skipped.reason() != TreeEntry.Reason.NOT_A_FILE) {
                String display = files.display(path);
                problems.add(problem(display, Location.UNKNOWN, display + " " + skipped.detail()
                        + "; its tests cannot be counted"));
            }
        }
        return result;
    }

    private static InputFile parse(XMLInputFactory factory, Path report, String display, List<TestCase> cases,
                                   List<Breach> problems) throws IOException {
        MessageDigest digest = InputReader.sha256();
        try (InputStream in = new DigestInputStream(new BufferedInputStream(Files.newInputStream(report, LinkOption.NOFOLLOW_LINKS)), digest)) {
            try {
                // the parser may close its stream at the end of the document; the rest is still hashed below
                read(factory.createXMLStreamReader(new FilterInputStream(in) {
                    @Override
                    public void close() {
                    }
                }), display, cases);
            } catch (XMLStreamException e) {
                Location at = e.getLocation() == null || e.getLocation().getLineNumber() < 1 ? Location.UNKNOWN
                        : new Location(e.getLocation().getLineNumber(), Math.max(1, e.getLocation().getColumnNumber()));
                problems.add(problem(display, at, display + " is not a well-formed test report ("
                        + xmlMessage(e) + "); its tests cannot be counted"));
            } catch (MalformedReport e) {
                problems.add(problem(display, e.at, display + " " + e.getMessage() + "; its tests cannot be counted"));
            }
            in.transferTo(OutputStream.nullOutputStream());
        }
        return new InputFile(display, HexFormat.of().formatHex(digest.digest()));
    }

    private static void read(XMLStreamReader xml, String display, List<TestCase> cases)
            throws XMLStreamException, MalformedReport {
        try {
            String suite = null;
            boolean root = true;
            String cls = null;
            String name = null;
            Location at = null;
            Outcome outcome = null;
            String message = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new MalformedReport("declares a DOCTYPE, which test reports never do", here(xml));
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String element = xml.getLocalName();
                    if (root && !element.equals("testsuite") && !element.equals("testsuites")) {
                        throw new MalformedReport("is not a Surefire/Failsafe test report (its root element is <"
                                + element + ">, not <testsuite>)", here(xml));
                    }
                    root = false;
                    if (element.equals("testsuite")) {
                        suite = xml.getAttributeValue(null, "name");
                    } else if (element.equals("testcase")) {
                        String classname = xml.getAttributeValue(null, "classname");
                        cls = classname == null || classname.isBlank() ? (suite == null ? "" : suite) : classname;
                        name = xml.getAttributeValue(null, "name") == null ? "" : xml.getAttributeValue(null, "name");
                        at = here(xml);
                        outcome = Outcome.PASSED;
                        message = null;
                    } else if (outcome != null && (element.equals("failure") || element.equals("error"))) {
                        if (outcome != Outcome.ERROR && outcome != Outcome.FAILED) {
                            outcome = element.equals("failure") ? Outcome.FAILED : Outcome.ERROR;
                            String text = xml.getAttributeValue(null, "message");
                            message = text == null || text.isBlank() ? xml.getAttributeValue(null, "type") : text;
                        }
                    } else if (outcome == Outcome.PASSED && element.equals("skipped")) {
                        outcome = Outcome.SKIPPED;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("testcase")
                        && outcome != null) {
                    cases.add(new TestCase(display, at, cls, name, outcome, message == null ? null : firstLine(message)));
                    outcome = null;
                }
            }
        } finally {
            xml.close();
        }
    }

    private static Location here(XMLStreamReader xml) {
        int line = xml.getLocation() == null ? 0 : xml.getLocation().getLineNumber();
        return line > 0 ? Location.ofLine(line) : Location.UNKNOWN;
    }

    private static XMLInputFactory hardenedFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    private static Breach problem(String display, Location at, String message) {
        return Breach.error(FallbackTestsPresent.RULE, message)
                .file(display)
                .at(at)
                .hint("re-run the tests to rewrite the report, a truncated one usually means the test JVM crashed; "
                        + "keep other XML files out of the report directories")
                .build();
    }

    /** The JDK's parser message without its "ParseError at [row,col]" prefix. */
    private static String xmlMessage(XMLStreamException e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int at = text.indexOf("Message: ");
        return firstLine(at < 0 ? text : text.substring(at + "Message: ".length()));
    }

    private static String firstLine(String text) {
        String line = text == null ? "" : text.strip();
        int end = line.indexOf('\n');
        line = end < 0 ? line : line.substring(0, end).strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    /** A report whose XML is well-formed but is not a test report. */
    private static final class MalformedReport extends Exception {
        final Location at;

        MalformedReport(String message, Location at) {
            super(message, null, false, false);
            this.at = at;
        }
    }
}
