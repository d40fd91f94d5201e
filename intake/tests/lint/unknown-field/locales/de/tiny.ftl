tiny-title = Kleines Formular
tiny-step-person-title = Person
tiny-name-label = Name
