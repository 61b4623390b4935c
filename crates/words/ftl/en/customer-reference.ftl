# The reference a customer quotes on its transfers, and why one is refused.
customer-reference-characters = A reference holds only letters without accents, digits, spaces and / - ? : ( ) . , ' +: what a SEPA transfer carries.
customer-reference-taken = The reference “{ $reference }” is already { $customer }’s.
customer-reference-reserved = “{ $reference }” is the form of the numbers Ardoise gives customers, and this one is another’s: leave the field empty to keep this customer’s reference, or choose another.
