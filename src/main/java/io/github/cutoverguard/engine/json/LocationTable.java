package io.github.cutoverguard.engine.json;

import io.github.cutoverguard.engine.Location;

import java.util.Arrays;

/**
 * The line:column of every value of one document, in document order, held compactly: per value its
 * parent, its member name or array index, and its position, in primitive arrays. No JSON Pointer
 * string or hash entry is built per value: a lookup, which only a breach needs, walks the pointer's
 * tokens down the table (the values are in document order, so each value's descendants follow it;
 * where they end is derived once, on the first lookup, from the parents).
 *
 * <p>Filled by one parsing thread, then read-only; the lazily derived ends are published safely (a
 * racing first lookup derives them twice, never half).
 */
final class LocationTable {

    private static final int ROOT_PARENT = -1;

    private int size;
    private int[] parents = new int[256];
    private String[] names = new String[256];
    private int[] indexes = new int[256];
    private int[] lines = new int[256];
    private int[] columns = new int[256];
    /** Per value, the id after its last descendant; derived on the first lookup. */
    private volatile int[] ends;

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
        if (size == 0) {
            return null;
        }
        int[] subtreeEnds = ends();
        int id = 0;
        int at = pointer.isEmpty() ? -1 : 0;
        while (at >= 0) {
            if (pointer.charAt(at) != '/') {
                return null;
            }
            int next = pointer.indexOf('/', at + 1);
            String token = pointer.substring(at + 1, next < 0 ? pointer.length() : next);
            id = child(id, token, subtreeEnds);
            if (id < 0) {
                return null;
            }
            at = next;
        }
        return new Location(lines[id], columns[id]);
    }

    /** The child of {@code parent} that the pointer token names, or -1. */
    private int child(int parent, String token, int[] subtreeEnds) {
        String name = token.indexOf('~') < 0 ? token : token.replace("~1", "/").replace("~0", "~");
        int index = arrayIndex(token);
        for (int child = parent + 1; child < subtreeEnds[parent]; child = subtreeEnds[child]) {
            if (names[child] != null ? names[child].equals(name) : indexes[child] == index) {
                return child;
            }
        }
        return -1;
    }

    /** The array index a pointer token names (digits without a leading zero, in int range), or -1. */
    private static int arrayIndex(String token) {
        if (token.isEmpty() || token.length() > 10 || (token.length() > 1 && token.charAt(0) == '0')) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value <= Integer.MAX_VALUE ? (int) value : -1;
    }

    private int[] ends() {
        int[] result = ends;
        if (result == null) {
            result = new int[size];
            for (int id = size - 1; id >= 0; id--) {
                result[id] = Math.max(result[id], id + 1);
                if (parents[id] != ROOT_PARENT) {
                    result[parents[id]] = Math.max(result[parents[id]], result[id]);
                }
            }
            ends = result;
        }
        return result;
    }
}
