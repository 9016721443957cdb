// Adversary (#26 defect 8): billing's rehearsal handoff lists rate_limited three times. The codes were compared as sets, so the repetition passed unnoticed. Now each repetition is ERROR-CODES at its own place (codes/5 and codes/6).
def its = evaluate(new File(support, 'ItSupport.groovy'))
def hs = its.load('HandoffSupport')

its.assertNotGo()
def breaches = hs.assertRejectedBillingCase(payload: 'BILLING_V8_REHEARSAL_HANDOFF_CANDIDATE.json', kind: 'rehearsal-handoff.v1', rule: 'ERROR-CODES', at: ['56:7', '57:7'])
assert breaches.size() == 2
assert breaches.every { it.text.contains('error code "rate_limited" is listed again (first at index 3)') }
true
