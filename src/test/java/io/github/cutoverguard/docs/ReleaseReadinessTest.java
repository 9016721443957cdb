package io.github.cutoverguard.docs;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #30: what Maven Central and a user adopting the plugin read agrees with the build. The POM carries Central's
 * required metadata under the Apache-2.0 licence of {@code LICENSE}; the README's install snippet shows the released
 * coordinates, the {@code pluginGroups} line and the minimum Maven and Java versions, and links the licence, the
 * changelog and the release steps; the plugin descriptor states, as the POM's prerequisite, the oldest Maven the
 * compatibility matrix proves; CI ends with the release dry run.
 */
class ReleaseReadinessTest {

    private static final Parser MARKDOWN = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private static Element xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
    }

    private static Element pom() throws Exception {
        return xml(Files.readString(Path.of("pom.xml")));
    }

    /** The text at a slash-separated path of first children, "" where there is none. */
    private static String text(Element from, String path) {
        Element at = from;
        for (String name : path.split("/")) {
            Element next = null;
            for (org.w3c.dom.Node child = at == null ? null : at.getFirstChild(); next == null && child != null;
                    child = child.getNextSibling()) {
                if (child instanceof Element element && element.getTagName().equals(name)) {
                    next = element;
                }
            }
            at = next;
        }
        return at == null ? "" : at.getTextContent().strip();
    }

    /** The README's Install section. */
    private static String install() throws Exception {
        return section(Files.readString(Path.of("README.md")), "## Install");
    }

    private static List<FencedCodeBlock> xmlBlocks(Node document) {
        List<FencedCodeBlock> blocks = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                if ("xml".equals(block.getInfo())) {
                    blocks.add(block);
                }
            }
        });
        return blocks;
    }

    @Test
    void thePomCarriesCentralsRequiredMetadataUnderTheApacheLicence() throws Exception {
        Element pom = pom();
        for (String path : List.of("name", "description", "url", "licenses/license/url", "developers/developer/id",
                "developers/developer/name", "scm/url", "scm/connection", "scm/developerConnection",
                "issueManagement/url")) {
            assertThat(text(pom, path)).as(path).isNotBlank();
        }
        String project = "https://github.com/cutoverguard/cutover-guardrails-maven-plugin";
        assertThat(text(pom, "url")).isEqualTo(project);
        assertThat(text(pom, "scm/url")).isEqualTo(project);
        assertThat(text(pom, "scm/connection")).isEqualTo("scm:git:" + project + ".git");
        assertThat(text(pom, "issueManagement/url")).isEqualTo(project + "/issues");
        assertThat(text(pom, "licenses/license/name")).isEqualTo("Apache-2.0");
        assertThat(Files.readString(Path.of("LICENSE"))).contains("Apache License", "Version 2.0, January 2004",
                "TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION", "END OF TERMS AND CONDITIONS");
    }

    @Test
    void theInstallSnippetShowsTheReleasedCoordinatesThePluginGroupAndTheMinimumVersions() throws Exception {
        Element pom = pom();
        String released = text(pom, "version").replaceFirst("-SNAPSHOT$", "");
        List<Element> plugins = new ArrayList<>();
        List<Element> pluginGroups = new ArrayList<>();
        for (FencedCodeBlock block : xmlBlocks(MARKDOWN.parse(install()))) {
            Element root = xml(block.getLiteral());
            if (root.getTagName().equals("plugin") && text(root, "version").equals(released)) {
                plugins.add(root);
            } else if (root.getTagName().equals("pluginGroups")) {
                pluginGroups.add(root);
            }
        }
        assertThat(plugins).as("a <plugin> snippet at the released version " + released).hasSize(1);
        assertThat(text(plugins.get(0), "groupId")).isEqualTo(text(pom, "groupId"));
        assertThat(text(plugins.get(0), "artifactId")).isEqualTo(text(pom, "artifactId"));
        assertThat(pluginGroups).hasSize(1);
        assertThat(text(pluginGroups.get(0), "pluginGroup")).isEqualTo(text(pom, "groupId"));

        assertThat(install()).contains("**Maven " + text(pom, "prerequisites/maven") + "** or newer")
                .contains("**Java " + text(pom, "properties/maven.compiler.release") + "** or newer");
    }

    @Test
    void theReadmeNamesTheLicenceAndLinksLicenceChangelogAndReleaseSteps() throws Exception {
        List<String> links = new ArrayList<>();
        MARKDOWN.parse(install()).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                links.add(link.getDestination());
                visitChildren(link);
            }
        });
        assertThat(links).contains("LICENSE", "CHANGELOG.md", "RELEASING.md", "NOTICE");
        for (String file : List.of("LICENSE", "CHANGELOG.md", "RELEASING.md", "NOTICE")) {
            assertThat(Path.of(file)).isRegularFile();
        }
        assertThat(install()).contains("Apache License 2.0");
        assertThat(Files.readString(Path.of("CHANGELOG.md"))).contains("[Keep a Changelog]", "\n## [Unreleased]\n");
    }

    /** The descriptor's requiredMavenVersion is the POM's prerequisite, the oldest Maven the matrix ran green. */
    @Test
    void theDescriptorStatesTheOldestMavenTheCompatibilityMatrixProves() throws Exception {
        List<String> passed = new ArrayList<>();
        MARKDOWN.parse(Files.readString(Path.of("docs/COMPATIBILITY.md"))).accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.CustomBlock block) {
                if (block instanceof TableBlock) {
                    for (Node part = block.getFirstChild(); part != null; part = part.getNext()) {
                        if (part instanceof TableBody) {
                            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                                List<String> cells = new ArrayList<>();
                                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                                    cells.add(plain(cell));
                                }
                                if (cells.size() > 3 && cells.get(3).equals("PASS")) {
                                    passed.add(cells.get(0));
                                }
                            }
                        }
                    }
                }
            }
        });
        assertThat(passed).isNotEmpty();
        String oldest = passed.stream().min(Comparator.comparing(ReleaseReadinessTest::numeric)).orElseThrow();
        assertThat(text(pom(), "prerequisites/maven")).isEqualTo(oldest);
        Element descriptor = xml(Files.readString(Path.of("target/classes/META-INF/maven/plugin.xml")));
        assertThat(text(descriptor, "requiredMavenVersion")).isEqualTo(oldest);
        assertThat(text(descriptor, "requiredJavaVersion")).isEqualTo(text(pom(), "properties/maven.compiler.release"));
    }

    @Test
    void ciEndsWithTheReleaseDryRun() throws Exception {
        assertThat(Files.readString(Path.of(".ci/run"))).endsWith("\n.ci/release-dry-run\n");
        assertThat(Path.of(".ci/release-dry-run")).isExecutable();
        assertThat(Path.of(".ci/reproducible-build")).isExecutable();
    }

    /** A Maven version's first three numbers, zero-padded, for ordering ("3.6.3" before "3.9.16" before "4.0.0-rc-4"). */
    private static String numeric(String version) {
        String[] parts = version.split("[^0-9]+", 4);
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            key.append(String.format("%06d", i < parts.length && !parts[i].isEmpty() ? Integer.parseInt(parts[i]) : 0));
        }
        return key.toString();
    }

    private static String plain(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }
        });
        return text.toString().strip();
    }

    /** The Markdown from {@code heading} to the next heading of the same level. */
    private static String section(String markdown, String heading) {
        int start = markdown.indexOf("\n" + heading + "\n");
        assertThat(start).as(heading).isGreaterThanOrEqualTo(0);
        int end = markdown.indexOf("\n## ", start + heading.length() + 1);
        return markdown.substring(start, end < 0 ? markdown.length() : end);
    }
}
