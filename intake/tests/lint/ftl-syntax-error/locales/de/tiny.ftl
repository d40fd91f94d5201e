tiny-title = Kleines Formular
tiny-step-person-title = { $broken
tiny-name-label = Name
