// Rehearsal mode with a target that is the baseline's own contract: the rehearsal is complete (a configuration error).
def its = evaluate(new File(support, 'ItSupport.groovy'))

its.assertConfigurationError('check-pin')
its.assertNotGo()
assert its.buildLog().contains('<targetServiceContract> stock.v6 is the baseline\'s contract (v0.3.2 / stock.v6): the '
        + 'rehearsal is complete; name the next contract or remove <targetServiceContract>')
its.assertInputsUnchanged('config/integration-pin.json')
true
