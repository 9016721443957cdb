package io.github.cutoverguard.engine.schema;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.cutoverguard.engine.testing.Docs;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every schema in schemas/ is packaged, valid against the 2020-12 meta-schema and compiles offline. */
class BundledSchemasTest {

    private static List<Path> schemaFiles() throws Exception {
        try (var files = Files.list(Path.of("schemas"))) {
            return files.filter(p -> p.toString().endsWith(".schema.json")).sorted().toList();
        }
    }

    @Test
    void everySchemaIsValidAgainstTheMetaSchemaAndHasItsBundledId() throws Exception {
        Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
        List<Path> files = schemaFiles();
        assertThat(files).hasSizeGreaterThanOrEqualTo(7);
        for (Path file : files) {
            var doc = Docs.json(file.toString(), Files.readString(file));
            assertThat(meta.validate(doc.root())).as(file.toString()).isEmpty();
            String name = file.getFileName().toString().replace(".schema.json", "");
            assertThat(doc.text("$id")).as(file.toString()).contains(SchemaCatalog.BUNDLED_ID_PREFIX + name + ".schema.json");
            assertThat(SchemaCatalog.bundled(name)).as(file.toString()).isNotNull();
        }
    }
}
