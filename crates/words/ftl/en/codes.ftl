## The word for each code of a closed list, wherever a reader meets it (CLI tables,
## documents). $code is the code the book stores; a code not listed (a unit typed by the
## partner) is printed as it was typed.

code-term = { $code ->
        [monthly] monthly
        [annual] annual
       *[triennial] triennial
    }
code-frequency = { $code ->
        [monthly] monthly
        [annual] annual
        [triennial] triennial
       *[one_time] one-time
    }
code-contact-role = { $code ->
        [billing] billing
        [technical] technical
       *[other] other
    }
code-language = { $code ->
        [en] English
       *[fr] French
    }
# A product's unit: typed by the partner; the demo book's and the usual ones have words.
code-unit = { $code ->
        [user] user
        [licence] licence
        [license] licence
        [usage] usage
        [plan] plan
        [device] device
       *[other] { $code }
    }
code-step-kind = { $code ->
        [courtesy] courtesy reminder
        [reminder] reminder
        [formal_notice] formal notice
       *[suspension] suspension
    }
