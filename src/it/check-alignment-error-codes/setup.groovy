// The envelope's error.code enum lacks write_failed and holds legacy_timeout: ALIGN-ERROR-CODES names both, at the enum (866) and at the extra value (876).
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/AlignmentSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
evaluate(new File(root, 'src/it/_support/AlignmentSupport.groovy')).writeInputs()
true
