# Pforte – die E-Mail, die einem Antragsteller sagt, dass sich der Stand geändert hat.
# Reviewed by a native speaker: no

notice-mail-subject = Ihr Antrag { $reference }: neuer Stand
notice-mail-body = Guten Tag, der Stand Ihres Antrags { $reference } hat sich geändert. Was sich geändert hat, sehen Sie mit Ihrem Statuscode auf dieser Seite:
notice-mail-footer = Diese E-Mail wurde automatisch verschickt, weil Sie darum gebeten haben. Abbestellen können Sie sie auf derselben Seite.

contact-mail-subject = Ihr Code für die Terminbuchung
contact-mail-body = Mit dem Code unten bestätigen Sie Ihre E-Mail-Adresse für die Terminbuchung. Er gilt 30 Minuten. Wenn Sie keinen Termin buchen wollten, können Sie diese E-Mail ignorieren.
