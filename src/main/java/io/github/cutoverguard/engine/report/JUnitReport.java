package io.github.cutoverguard.engine.report;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.CheckResult;
import io.github.cutoverguard.engine.CheckStatus;
import io.github.cutoverguard.engine.GoalResult;
import io.github.cutoverguard.engine.verdict.Decision;
import io.github.cutoverguard.engine.verdict.VerdictLine;
import io.github.cutoverguard.engine.verdict.VerdictResult;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code TEST-cutover-guardrails.xml}: the verdict as a JUnit XML test suite (the Surefire format CI
 * servers read): one test case per check, classname {@code cutover-guardrails.<goal>}, a failing
 * check's error breaches as its {@code <failure>}, a skipped check as {@code <skipped>}.
 */
public final class JUnitReport implements ReportFormat {

    /** The file name, in the {@code TEST-*.xml} pattern CI servers pick up. */
    public static final String FILE_NAME = "TEST-cutover-guardrails.xml";

    /** The format; {@link ReportFormats#ALL} holds the one the plugin writes. */
    public JUnitReport() {
    }

    public static byte[] render(VerdictResult verdict) {
        List<CheckResult> all = verdict.goals().stream().flatMap(g -> g.checks().stream()).toList();
        long failures = all.stream().filter(c -> c.status() == CheckStatus.FAIL).count();
        long skipped = all.stream().filter(c -> c.status() == CheckStatus.SKIPPED).count();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "cutover-guardrails");
            xml.writeAttribute("tests", String.valueOf(all.size()));
            xml.writeAttribute("failures", String.valueOf(failures));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", String.valueOf(skipped));
            xml.writeAttribute("time", "0");
            xml.writeAttribute("timestamp", DateTimeFormatter.ISO_INSTANT.format(verdict.generatedAt().truncatedTo(ChronoUnit.SECONDS)));
            xml.writeCharacters("\n  ");
            xml.writeStartElement("properties");
            for (Map.Entry<VerdictLine, Decision> decision : verdict.decisions().entrySet()) {
                property(xml, decision.getKey().member(), decision.getValue().label());
            }
            property(xml, "mode", verdict.mode().id());
            property(xml, "role", verdict.role().role().id());
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            for (GoalResult goal : verdict.goals()) {
                for (CheckResult check : goal.checks()) {
                    testCase(xml, goal.goal(), check);
                }
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the JDK's XML writer failed on in-memory output", e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static void testCase(XMLStreamWriter xml, String goal, CheckResult check) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", xmlText("cutover-guardrails." + goal));
        xml.writeAttribute("name", xmlText(check.id()));
        xml.writeAttribute("time", "0");
        List<Breach> errors = check.breaches().stream().filter(Breach::fails).toList();
        if (check.status() == CheckStatus.SKIPPED) {
            xml.writeCharacters("\n    ");
            xml.writeEmptyElement("skipped");
            xml.writeAttribute("message", xmlText(check.detail()));
            xml.writeCharacters("\n  ");
        } else if (!errors.isEmpty()) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("failure");
            xml.writeAttribute("type", xmlText(errors.stream().map(Breach::ruleId).distinct().collect(Collectors.joining(","))));
            xml.writeAttribute("message", xmlText(ConsoleFormat.line(errors.get(0))));
            xml.writeCharacters(xmlText(errors.stream().map(b -> ConsoleFormat.line(b)
                    + (b.details() == null ? "" : "\n" + b.details())).collect(Collectors.joining("\n"))));
            xml.writeEndElement();
            xml.writeCharacters("\n  ");
        } else if (!check.breaches().isEmpty()) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("system-out");
            xml.writeCharacters(xmlText(check.breaches().stream()
                    .map(b -> b.waived() == null ? ConsoleFormat.line(b) : ConsoleFormat.waivedLine(b))
                    .collect(Collectors.joining("\n"))));
            xml.writeEndElement();
            xml.writeCharacters("\n  ");
        }
        xml.writeEndElement();
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", xmlText(value));
    }

    /**
     * {@code text} with every character XML 1.0 cannot carry (control characters other than tab, line feed
     * and carriage return, unpaired surrogates, U+FFFE and U+FFFF) replaced by U+FFFD: breach messages quote
     * input content, and the JDK's writer would copy such characters into a report no XML parser reads.
     */
    static String xmlText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
            out.appendCodePoint(allowed ? c : 0xFFFD);
            i += Character.charCount(c);
        }
        return out.toString();
    }

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public byte[] render(VerdictResult verdict, ReportContext context) {
        return render(verdict);
    }
}
