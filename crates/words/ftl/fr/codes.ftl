## The word for each code of a closed list, wherever a reader meets it (CLI tables,
## documents). $code is the code the book stores; a code not listed (a unit typed by the
## partner) is printed as it was typed.

code-term = { $code ->
        [monthly] mensuel
        [annual] annuel
       *[triennial] triennal
    }
code-frequency = { $code ->
        [monthly] mensuelle
        [annual] annuelle
        [triennial] triennale
       *[one_time] en une fois
    }
code-contact-role = { $code ->
        [billing] facturation
        [technical] technique
       *[other] autre
    }
code-language = { $code ->
        [en] anglais
       *[fr] français
    }
# A product's unit: typed by the partner; the demo book's and the usual ones have words.
code-unit = { $code ->
        [user] utilisateur
        [licence] licence
        [license] licence
        [usage] consommation
        [plan] forfait
        [device] appareil
       *[other] { $code }
    }
code-step-kind = { $code ->
        [courtesy] rappel de courtoisie
        [reminder] relance
        [formal_notice] mise en demeure
       *[suspension] suspension
    }
