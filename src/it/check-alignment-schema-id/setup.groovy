// contracts/schemas/error-envelope.schema.json has no $id: ALIGN-SCHEMA-ID at that file:1:1 (the schemas directory next to the manifest is the default).
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/AlignmentSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
evaluate(new File(root, 'src/it/_support/AlignmentSupport.groovy')).writeInputs()
true
