// Outputs are never inputs: generate-handoff refuses to write its candidate over the manifest it reads, naming both parameters.
def its = evaluate(new File(support, 'ItSupport.groovy'))

its.assertConfigurationError('generate-handoff')
assert its.buildLog().contains('<handoffFile> would write contracts/producer-contract-manifest.json, which ' +
        '<producerManifestFile> names as an input: a goal never writes its inputs. Set <handoffFile> (or ' +
        '<producerManifestFile>) to another file')
assert !its.buildLog().contains('[INFO] Wrote ') : 'the goal must write nothing'
assert !its.file('target/cutover-guardrails/generate-handoff.json').exists() : 'a refused goal leaves no evidence saying pass'
its.assertInputsUnchanged('contracts/producer-contract-manifest.json')
true
