# Words around a letter's own text and on the collection-policy sheet (crates/documents).
letter-month = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
# "1 December 2026"; $month is the month's name above.
letter-long-date = { $day } { $month } { $year }
letter-dated = { $date }
letter-dated-at = { $place }, { $date }
letter-subject = Subject:
letter-account = Customer account: { $reference }
letter-of = Letter of { $date }
letter-many = Letters to customers ({ $count })
policy-col-when = When
policy-col-what = What we do
policy-col-effect = Effect on your access
