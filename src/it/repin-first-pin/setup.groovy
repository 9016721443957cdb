// producer-repo releases v7.4.0 and v8.0.0; the consumer has no pin, mirror or matrix yet.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.load('RepinSupport').producer()
true
