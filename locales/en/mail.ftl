# Pforte – the email that tells an applicant that the status has changed.
# Reviewed by a native speaker: no

notice-mail-subject = Your application { $reference }: status changed
notice-mail-body = Hello, the status of your application { $reference } has changed. You can see what has changed with your status code on this page:
notice-mail-footer = This email was sent automatically because you asked for it. You can unsubscribe on the same page.

contact-mail-subject = Your code for booking an appointment
contact-mail-body = With the code below you confirm your email address for booking an appointment. It is valid for 30 minutes. If you did not want to book an appointment, you can ignore this email.
