# Pforte – the app's own texts (not specific to a form).
# Reviewed by a native speaker: no

catalogue-title = Foreigners' office online
loading = Loading …
step-progress = Step { $current } of { $total }
nav-back = Back
nav-next = Next
select-choose = Please choose
answer-yes = Yes
answer-no = No
group-add = Add an entry
group-remove = Remove this entry

## Error messages, one per JSON Schema keyword. Forms can override them per field.

error-required = Please fill in this field.
error-type = This answer is not in the expected format.
error-enum = Please choose one of the values offered.
error-const = Please confirm this.
error-minLength = Please enter at least { $limit } characters.
error-maxLength = Please enter at most { $limit } characters.
error-pattern = This answer is not in the expected format.
error-format = This answer is not in the expected format.
error-minimum = The value must be at least { $limit }.
error-maximum = The value must be at most { $limit }.
error-exclusiveMinimum = The value must be greater than { $limit }.
error-exclusiveMaximum = The value must be less than { $limit }.
error-multipleOf = The value must be a multiple of { $limit }.
error-minItems = Please give at least { $limit } entries.
error-maxItems = Please give at most { $limit } entries.
error-uniqueItems = Please give each entry only once.
error-anyOf = Please check this answer.
error-oneOf = Please check this answer.
error-not = Please check this answer.
error-dependentRequired = Please fill in this field.
error-additionalProperties = This answer is not expected here.
error-false = This answer is not expected here.
error-contains = Please give at least one matching entry.
error-minContains = Please give at least { $limit } matching entries.
error-maxContains = Please give at most { $limit } matching entries.
error-minProperties = Please give at least { $limit } answers.
error-maxProperties = Please give at most { $limit } answers.
error-propertyNames = This answer is not expected here.

## Error summary, review before submitting

error-summary-title = Please check your answers
review-title = Your answers at a glance
review-intro = Please check everything before you send the application.
review-change = Change
review-empty = Not given
start-over = Start over
start-over-confirm = All answers in this form will be deleted from this device. Start over?

## Choosing from a long list with search (e.g. nationality)

combobox-hint = Type a few letters, then choose with the arrow keys or by tapping.
combobox-results = { $count ->
    [0] No matches
    [one] One match
   *[other] { $count } matches
}
combobox-no-match = Please choose an entry from the list.

## Repeatable entries

group-move-up = Move up
group-move-down = Move down
group-count = { $count } of at most { $max } entries
group-full = No more entries can be added.

## Bilingual view for counsellors, printing

bilingual-toggle = Show the German original under every text
bilingual-german = German original
print-review = Print this summary

## Page frame

skip-to-content = Skip to content
footer-accessibility = Accessibility statement

## Accessibility statement (BITV 2.0 section 7, Directive (EU) 2016/2102)

a11y-title = Accessibility statement
a11y-intro = The foreigners' office is committed to making this online application service accessible. It follows the Disability Equality Act (Behindertengleichstellungsgesetz, BGG) and the Barrier-Free Information Technology Ordinance (BITV 2.0), or the corresponding laws of the federal state (Land). This statement applies to this online service.
a11y-status-title = Compliance status
a11y-status = This online service is partially compliant with the accessibility requirements. The standards are the Web Content Accessibility Guidelines (WCAG 2.2, level AA) and the European standard EN 301 549. The reasons are listed in the next section.
a11y-known-title = Non-accessible content
a11y-known-1 = The translations from German have not yet been checked by native speakers. They may therefore contain unclear wording. The German original is always available.
a11y-known-2 = You cannot upload documents online yet.
a11y-known-3 = There is no information in German Sign Language (DGS) or in Easy Language (Leichte Sprache) yet.
a11y-known-4 = So far, accessibility has been checked with automated tests and by the developers. There has not yet been an independent audit according to the BITV test.
a11y-prepared-title = Preparation of this statement
a11y-prepared = This statement was prepared on { $date }. It is based on a self-assessment. This means: we checked the online service ourselves.
a11y-feedback-title = Feedback and contact
a11y-feedback = Is there a part of this online service that you cannot use well? Or do you need information in an accessible form? Then please contact us. Please tell us on which page the problem is and what does not work.
# Office: replace with the real contact.
a11y-contact = Email: barrierefreiheit@auslaenderbehoerde.example, phone: 0123 456789-0
a11y-enforcement-title = Enforcement procedure
# Office: name your state's enforcement body.
a11y-enforcement = Did you report a problem to us? And did you not get a satisfactory answer within six weeks? Then you can contact the enforcement or conciliation body for accessibility. For the foreigners' office, this is the body named for this purpose in the state's law on equal opportunities for people with disabilities. For federal authorities, it is the Conciliation Body under the Disability Equality Act (Schlichtungsstelle nach dem Behindertengleichstellungsgesetz, www.schlichtungsstelle-bgg.de).

## Documents

attachment-types = File types: { $types }
attachment-size = Size: at most { $size } per file
attachment-count-required = Required: at least { $min }, at most { $max } { $max ->
        [one] file
       *[other] files
    }
attachment-count-optional = Optional: at most { $max } { $max ->
        [one] file
       *[other] files
    }
attachment-state-empty = No file added yet.
attachment-remove = Remove
attachment-choose = Choose file
attachment-remove-label = Remove { $name }
attachment-preparing = Encrypting { $name } …
attachment-error-count = At most { $max } { $max ->
    [one] file is
   *[other] files are
} possible here. Remove a file first.
attachment-error-type = { $name } is not a file of an allowed type ({ $types }).
attachment-error-size = { $name } is too large: at most { $size } per file.
attachment-error-decode = The browser cannot read this photo ({ $name }). Please choose a JPEG photo or a PDF file.
attachment-error-read = { $name } could not be read. Please choose the file again.
attachment-error-storage = There is not enough free storage on this device. Please free some space and try again.
attachment-error-missing = Please add at least { $min } { $min ->
    [one] file
   *[other] files
}.

## Sending

send-title = Send your application
send-intro = Your answers and files are encrypted on this device. Only the foreigners' office can read them.
send-missing-files = Some documents are still missing:
send-button = Send application now
send-again = Try again
send-preparing = Preparing your application …
send-uploading = Sending files …
send-paused = Paused. Nothing is lost.
send-waiting = The connection was interrupted. Sending continues automatically in a moment.
send-submitting = Completing your application …
send-retry-in = Next try in { $seconds } s.
send-retry-now = Try now
send-progress = { $sent } of { $total } sent
send-pause = Pause
send-resume = Resume
send-error-not-configured = This office does not accept online applications yet. Please contact the office directly.
send-error-offline = The office cannot be reached right now. Please check your internet connection and try again.
# A part of the app (review, attachments, receipt…) is fetched when first needed; it did not arrive.
part-load-failed = This part of the page could not be loaded. Please check your internet connection.
part-load-retry = Try again
send-error-wrong-key = For your safety nothing was sent: the office's key does not match. Please reload the page and try again later.
send-error-crypto = This browser cannot encrypt the application. Please use a current browser.
send-error-server = The application could not be accepted. Your answers stay saved on this device. Please try again later.
send-error-form-changed = This form has changed in the meantime. Please reload the page; your answers are kept.
send-error-incomplete = Some answers are missing or not correct. Please check the steps above.

## Receipt

receipt-title = Your application has been received
receipt-intro = The foreigners' office has received your application. Keep this receipt.
receipt-reference = Your reference number
receipt-qr-label = QR code of the reference number { $reference }
receipt-received-at = Received on
receipt-form = Application
receipt-deadline-met = Your application arrived before your residence permit expires on { $date }. Your current permit continues to count as valid until the decision (section 81 (4) Residence Act).
receipt-deadline-missed = Your application arrived after your residence permit expired on { $date }. Please contact the foreigners' office immediately.
receipt-keep = This receipt is electronically signed by the office. You can print it or save it as a file.
receipt-print = Print
receipt-download = Save as a file

## Hand-over with a code (counselling)

handover-title = Hand over to another person
handover-intro = With a code, another person can go on filling in this application on their own device, for example your counsellor or your client. Your answers are encrypted on this device for this.
handover-button = Make a hand-over code
handover-code-label = Hand-over code (enter it on the start page under “Continue with a code”):
handover-qr-label = QR code of the hand-over code { $code }
handover-valid-until = The code is valid until { $date }.
handover-files-note = Files are not handed over. Please add them again on the other device.
handover-error-code = This is not a valid code. Please check the characters.
handover-error-missing = There is no application (any more) for this code. Codes are valid for 14 days.
resume-title = Continue with a code
resume-label = Hand-over code
resume-help = Your counsellor or your client gave you the code, e.g. ABCD-EFGH-JKMN-PQRS-TVWX-Y.
resume-button = Continue

## Application status (docs/STATUS.md)
receipt-status-code = Your status code
receipt-status-help = With the reference number and the status code you can see at any time how far your application has come. Do not share the status code.
receipt-status-link = See the status of the application
status-title = Status of your application
status-intro = Enter the reference number and the status code from your receipt.
status-reference = Reference number
status-reference-hint = For example 7KQM-2X9P-V
status-code = Status code
status-code-hint = 16 characters and a check character, for example ABCD-EFGH-JKMN-PQRS-T
status-submit = Look up the status
status-checking = Looking up …
status-error-not-found = There is no application with this reference number and status code. Check both.
status-error-reference = This is not a reference number. Check it for typos.
status-error-code = This is not a status code. Check it for typos.
status-error-too-many = Too many lookups. Try again in a few minutes.
status-error-offline = No connection to the server. Try again later.
status-current = Current status
status-history = History
status-received = Received
status-in-review = In review
status-documents-missing = Documents are missing
status-appointment-needed = Please make an appointment
status-decision-made = Decision made
status-card-ordered = Card ordered
status-ready-for-pickup = Ready for pickup
status-handed-over = Handed over
status-closed = Closed
status-fiction = Certificate of fictitious continuation issued, valid until { $date }
status-pickup-counter = Pick up at the counter with an appointment.
status-pickup-dispenser = Pick up at the card dispenser in the entrance with the pickup code { $code } and your PIN.
status-pickup-post = The card will be sent to you by post.
status-missing-intro = Please send us:
status-document-passport = passport
status-document-biometric-photo = biometric passport photo
status-document-proof-of-income = proof of income
status-document-health-insurance = proof of health insurance
status-document-rental-contract = rental contract
status-document-employment-contract = employment contract
status-document-registration-certificate = registration certificate (Meldebescheinigung)
status-document-fee-payment = proof that the fee was paid
status-document-other = further documents (see the office's letter)

## Appointments (docs/APPOINTMENTS.md)
appointments-title = Make an appointment
appointments-intro = Appointments are given to people who have made an application. You need the reference number and the status code from your receipt.
appointments-service = What do you need the appointment for?
appointments-duration = { $minutes } minutes
appointments-show-times = Show free appointments
appointments-no-times = All appointments are taken at the moment. New appointments are released every day at { $time }, next on { $date }.
appointments-day = Day
appointments-time = Time
appointments-book = Book the appointment
appointments-booking = Booking …
appointments-booked-title = Your appointment is booked
appointments-booked-when = { $date } at { $time }
appointments-booked-bring = Bring your passport and your reference number.
# Booked with an email address: there is no application, so no reference number to bring.
appointments-booked-bring-passport = Bring your passport.
appointments-calendar = Add to calendar
appointments-cancel-link = With this link you can cancel the appointment. Keep it; it is shown only now.
appointments-error-taken = This appointment was just taken. Choose another one.
appointments-error-already = You already have an appointment for this: { $date } at { $time }. Cancel it first if you want another one.
appointments-error-not-a-slot = This appointment does not exist (any more). Show the free appointments again.
appointments-error-unavailable = This office does not offer appointments online.
appointments-cancel-title = Cancel an appointment
appointments-cancel-confirm = Do you want to cancel your appointment? It will then be free for others.
appointments-cancel-button = Cancel the appointment
appointments-cancelled = Your appointment is cancelled.
appointments-cancel-not-found = This appointment does not exist or has already been cancelled.
service-hand-in-application = Hand in an application
service-biometrics = Biometric data capture
service-eat-pickup = Pick up the residence card (eAT) with the PIN letter
service-settlement-counselling = Counselling on the settlement permit

status-notice-title = Get an email when the status changes
status-notice-intro = We send you a short email when the status changes. The email only says that something has changed; you see the status itself here. Your address is encrypted on this device: only the foreigners' office can read it.
status-notice-email = Email address
status-notice-submit = Notify me
status-notice-on = You will get an email when the status changes.
status-notice-stop = No more emails
status-notice-off = You will no longer get emails about this application.
status-notice-error-email = Enter an email address, for example name@example.org.
status-notice-error-failed = That did not work. Please try again later.

appointments-proof-legend = How do you prove who you are?
appointments-proof-application = With the reference number and status code of my application
appointments-proof-email = With my email address (I have not applied)
appointments-email = Email address
appointments-email-hint = We will send you a code with 6 digits. Your address is stored only in encrypted form; only the foreigners' office can read it.
appointments-send-code = Send code
appointments-code = Code from the email
appointments-code-sent = We have sent you a code. It is valid for 30 minutes.
appointments-error-email = Enter an email address, for example name@example.org.
appointments-error-code = The code is wrong or has expired. Check it, or have a new one sent to you.
appointments-error-mail = We could not send you an email. Check the address, or try again later.
appointments-intro-email = If you have applied, you need the reference number and the status code from your receipt. If you have not applied, you confirm your email address with a code.
