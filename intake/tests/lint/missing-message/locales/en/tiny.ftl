tiny-title = Tiny form
tiny-step-person-title = Person
