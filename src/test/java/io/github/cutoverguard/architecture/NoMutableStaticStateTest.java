package io.github.cutoverguard.architecture;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine keeps no mutable static state besides the compiled-schema cache, so concurrent module
 * builds ({@code mvn -T}) cannot see each other's inputs or results.
 */
class NoMutableStaticStateTest {

    /** The one allowed piece of shared mutable state: compiled schemas, keyed by content. */
    private static final Set<String> ALLOWED = Set.of("io.github.cutoverguard.engine.schema.SchemaCatalog.CACHE");

    /** Static fields of these types are immutable once built (Jackson mappers and factories are thread-safe after configuration). */
    private static boolean immutableType(Class<?> type) {
        return type.isPrimitive() || type.isEnum() || type == String.class || type.isRecord()
                || Number.class.isAssignableFrom(type) || type == Boolean.class
                || type == java.util.regex.Pattern.class || type.getName().startsWith("tools.jackson.")
                || type.getName().startsWith("com.networknt.schema.") || type.getName().startsWith("java.time.");
    }

    @Test
    void engineStaticFieldsAreFinalAndImmutable() throws Exception {
        List<String> offenders = new ArrayList<>();
        for (Class<?> type : engineClasses()) {
            for (Field field : type.getDeclaredFields()) {
                int m = field.getModifiers();
                if (!Modifier.isStatic(m) || field.isSynthetic()) {
                    continue;
                }
                String name = type.getName() + "." + field.getName();
                if (ALLOWED.contains(name)) {
                    continue;
                }
                if (!Modifier.isFinal(m)) {
                    offenders.add(name + " is not final");
                    continue;
                }
                field.setAccessible(true);
                Object value = field.get(null);
                boolean collection = value instanceof Collection<?> || value instanceof Map<?, ?>;
                if (collection && !unmodifiable(value)) {
                    offenders.add(name + " is a modifiable " + value.getClass().getSimpleName());
                } else if (!collection && value != null && !immutableType(field.getType()) && !immutableType(value.getClass())) {
                    offenders.add(name + " holds a " + value.getClass().getName());
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    /** Whether a collection refuses modification (List.of, Map.copyOf, Collections.unmodifiable*). */
    private static boolean unmodifiable(Object value) {
        try {
            if (value instanceof List<?> list) {
                ((List<Object>) list).add(null);
            } else if (value instanceof Set<?> set) {
                ((Set<Object>) set).add(null);
            } else if (value instanceof Map<?, ?> map) {
                ((Map<Object, Object>) map).put(null, null);
            } else {
                ((Collection<Object>) value).add(null);
            }
        } catch (UnsupportedOperationException | NullPointerException e) {
            return true;
        }
        return false;
    }

    private static List<Class<?>> engineClasses() throws Exception {
        Path root = Path.of("target/classes");
        List<Class<?>> classes = new ArrayList<>();
        try (var walk = Files.walk(root.resolve("io/github/cutoverguard/engine"))) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                classes.add(Class.forName(name, true, NoMutableStaticStateTest.class.getClassLoader()));
            }
        }
        assertThat(classes).hasSizeGreaterThan(50);
        return classes;
    }
}
