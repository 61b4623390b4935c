## The words of the closed lists that have none elsewhere, for the sentence that
## refuses a choice outside them (« Choisissez parmi : courrier, e-mail. »).

# How a letter or a statement left; $code: post, email.
choice-send-via = { $code ->
        [post] courrier
       *[email] e-mail
    }
