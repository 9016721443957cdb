// The envelope's error.code enum lacks write_failed and holds legacy_timeout: ALIGN-ERROR-CODES names both, at the enum (866) and at the extra value (876).
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.load('AlignmentSupport').writeInputs()
true
