// The producer's alignment inputs (its current API keeps legacy_error) and its rehearsal handoff (the target forbids it).
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.load('AlignmentSupport').writeInputs()
File handoff = new File(basedir, 'handoff/SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json')
handoff.parentFile.mkdirs()
handoff.bytes = its.reference('SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json').bytes
true
