tiny-title = Tiny form
tiny-step-person-title = Person
tiny-name-label = Name
tiny-attachment-passport-label = Passport
