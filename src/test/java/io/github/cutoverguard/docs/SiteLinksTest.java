package io.github.cutoverguard.docs;

import io.github.cutoverguard.engine.Rule;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site's links resolve: every relative link of a page in {@code src/site/markdown} names a file of this repository
 * (as GitHub shows the page) or a page or resource that {@code ./mvnw site} produces (as the site shows it), and every
 * menu item of {@code site.xml} names a page the site produces. The site produces a page per Doxia source, the goal
 * pages of the plugin report ({@code <goal>-mojo.html}, for each goal in {@code src/main/java} and {@code help}), the
 * reports of the POM's {@code <reporting>}, {@code src/site/resources}, and the bundled schemas, which the POM copies to
 * the site's {@code schemas/} before the site is rendered.
 */
class SiteLinksTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path MARKDOWN = Path.of("src/site/markdown");
    /** Inline links and HTML {@code href}s; a link's optional title is left out. */
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)|href=\"([^\"]+)\"");
    private static final Pattern FENCE = Pattern.compile("^```.*?^```[^\\n]*$", Pattern.MULTILINE | Pattern.DOTALL);
    private static final Pattern ABSOLUTE = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//).*");
    /**
     * The links Doxia's Markdown module rewrites from a source document to its page ({@code x.md} to {@code x.html}),
     * as its {@code FlexmarkDoxiaLinkResolver} does: no scheme, and no dot in the path but the extension's.
     */
    private static final Pattern DOXIA_SOURCE_LINK = Pattern.compile("^(?![^:]+:)((?:\\./)?(?:\\.\\./)*[^.]+)\\.(?:md|markdown)$");
    private static final Pattern MOJO = Pattern.compile("@Mojo\\(\\s*name\\s*=\\s*\"([a-z0-9-]+)\"");
    /** The pages of the POM's {@code <reporting>} plugins and of the site plugin itself. */
    private static final Set<String> REPORT_PAGES = Set.of("plugin-info.html", "summary.html", "dependencies.html",
            "project-info.html", "project-reports.html");
    /** Where the site build copies {@code schemas/}: a {@code pre-site} execution of the resources plugin. */
    private static final String SCHEMAS_ON_SITE = "${project.reporting.outputDirectory}/schemas";

    /** Every Markdown page of the site. */
    private static List<Path> pages() throws Exception {
        try (Stream<Path> files = Files.walk(MARKDOWN)) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
    }

    /** The relative links of {@code page}, outside fenced code blocks, without their {@code #fragment}. */
    private static List<String> relativeLinks(Path page) throws Exception {
        String text = FENCE.matcher(Files.readString(page)).replaceAll("");
        List<String> links = new ArrayList<>();
        Matcher link = LINK.matcher(text);
        while (link.find()) {
            String target = link.group(1) != null ? link.group(1) : link.group(2);
            if (ABSOLUTE.matcher(target).matches() || target.startsWith("#")) {
                continue;
            }
            links.add(target);
        }
        return links;
    }

    /** The goals of this plugin: each {@code @Mojo} of {@code src/main/java}, and the generated {@code help}. */
    private static Set<String> goals() throws Exception {
        Set<String> goals = new TreeSet<>(Set.of("help"));
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                MOJO.matcher(Files.readString(source)).results().forEach(m -> goals.add(m.group(1)));
            }
        }
        return goals;
    }

    /** Where {@code page} (under {@code src/site/markdown}) is published, relative to the site's root. */
    private static Path sitePath(Path page) {
        String name = MARKDOWN.relativize(page).toString().replace('\\', '/');
        return Path.of(name.substring(0, name.lastIndexOf('.')) + ".html");
    }

    /** Whether the site build produces {@code path} (relative to the site's root, normalized; never one leaving it). */
    private static boolean producedBySite(Path path, Set<String> goals) {
        String name = path.toString().replace('\\', '/');
        if (name.isEmpty() || name.startsWith("..")) {
            return false;
        }
        if (name.endsWith(".html")) {
            String base = name.substring(0, name.length() - ".html".length());
            for (String source : List.of("markdown/" + base + ".md", "markdown/" + base + ".markdown", "apt/" + base + ".apt",
                    "xdoc/" + base + ".xml", "fml/" + base + ".fml")) {
                if (Files.isRegularFile(Path.of("src/site", source))) {
                    return true;
                }
            }
            if (REPORT_PAGES.contains(name) || name.endsWith("-mojo.html")
                    && goals.contains(name.substring(0, name.length() - "-mojo.html".length()))) {
                return true;
            }
        }
        if (name.startsWith("schemas/") && Files.isRegularFile(Path.of(name))) {
            return true;
        }
        return Files.isRegularFile(Path.of("src/site/resources", name));
    }

    @Test
    void everyRelativeLinkOfASitePageResolves() throws Exception {
        Set<String> goals = goals();
        List<String> broken = new ArrayList<>();
        int links = 0;
        for (Path page : pages()) {
            for (String link : relativeLinks(page)) {
                links++;
                String target = link.replaceFirst("[#?].*$", "");
                Path inRepository = page.toAbsolutePath().getParent().resolve(target).normalize();
                if (inRepository.startsWith(ROOT) && Files.exists(inRepository)) {
                    continue;
                }
                Matcher source = DOXIA_SOURCE_LINK.matcher(target);
                String onSite = source.matches() ? source.group(1) + ".html" : target;
                Path parent = sitePath(page).getParent();
                Path inSite = (parent == null ? Path.of(onSite) : parent.resolve(onSite)).normalize();
                if (!producedBySite(inSite, goals)) {
                    broken.add(page + ": " + link);
                }
            }
        }
        assertThat(broken).as("links that resolve neither in the repository nor on the site").isEmpty();
        assertThat(links).isGreaterThan(50);
    }

    @Test
    void everyMenuItemOfTheSiteNamesAPageItProduces() throws Exception {
        Document site = xml(Path.of("src/site/site.xml"));
        NodeList items = site.getElementsByTagNameNS("*", "item");
        Set<String> goals = goals();
        Set<String> goalPages = new TreeSet<>();
        for (int i = 0; i < items.getLength(); i++) {
            String href = ((Element) items.item(i)).getAttribute("href");
            if (ABSOLUTE.matcher(href).matches()) {
                continue;
            }
            assertThat(producedBySite(Path.of(href).normalize(), goals)).as("site.xml item " + href).isTrue();
            if (href.endsWith("-mojo.html")) {
                goalPages.add(href.substring(0, href.length() - "-mojo.html".length()));
            }
        }
        assertThat(goalPages).as("the Goals menu lists every goal").isEqualTo(goals);
        assertThat(Files.readString(Path.of("src/site/site.xml"))).contains("href=\"how-it-works.html\"");
    }

    /** The schemas the pages link under {@code schemas/} are on the site because the POM copies them there. */
    @Test
    void theSiteBuildPublishesTheSchemas() throws Exception {
        Document pom = xml(Path.of("pom.xml"));
        NodeList executions = (NodeList) XPathFactory.newInstance().newXPath().evaluate(
                "/*[local-name()='project']/*[local-name()='build']/*[local-name()='plugins']/*[local-name()='plugin']"
                        + "[*[local-name()='artifactId']='maven-resources-plugin']//*[local-name()='execution']"
                        + "[*[local-name()='phase']='pre-site'][.//*[local-name()='goal']='copy-resources']",
                pom, XPathConstants.NODESET);
        assertThat(executions.getLength()).as("a pre-site copy-resources execution").isEqualTo(1);
        Element execution = (Element) executions.item(0);
        assertThat(text(execution, "outputDirectory")).isEqualTo(SCHEMAS_ON_SITE);
        assertThat(text(execution, "directory")).isEqualTo("schemas");
        assertThat(text(execution, "filtering")).as("copied as they are").isIn("", "false");
    }

    /** How it works: every goal linked to its page, every rule named, nothing outside the site, a team of its own. */
    @Test
    void howItWorksLinksEveryGoalAndNamesEveryRule() throws Exception {
        Path page = MARKDOWN.resolve("how-it-works.md");
        String text = Files.readString(page);
        for (String goal : goals()) {
            assertThat(text).as("links " + goal).contains("](" + goal + "-mojo.html)");
        }
        for (Rule rule : Rule.values()) {
            assertThat(text).as("names " + rule.id()).contains("`" + rule.id() + "`");
        }
        Matcher link = LINK.matcher(text);
        while (link.find()) {
            String target = link.group(1) != null ? link.group(1) : link.group(2);
            assertThat(target).as("a relative link").doesNotMatch(ABSOLUTE);
        }
        assertThat(text).doesNotContainIgnoringCase("memorykernel").doesNotContainPattern("service\\.v[0-9]");
    }

    /**
     * The site shows the plugin working for any team: no page under {@code src/site/markdown} (at any depth) names the
     * reference producer/consumer pair whose data the first examples carried. The names are matched as written, the
     * producer's name in any case.
     */
    @Test
    void noSitePageNamesTheReferencePair() throws Exception {
        List<String> found = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(MARKDOWN)) {
            pages = files.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path page : pages) {
            String text = Files.readString(page);
            for (String name : List.of("service.v2", "service.v3", "MemoryKernel", "saagar210", "pnpm")) {
                if (text.contains(name)) {
                    found.add(page + ": " + name);
                }
            }
            if (text.toLowerCase(Locale.ROOT).contains("memorykernel")) {
                found.add(page + ": memorykernel (any case)");
            }
        }
        assertThat(pages).as("the pages, sub-directories included").contains(MARKDOWN.resolve("index.md"),
                MARKDOWN.resolve("usage-consumer.md"), MARKDOWN.resolve("usage-producer.md"),
                MARKDOWN.resolve("formats/integration-pin.md"));
        assertThat(found).as("the reference pair's names on site pages").isEmpty();
    }

    private static Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static String text(Element element, String name) {
        NodeList found = element.getElementsByTagNameNS("*", name);
        return found.getLength() == 0 ? "" : found.item(0).getTextContent().trim();
    }
}
