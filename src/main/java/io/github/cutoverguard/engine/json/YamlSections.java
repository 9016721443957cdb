package io.github.cutoverguard.engine.json;

import io.github.cutoverguard.engine.Location;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Parses a large YAML document in sections on several threads. SnakeYAML reads one character at a
 * time on one thread; a multi-megabyte OpenAPI description is mostly a few huge block mappings
 * ({@code paths}, {@code components/schemas}) whose entries start at a known indentation, so it is
 * cut at entry lines into pieces that are each a YAML document of their own, parsed by the same
 * strict reader, and the trees and location tables are joined in document order.
 *
 * <p>The cut is conservative: the top level must be a block mapping of plain keys (no directives,
 * document markers, tabs in indentation or flow collections at column 0), and a mapping is only
 * split when its header is a plain {@code key:} alone on its line and every line at its entries'
 * indentation starts an entry. Anything else, any piece that fails to parse (a cut through a
 * multi-line scalar or flow collection leaves one piece unterminated), a key repeated across pieces
 * or a piece deeper than the limit allows, and {@link #parse} returns empty: the caller then parses
 * the whole document, which reports any problem exactly as before.
 */
final class YamlSections {

    /**
     * When to split and into how many threads.
     *
     * @param minimumBytes documents smaller than this are parsed whole
     * @param threads      parsing threads (at most)
     * @param pieceBytes   a mapping entry larger than this is split into its own entries, when it can be
     */
    record Settings(int minimumBytes, int threads, int pieceBytes) {

        /** 1 MiB and up, on every core (up to 4), in pieces of about 1/4 of the document per thread. */
        static final Settings DEFAULT = new Settings(1 << 20, Math.min(4, Runtime.getRuntime().availableProcessors()), 0);
    }

    private final StrictJsonReader reader;
    private final Settings settings;

    YamlSections(StrictJsonReader reader, Settings settings) {
        this.reader = reader;
        this.settings = settings;
    }

    /** The document parsed in sections, or empty when it is small, cannot be cut or any piece fails. */
    Optional<StrictJsonReader.Tree> parse(byte[] bytes) {
        if (bytes.length < settings.minimumBytes() || settings.threads() < 2) {
            return Optional.empty();
        }
        Lines lines = Lines.of(bytes);
        if (lines == null) {
            return Optional.empty();
        }
        int pieceBytes = settings.pieceBytes() > 0 ? settings.pieceBytes()
                : Math.max(64 * 1024, bytes.length / (settings.threads() * 4));
        List<Part> parts = new Cutter(lines, pieceBytes).cut();
        if (parts == null || parts.stream().filter(p -> p instanceof Piece).count() < 2) {
            return Optional.empty();
        }
        return parseAndJoin(bytes, lines, parts);
    }

    private Optional<StrictJsonReader.Tree> parseAndJoin(byte[] bytes, Lines lines, List<Part> parts) {
        List<Piece> pieces = parts.stream().filter(p -> p instanceof Piece).map(p -> (Piece) p).toList();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.threads(), pieces.size()), task -> {
            Thread thread = new Thread(task, "cutover-yaml");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<StrictJsonReader.Tree>> parsed = new ArrayList<>();
            for (Piece piece : pieces) {
                int from = lines.start[piece.fromLine()];
                int to = lines.next[piece.toLine() - 1];
                parsed.add(pool.submit(() -> reader.parse(bytes, from, to - from, piece.fromLine())));
            }
            Map<Piece, StrictJsonReader.Tree> trees = new HashMap<>();
            for (int i = 0; i < pieces.size(); i++) {
                trees.put(pieces.get(i), parsed.get(i).get());
            }
            return join(parts, trees);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof JsonProblem) {
                return Optional.empty(); // the whole-document parse reports it, at its true position
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            pool.shutdownNow();
        }
    }

    /** Joins the pieces' trees under their containers, in document order. */
    private Optional<StrictJsonReader.Tree> join(List<Part> parts, Map<Piece, StrictJsonReader.Tree> trees) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        LocationTable table = new LocationTable();
        Piece first = (Piece) parts.get(0);
        table.add(LocationTable.root(), null, 0, trees.get(first).locations().location(0));
        Map<List<String>, ObjectNode> objects = new HashMap<>();
        Map<List<String>, Integer> ids = new HashMap<>();
        objects.put(List.of(), root);
        ids.put(List.of(), 0);
        int depth = 1;
        for (Part part : parts) {
            ObjectNode parent = objects.get(part.path());
            int parentId = ids.get(part.path());
            if (part instanceof Container container) {
                if (parent.has(container.key())) {
                    return Optional.empty();
                }
                ObjectNode object = nodes.objectNode();
                parent.set(container.key(), object);
                List<String> path = container.childPath();
                objects.put(path, object);
                ids.put(path, table.size());
                table.add(parentId, container.key(), 0, container.location());
            } else {
                StrictJsonReader.Tree tree = trees.get((Piece) part);
                if (!tree.root().isObject()) {
                    return Optional.empty();
                }
                for (Map.Entry<String, JsonNode> member : tree.root().properties()) {
                    if (parent.has(member.getKey())) {
                        return Optional.empty();
                    }
                    parent.set(member.getKey(), member.getValue());
                }
                table.appendMembers(tree.locations(), parentId);
                depth = Math.max(depth, part.path().size() + tree.depth());
            }
        }
        if (depth > reader.limits().maxDepth()) {
            return Optional.empty();
        }
        return Optional.of(new StrictJsonReader.Tree(root, table, depth));
    }

    /** A part of the cut document: a mapping split into its entries, or a run of entries parsed as one. */
    private sealed interface Part permits Container, Piece {
        /** The keys from the root to the mapping this part belongs to. */
        List<String> path();
    }

    /** The header {@code key:} of a mapping whose entries are cut into pieces; located at its key. */
    private record Container(List<String> path, String key, Location location) implements Part {
        List<String> childPath() {
            List<String> child = new ArrayList<>(path);
            child.add(key);
            return List.copyOf(child);
        }
    }

    /** Lines {@code [fromLine, toLine)}: whole entries of the mapping at {@code path}, indented by {@code indent}. */
    private record Piece(List<String> path, int indent, int fromLine, int toLine) implements Part {
    }

    /** Decides where to cut. */
    private static final class Cutter {
        private final Lines lines;
        private final int pieceBytes;

        Cutter(Lines lines, int pieceBytes) {
            this.lines = lines;
            this.pieceBytes = pieceBytes;
        }

        /** The parts in document order, or {@code null} when the document cannot be cut. */
        List<Part> cut() {
            List<Piece> top = entries(List.of(), 0, 0, lines.count);
            if (top == null) {
                return null;
            }
            List<Part> parts = new ArrayList<>();
            for (Piece entry : top) {
                split(entry, parts);
            }
            return group(parts);
        }

        /**
         * Each entry of the lines {@code [from, to)} at indentation {@code indent} (comments before
         * the first go with it), or {@code null} when a line there does not start an entry.
         */
        private List<Piece> entries(List<String> path, int indent, int from, int to) {
            List<Integer> starts = new ArrayList<>();
            for (int line = from; line < to; line++) {
                int at = lines.indent[line];
                if (at < 0 || at > indent) {
                    continue; // blank, comment or inside the current entry
                }
                if (at < indent || !lines.startsEntry(line)) {
                    return null;
                }
                starts.add(line);
            }
            if (starts.isEmpty()) {
                return null;
            }
            List<Piece> entries = new ArrayList<>();
            for (int i = 0; i < starts.size(); i++) {
                entries.add(new Piece(path, indent, i == 0 ? from : starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : to));
            }
            return entries;
        }

        /** Adds {@code entry}, split into its own entries (recursively) when it is large and can be. */
        private void split(Piece entry, List<Part> parts) {
            int header = entry.fromLine();
            while (lines.indent[header] < 0) {
                header++; // leading comments
            }
            String key = bytes(entry) > pieceBytes ? lines.headerKey(header, entry.indent()) : null;
            if (key == null || header + 1 >= entry.toLine()) {
                parts.add(entry);
                return;
            }
            int childIndent = -1;
            for (int line = header + 1; line < entry.toLine() && childIndent < 0; line++) {
                childIndent = lines.indent[line];
            }
            if (childIndent <= entry.indent()) {
                parts.add(entry);
                return;
            }
            Container container = new Container(entry.path(), key, new Location(header + 1, entry.indent() + 1));
            List<Piece> children = entries(container.childPath(), childIndent, header + 1, entry.toLine());
            if (children == null) {
                parts.add(entry);
                return;
            }
            if (header > entry.fromLine()) {
                parts.add(new Piece(entry.path(), entry.indent(), entry.fromLine(), header)); // comments only
            }
            parts.add(container);
            for (Piece child : children) {
                split(child, parts);
            }
        }

        private int bytes(Piece piece) {
            return lines.next[piece.toLine() - 1] - lines.start[piece.fromLine()];
        }

        /** Joins neighbouring pieces of one mapping up to the piece size; drops comment-only pieces. */
        private List<Part> group(List<Part> parts) {
            List<Part> grouped = new ArrayList<>();
            for (Part part : parts) {
                if (part instanceof Piece piece && !lines.hasContent(piece.fromLine(), piece.toLine())) {
                    continue;
                }
                Part last = grouped.isEmpty() ? null : grouped.get(grouped.size() - 1);
                if (part instanceof Piece piece && last instanceof Piece previous && previous.path().equals(piece.path())
                        && previous.toLine() == piece.fromLine() && bytes(previous) + bytes(piece) <= pieceBytes) {
                    grouped.set(grouped.size() - 1, new Piece(piece.path(), piece.indent(), previous.fromLine(), piece.toLine()));
                } else {
                    grouped.add(part);
                }
            }
            return grouped.isEmpty() || !(grouped.get(0) instanceof Piece) ? null : grouped;
        }
    }

    /** The lines of the document: where each starts and ends and how far its content is indented. */
    private static final class Lines {
        private final byte[] text;
        private final int count;
        private final int[] start;
        private final int[] end;
        private final int[] next;
        /** Spaces before the content, or -1 for a blank or comment-only line. */
        private final int[] indent;

        private Lines(byte[] text, int count, int[] start, int[] end, int[] next, int[] indent) {
            this.text = text;
            this.count = count;
            this.start = start;
            this.end = end;
            this.next = next;
            this.indent = indent;
        }

        /** The lines, or {@code null} when the layout rules out cutting (tabs, directives, markers, flow at column 0). */
        static Lines of(byte[] text) {
            int capacity = 1024;
            int[] start = new int[capacity];
            int[] end = new int[capacity];
            int[] next = new int[capacity];
            int[] indent = new int[capacity];
            int count = 0;
            int position = 0;
            while (position < text.length) {
                if (count == capacity) {
                    capacity *= 2;
                    start = java.util.Arrays.copyOf(start, capacity);
                    end = java.util.Arrays.copyOf(end, capacity);
                    next = java.util.Arrays.copyOf(next, capacity);
                    indent = java.util.Arrays.copyOf(indent, capacity);
                }
                int lineEnd = position;
                while (lineEnd < text.length && text[lineEnd] != '\n') {
                    lineEnd++;
                }
                int after = lineEnd < text.length ? lineEnd + 1 : lineEnd;
                int contentEnd = lineEnd > position && text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
                int spaces = 0;
                while (position + spaces < contentEnd && text[position + spaces] == ' ') {
                    spaces++;
                }
                int content = position + spaces;
                if (content < contentEnd && text[content] == '\t') {
                    return null;
                }
                boolean blank = content == contentEnd || text[content] == '#';
                if (!blank && spaces == 0 && isMarker(text[content])) {
                    return null;
                }
                start[count] = position;
                end[count] = contentEnd;
                next[count] = after;
                indent[count] = blank ? -1 : spaces;
                count++;
                position = after;
            }
            return new Lines(text, count, start, end, next, indent);
        }

        /** A character that at column 0 makes the line anything but a plain mapping key. */
        private static boolean isMarker(byte c) {
            return switch (c) {
                case '-', '.', '%', '?', ':', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', '\'', '"', '@', '`', '<' -> true;
                default -> false;
            };
        }

        /** Whether the (non-blank) line starts a mapping entry: a key, not a sequence item or flow content. */
        boolean startsEntry(int line) {
            int content = start[line] + indent[line];
            byte c = text[content];
            if (c == '"' || c == '\'') {
                return true; // a quoted key; the piece's parse decodes it
            }
            if (isMarker(c)) {
                return false;
            }
            for (int i = content; i < end[line]; i++) {
                if (text[i] == ':' && (i + 1 == end[line] || text[i + 1] == ' ')) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The key of a line that is exactly {@code key:} (plain, no spaces, optionally followed by a
         * comment) at {@code indentation}, or {@code null}.
         */
        String headerKey(int line, int indentation) {
            if (indent[line] != indentation) {
                return null;
            }
            int content = start[line] + indentation;
            int i = content;
            while (i < end[line] && isKeyChar(text[i])) {
                i++;
            }
            if (i == content || i >= end[line] || text[i] != ':' || isMarker(text[content])) {
                return null;
            }
            int rest = i + 1;
            while (rest < end[line] && text[rest] == ' ') {
                rest++;
            }
            if (rest < end[line] && !(text[rest] == '#' && rest > i + 1)) {
                return null; // a value on the header line: not a block mapping to cut
            }
            return new String(text, content, i - content, java.nio.charset.StandardCharsets.UTF_8);
        }

        private static boolean isKeyChar(byte c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '_' || c == '-' || c == '.' || c == '/' || c == '$' || c == '~' || c == '+';
        }

        /** Whether lines {@code [from, to)} hold anything but blanks and comments. */
        boolean hasContent(int from, int to) {
            for (int line = from; line < to; line++) {
                if (indent[line] >= 0) {
                    return true;
                }
            }
            return false;
        }
    }
}
