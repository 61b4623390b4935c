# The lists: a customer named on a command line that several customers answer to, and a
# new customer like one already in the book.

# $key: the name as typed. The candidates follow, one a line (number and name).
lists-ambiguous-customer = Several customers answer to “{ $key }”: nothing was done. Name the one you mean by its number or its id:
# $count: how many customers already in the book look like the new one; they follow, one a line.
lists-like-existing = { $count ->
        [one] A similar customer is already in the book (the same name, legal form and accents aside, or the same VAT number): nothing was created. Check it, or add --allow-duplicate to create this one anyway:
       *[other] { $count } similar customers are already in the book (the same name, legal form and accents aside, or the same VAT number): nothing was created. Check them, or add --allow-duplicate to create this one anyway:
    }
