// Step 5 of the README: the breaches it shows, at the locations it shows, and its NO-GO line.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def example = its.load('ExampleSupport')
its.assertBuildFailure('verdict')
example.assertShownBreaches('5. A breach')
true
