# What can be wrong with a value a user typed (ardoise_domain::Problem), one message a
# variant. The window, the CLI and the tests show these sentences word for word.

problem-required = This field is required.
problem-too-long = At most { $max } characters.
problem-invalid-email = Not an email address: expected name@example.com.
problem-vat-format = Not a valid VAT number for country { $country }: expected the form { $example }.
problem-vat-key = Not a valid VAT number: its key (the 2 digits after FR) does not match the SIREN.
problem-vat-country-mismatch = The VAT number belongs to another country ({ $vat_country }) than the customer's ({ $country }).
problem-vat-unknown-country = Not a valid VAT number: "{ $prefix }" is not an EU country prefix (FR, DE, BE…).
problem-siren-format = A SIREN has 9 digits.
problem-siren-checksum = Not a valid SIREN: its check digit does not match (check each digit).
problem-siret-format = A SIRET has 14 digits.
problem-siret-checksum = Not a valid SIRET: its check digit does not match (check each digit).
problem-iban-format = Not a valid IBAN: expected a country code, 2 check digits, then the account number (FR76 3000 …).
problem-iban-checksum = Not a valid IBAN: its check digits do not match (check each character).
problem-bic-format = Not a valid BIC: 8 or 11 characters (BNPAFRPP).
problem-tenant-id = Not a valid tenant id: expected a GUID (8-4-4-4-12 hexadecimal characters).
problem-unknown-currency = "{ $code }" is not an ISO currency code (EUR, GBP, USD…).
problem-unknown-country = "{ $code }" is not a 2-letter ISO country code (FR, BE, GB…).
problem-not-a-number = Expected a number (for example 12.50).
problem-negative = Cannot be negative.
problem-not-positive = Must be greater than zero.
problem-percent-range = Expected a percentage between 0 and 100.
problem-not-a-date = Not a date: expected YYYY-MM-DD.
# $term: the engagement's code (monthly, annual, triennial); the choices follow from it.
problem-frequency-not-allowed = { $term ->
    [monthly] This billing frequency is not possible for a monthly term: choose monthly.
    [annual] This billing frequency is not possible for a annual term: choose monthly, annual or one-time.
   *[other] This billing frequency is not possible for a triennial term: choose monthly, annual, triennial or one-time.
}
# $field: the code of the field the date cannot precede.
problem-date-before = This date cannot be before the { $field ->
        [start_date] start date
        [renewal_date] renewal date
        [effective_from] effective from
        [from] period start
        [previous_step] previous step
       *[other] date
    } field.
problem-already-exists = This value is already in use.
problem-domain-name = Not a domain name: expected for example contoso.com.
problem-phone = Not a phone number: digits, spaces and + (6 to 20 digits).
problem-not-a-choice = Choose one of: { $allowed }.
# $max: the bound, already formatted (1,000,000).
problem-too-large = At most { $max }: check the number of digits.
problem-line-too-large = Quantity × unit price comes to more than { $max }: check both.
problem-date-range = Date outside the range accepted ({ $first } – { $last }): check the year.
problem-not-whole = Expected a whole number (for example 12).
problem-image-format = The logo must be a PNG image: this file is not one, or is damaged. Save it as PNG.
problem-image-too-large = This image is too large to be read (at most { $max_side } pixels a side and { $max_mb } MB): save a smaller one.
problem-not-a-month = Not a month: expected YYYY-MM, for example 2026-11.
problem-fraction-of-cent = At most two decimals (cents).
problem-microsoft-id = Not a Microsoft id: letters and digits only (CFQ7TTC0LH18).
# $shown: what the template wrote ({montant}); $list: the placeholders a template may use.
problem-unknown-placeholder = Unknown placeholder: { $shown }. Placeholders available: { $list } ({"{{"} and {"}}"} for a brace).
