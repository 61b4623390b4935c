# Microsoft Partner Center reconciliation files: why a file is refused.

## Files refused
partner-center-file-empty = This file holds no billing line. Download the reconciliation file again from Partner Center. Nothing was saved.
# $expected: the column names every Partner Center file has, comma-separated.
partner-center-file-foreign = This file is not a Partner Center reconciliation file: its first line should name the columns { $expected }. Nothing was saved.
# $kind: which kind of file the header shows; $columns: the missing column names, comma-separated.
partner-center-file-missing-columns = This { $kind ->
    [daily_rated_usage] daily rated usage
    [legacy_license_based] legacy license-based
   *[new_commerce_invoice] invoice reconciliation
} file lacks the columns { $columns }. Nothing was saved.
# $line: the line in the file; $column: the column's name; $value: what the cell holds; $expected: number or date.
partner-center-file-malformed = Line { $line }, column { $column }: “{ $value }” is not { $expected ->
    [date] a date
   *[number] a number
}. Nothing was saved.
partner-center-file-unknown-charge-type = Line { $line }, column { $column }: the charge type “{ $value }” is unknown (expected new, renew, cycleCharge, addQuantity, removeQuantity, cancelImmediate, convert, moveQuantity, changeBillingPlan or customerCredit). Nothing was saved.
# $line: the last line, cut short.
partner-center-file-truncated = The file stops in the middle of line { $line } (an interrupted download?): download it again. Nothing was saved.
# $expected, $found: how many cells the header has and how many the line has.
partner-center-file-field-count = Line { $line } has { $found } cells instead of the header’s { $expected }: check the file. Nothing was saved.
partner-center-file-unreadable = The file could not be read after line { $line }: check that it is whole and can be opened. Nothing was saved.
