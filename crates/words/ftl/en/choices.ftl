## The words of the closed lists that have none elsewhere, for the sentence that
## refuses a choice outside them ("Choose one of: post, email.").

# How a letter or a statement left; $code: post, email.
choice-send-via = { $code ->
        [post] post
       *[email] email
    }
