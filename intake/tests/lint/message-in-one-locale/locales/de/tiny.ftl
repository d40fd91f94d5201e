tiny-title = Kleines Formular
tiny-step-person-title = Person
tiny-name-label = Name
tiny-name-help = Wie im Pass
