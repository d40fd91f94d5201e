# Pforte – texts of the entrance terminal (kiosk) and the ticket page.
# Reviewed by a native speaker: no

kiosk-title = Urgent concern
kiosk-welcome = Welcome. Here you can send an urgent concern straight to the team responsible.
kiosk-choose-language = Choose your language
kiosk-concern = What is it about?
kiosk-concern-permit-expiring = My residence permit expires soon
kiosk-concern-lost-card = My card was lost or stolen
kiosk-concern-fiction-certificate = My certificate of fictitious continuation expires
kiosk-concern-employment-change = I have a new job
kiosk-concern-other = Something else
kiosk-reference = Reference number (if you have one)
kiosk-reference-hint = It is on your confirmation of receipt, e.g. 7KQM-2X9P-4.
kiosk-description = Describe your concern briefly
kiosk-description-hint = At most { $max } characters.
kiosk-contact = How can we reach you? (phone or email, optional)
kiosk-consent = I agree that the foreigners' office uses this information to handle my concern.
kiosk-send = Send concern
kiosk-cancel = Cancel and delete everything
kiosk-sending = Encrypting and sending …
kiosk-error-summary = Please check:
kiosk-error-concern = Choose what it is about.
kiosk-error-description = Describe your concern.
kiosk-error-too-long = The text is too long.
kiosk-error-reference = This is not a reference number. Check it or leave the field empty.
kiosk-error-consent = Without your consent we cannot pass the concern on.
kiosk-error-send = The concern could not be sent. Please ask at the information desk.
kiosk-ticket-title = Your concern has arrived
kiosk-ticket-number = Your number
kiosk-ticket-team = The team responsible can see your concern now. Please wait in the waiting area until your number is called.
kiosk-ticket-code = Your ticket code
kiosk-ticket-code-hint = With the code or the QR code you can see the team's answer on your phone. Write it down or take a photo of it.
kiosk-done = Done
kiosk-idle-title = Are you still there?
kiosk-idle-countdown = { $seconds ->
    [one] In { $seconds } second everything will be deleted and the start screen shown.
   *[other] In { $seconds } seconds everything will be deleted and the start screen shown.
}
kiosk-idle-continue = Continue
kiosk-unavailable = The terminal is not set up right now. Please ask at the information desk.

ticket-title = Your ticket
ticket-code = Ticket code
ticket-code-hint = The code from the screen at the entrance, e.g. 7KQM-2X9P-4ABC-DEFG-5.
ticket-show = Show
ticket-number = Number { $number }
ticket-state-new = Arrived. The team has not opened your concern yet.
ticket-state-in-progress = Being handled.
ticket-state-done = Done.
ticket-note = Message from the team
ticket-updated = Last changed: { $time }
ticket-error-code = This is not a ticket code. Check it for typos.
ticket-error-not-found = There is no ticket (any more) for this code.
ticket-error-too-many = Too many requests. Try again in a few minutes.
ticket-error-offline = No connection to the server. Try again later.
