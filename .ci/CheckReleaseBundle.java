import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks an unpacked Central Portal bundle as Maven Central does, for .ci/release-dry-run:
 * {@code java .ci/CheckReleaseBundle.java <bundle-dir> <groupId> <artifactId> <version>}.
 * <ul>
 * <li>the plugin jar, the POM, the sources and Javadoc jars and the CycloneDX SBOM (JSON and XML) are there;</li>
 * <li>every artifact has a {@code .asc} that {@code gpg --verify} accepts (GNUPGHOME holds the key) and {@code .md5}
 * and {@code .sha1} files stating its digests ({@code .sha256} and {@code .sha512} too, where there are);</li>
 * <li>the POM states its coordinates, name, description, url, licenses, developers and scm (Central's required
 * metadata), and the oldest Maven it runs on;</li>
 * <li>the plugin descriptor states that Maven version as requiredMavenVersion; the jar's META-INF/NOTICE holds the
 * plugin's NOTICE; the sources jar holds Java sources, the Javadoc jar its pages;</li>
 * <li>the SBOM describes this plugin and lists every component the plugin jar bundles (each
 * {@code META-INF/maven/<group>/<artifact>/pom.properties} in it), at the bundled version.</li>
 * </ul>
 * Prints each problem and exits 1 if there is one.
 */
public final class CheckReleaseBundle {

    /** The checksums Central requires; a SHA-256 or SHA-512 file is checked where there is one. */
    private static final List<String> REQUIRED_SUMS = List.of("MD5", "SHA-1");

    private static final List<String> SIDE_FILES = List.of(".asc", ".md5", ".sha1", ".sha256", ".sha512");

    private final List<String> problems = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: java CheckReleaseBundle.java <bundle-dir> <groupId> <artifactId> <version>");
            System.exit(2);
        }
        CheckReleaseBundle check = new CheckReleaseBundle();
        check.run(Path.of(args[0]), args[1], args[2], args[3]);
        if (!check.problems.isEmpty()) {
            check.problems.forEach(p -> System.out.println("release-dry-run: FAIL " + p));
            System.exit(1);
        }
        System.out.println("release-dry-run: PASS the bundle holds what Central requires");
    }

    private void run(Path bundle, String groupId, String artifactId, String version) throws Exception {
        Path dir = bundle.resolve(groupId.replace('.', '/')).resolve(artifactId).resolve(version);
        String base = artifactId + "-" + version;
        Path jar = dir.resolve(base + ".jar");
        Path pom = dir.resolve(base + ".pom");
        Path sources = dir.resolve(base + "-sources.jar");
        Path javadoc = dir.resolve(base + "-javadoc.jar");
        Path sbomXml = dir.resolve(base + "-cyclonedx.xml");
        Path sbomJson = dir.resolve(base + "-cyclonedx.json");
        boolean complete = true;
        for (Path required : List.of(jar, pom, sources, javadoc, sbomXml, sbomJson)) {
            if (!Files.isRegularFile(required)) {
                problems.add("missing " + bundle.relativize(required));
                complete = false;
            }
        }
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> artifacts;
        try (Stream<Path> files = Files.list(dir)) {
            artifacts = files.filter(f -> SIDE_FILES.stream().noneMatch(f.toString()::endsWith)).sorted().toList();
        }
        for (Path artifact : artifacts) {
            int before = problems.size();
            signedAndSummed(artifact);
            if (problems.size() == before) {
                System.out.println("release-dry-run: ok " + artifact.getFileName() + " (.asc verified, checksums right)");
            }
        }
        if (!complete) {
            return;
        }
        Element project = parse(pom);
        String prerequisite = pomMetadata(project, groupId, artifactId, version);
        descriptor(jar, prerequisite);
        notice(jar, artifactId);
        contains(sources, ".java", "Java sources");
        contains(javadoc, "index.html", "the Javadoc pages");
        sbom(sbomXml, jar, groupId, artifactId, version);
        if (!Files.readString(sbomJson).contains("\"bomFormat\"")) {
            problems.add(sbomJson.getFileName() + " is no CycloneDX JSON document");
        }
    }

    /** The artifact's signature verifies and its .md5 and .sha1 state its digests. */
    private void signedAndSummed(Path artifact) throws Exception {
        Path asc = Path.of(artifact + ".asc");
        if (!Files.isRegularFile(asc)) {
            problems.add(artifact.getFileName() + " has no .asc signature");
        } else {
            Process gpg = new ProcessBuilder("gpg", "--batch", "--verify", asc.toString(), artifact.toString())
                    .redirectErrorStream(true).start();
            String output = new String(gpg.getInputStream().readAllBytes());
            if (gpg.waitFor() != 0) {
                problems.add(asc.getFileName() + " does not verify: " + output.strip());
            }
        }
        byte[] bytes = Files.readAllBytes(artifact);
        for (String algorithm : List.of("MD5", "SHA-1", "SHA-256", "SHA-512")) {
            Path sum = Path.of(artifact + "." + algorithm.replace("-", "").toLowerCase());
            if (!Files.isRegularFile(sum)) {
                if (REQUIRED_SUMS.contains(algorithm)) {
                    problems.add(artifact.getFileName() + " has no " + sum.getFileName());
                }
                continue;
            }
            String expected = HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
            String[] stated = Files.readString(sum).strip().split("\\s+");
            if (!stated[0].equalsIgnoreCase(expected)) {
                problems.add(sum.getFileName() + " states " + stated[0] + ", the file's " + algorithm + " is " + expected);
            }
        }
    }

    /** Central's required POM elements; returns the stated prerequisite Maven version. */
    private String pomMetadata(Element project, String groupId, String artifactId, String version) {
        String[][] expected = {{"groupId", groupId}, {"artifactId", artifactId}, {"version", version}};
        for (String[] coordinate : expected) {
            if (!coordinate[1].equals(text(project, coordinate[0]))) {
                problems.add("POM " + coordinate[0] + " is '" + text(project, coordinate[0]) + "', not " + coordinate[1]);
            }
        }
        for (String path : List.of("name", "description", "url", "licenses/license/name", "licenses/license/url",
                "developers/developer/name", "scm/url", "scm/connection", "scm/developerConnection",
                "issueManagement/url")) {
            if (text(project, path).isBlank()) {
                problems.add("POM has no " + path);
            }
        }
        if (!"Apache-2.0".equals(text(project, "licenses/license/name"))) {
            problems.add("POM licence is '" + text(project, "licenses/license/name") + "', not Apache-2.0");
        }
        String maven = text(project, "prerequisites/maven");
        if (maven.isBlank()) {
            problems.add("POM has no prerequisites/maven");
        }
        return maven;
    }

    /** The plugin descriptor's requiredMavenVersion is the POM's prerequisite. */
    private void descriptor(Path jar, String prerequisite) throws Exception {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry("META-INF/maven/plugin.xml");
            if (entry == null) {
                problems.add(jar.getFileName() + " has no META-INF/maven/plugin.xml");
                return;
            }
            try (InputStream in = zip.getInputStream(entry)) {
                String required = text(parse(in), "requiredMavenVersion");
                if (required.isBlank() || !required.equals(prerequisite)) {
                    problems.add("plugin.xml requiredMavenVersion is '" + required + "', the POM's prerequisite "
                            + prerequisite);
                }
            }
        }
    }

    /** The jar's merged META-INF/NOTICE holds the plugin's own NOTICE, which names the bundled libraries' licences. */
    private void notice(Path jar, String artifactId) throws Exception {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry("META-INF/NOTICE");
            String notice = "";
            if (entry != null) {
                try (InputStream in = zip.getInputStream(entry)) {
                    notice = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
            if (!notice.contains(artifactId + "\n") || !notice.contains("org.eclipse.jgit")) {
                problems.add(jar.getFileName() + "'s META-INF/NOTICE does not hold the plugin's NOTICE");
            }
        }
    }

    private void contains(Path jar, String suffix, String what) throws Exception {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            if (zip.stream().noneMatch(e -> e.getName().endsWith(suffix))) {
                problems.add(jar.getFileName() + " holds no " + what);
            }
        }
    }

    /** The SBOM describes this plugin and lists every component bundled in its jar, at the bundled version. */
    private void sbom(Path sbomXml, Path jar, String groupId, String artifactId, String version) throws Exception {
        Element bom = parse(sbomXml);
        Element subject = child(child(bom, "metadata"), "component");
        String described = text(subject, "group") + ":" + text(subject, "name") + ":" + text(subject, "version");
        if (!described.equals(groupId + ":" + artifactId + ":" + version)) {
            problems.add(sbomXml.getFileName() + " describes " + described);
        }
        Set<String> listed = new TreeSet<>();
        for (Element component : children(child(bom, "components"), "component")) {
            listed.add(text(component, "group") + ":" + text(component, "name") + ":" + text(component, "version"));
        }
        Set<String> bundled = new TreeSet<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : zip.stream().filter(e -> e.getName().matches("META-INF/maven/[^/]+/[^/]+/pom\\.properties")).toList()) {
                Properties properties = new Properties();
                try (InputStream in = zip.getInputStream(entry)) {
                    properties.load(in);
                }
                String coordinates = properties.getProperty("groupId") + ":" + properties.getProperty("artifactId")
                        + ":" + properties.getProperty("version");
                if (!coordinates.startsWith(groupId + ":" + artifactId + ":")) {
                    bundled.add(coordinates);
                }
            }
        }
        if (bundled.isEmpty()) {
            problems.add(jar.getFileName() + " names no bundled component (META-INF/maven/*/*/pom.properties)");
        }
        for (String component : bundled) {
            if (!listed.contains(component)) {
                problems.add(sbomXml.getFileName() + " does not list " + component + ", bundled in the plugin jar");
            }
        }
        Set<String> notBundled = new TreeSet<>(listed);
        notBundled.removeAll(bundled);
        System.out.println("release-dry-run: ok the SBOM lists the " + bundled.size() + " components bundled in the jar"
                + (notBundled.isEmpty() ? "" : ", and " + notBundled + ", which the running Maven provides"));
    }

    private static Element parse(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in);
        }
    }

    private static Element parse(InputStream in) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(in);
        return document.getDocumentElement();
    }

    /** The text of the element at a slash-separated path of child names (the first of each), "" where none. */
    private static String text(Element from, String path) {
        Element at = from;
        for (String name : path.split("/")) {
            at = child(at, name);
        }
        return at == null ? "" : at.getTextContent().strip();
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }
}
