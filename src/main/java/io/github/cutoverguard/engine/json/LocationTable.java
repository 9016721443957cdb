package io.github.cutoverguard.engine.json;

import io.github.cutoverguard.engine.Location;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The line:column of every value of one document, in document order, held compactly: per value its
 * parent, its member name or array index, and its position, in primitive arrays. JSON Pointers are
 * built only when a location is first looked up, which happens only to report a breach, so a
 * document that passes never builds one pointer string or hash entry per value.
 *
 * <p>Filled by one parsing thread; after {@link #seal()} it is read-only, and its lazily built index
 * is published safely (a racing first lookup builds it twice, never half).
 */
final class LocationTable {

    private static final int ROOT_PARENT = -1;

    private int size;
    private int[] parents = new int[256];
    private String[] names = new String[256];
    private int[] indexes = new int[256];
    private int[] lines = new int[256];
    private int[] columns = new int[256];
    private volatile Map<String, Integer> byPointer;

    /**
     * Records a value and returns its id.
     *
     * @param parent the id of the containing value, or {@code -1} for the root
     * @param name   the member name in an object, or {@code null} for an array element or the root
     * @param index  the position in an array (ignored for members)
     */
    int add(int parent, String name, int index, Location location) {
        if (size == parents.length) {
            int capacity = size * 2;
            parents = Arrays.copyOf(parents, capacity);
            names = Arrays.copyOf(names, capacity);
            indexes = Arrays.copyOf(indexes, capacity);
            lines = Arrays.copyOf(lines, capacity);
            columns = Arrays.copyOf(columns, capacity);
        }
        parents[size] = parent;
        names[size] = name;
        indexes[size] = index;
        lines[size] = location.line();
        columns[size] = location.column();
        return size++;
    }

    /**
     * Appends every value of {@code other} but its root, whose members become members of the value
     * {@code parent} of this table; for merging documents parsed in sections.
     */
    void appendMembers(LocationTable other, int parent) {
        int base = size - 1; // other's id 1 becomes this table's id size
        for (int id = 1; id < other.size; id++) {
            int otherParent = other.parents[id];
            add(otherParent == 0 ? parent : base + otherParent, other.names[id], other.indexes[id],
                    new Location(other.lines[id], other.columns[id]));
        }
    }

    /** The location of the value with this id. */
    Location location(int id) {
        return new Location(lines[id], columns[id]);
    }

    /** The id for the root's parent. */
    static int root() {
        return ROOT_PARENT;
    }

    int size() {
        return size;
    }

    /** The location of the value at exactly {@code pointer}, or {@code null} if there is none. */
    Location get(String pointer) {
        Integer id = index().get(pointer);
        return id == null ? null : new Location(lines[id], columns[id]);
    }

    private Map<String, Integer> index() {
        Map<String, Integer> index = byPointer;
        if (index == null) {
            String[] pointers = new String[size];
            index = new HashMap<>(Math.max(16, (int) (size / 0.75f) + 1));
            for (int id = 0; id < size; id++) {
                int parent = parents[id];
                String pointer = parent == ROOT_PARENT ? ""
                        : pointers[parent] + "/" + (names[id] == null ? Integer.toString(indexes[id]) : JsonDocument.escape(names[id]));
                pointers[id] = pointer;
                index.put(pointer, id);
            }
            byPointer = index;
        }
        return index;
    }
}
