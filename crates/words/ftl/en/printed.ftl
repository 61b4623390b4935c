# Words the application layer puts on the documents it prints (letters' totals and
# signatures, the statement's contact line, the aging CSV's header) and in the names of
# the files it writes (without accents: every file system and mail client takes them).
printed-total-outstanding = Total outstanding
printed-late-penalties = Late-payment penalties
printed-recovery-indemnity = Fixed recovery indemnity
printed-total-claimed = Total claimed
printed-registered-post = Sent by registered post with acknowledgement of receipt
printed-accounts-department = Accounts department
printed-customer-service = Customer service
printed-statement-contact = A question about this statement or your support? Contact us:
printed-draft = DRAFT
printed-customer-number = Customer no.
file-letter = Letter
file-letters = Letters
file-renewal = Renewal
file-renewals = Renewals
file-statement = Statement
file-statements = Statements
file-aging = Aging
file-policy = Collection-policy
