# Pforte – texts of the staff inbox (/office).
# Reviewed by a native speaker: no

office-title = Team inbox
office-sign-in = Sign in
office-name = Name
office-password = Password
office-sign-out = Sign out
office-error-sign-in = Name or password is not right.
office-error-too-many = Too many attempts. Wait a few minutes.
office-error-offline = No connection to the server.
office-error-session = The session has ended. Please sign in again.
office-signed-in = Signed in as { $name }
office-team = Team { $team }
office-key = The team's key file (team-{ $team }.pem)
office-key-hint = The key stays in this browser window and is not uploaded. It is gone when you sign out or close the window.
office-key-loaded = Key loaded: concerns are decrypted here.
office-key-error = This file is not a private key (PKCS #8, PEM, unencrypted).
office-empty = No open concerns.
office-new-count = { $count ->
    [one] { $count } new concern
   *[other] { $count } new concerns
}
office-ticket = Number { $ticket }
office-received = Received { $time }
office-state-new = New
office-state-in-progress = In progress
office-state-done = Done
office-locked = Encrypted. Load the team's key to read it.
office-cannot-open = This concern cannot be opened with the key loaded.
office-field-concern = Concern
office-field-language = Language
office-field-reference = Reference number
office-field-contact = Reachable at
office-field-description = Description
office-note = Message to the person (they see it with their ticket code; at most { $max } characters)
office-mark-in-progress = Take in progress
office-mark-done = Mark as done
office-saved = Saved.
office-error-save = Not saved. Try again.
office-last-note = Last message: { $note }
office-by = last by { $name }
