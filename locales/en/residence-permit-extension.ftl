# Reviewed by a native speaker: no

## Form

residence-permit-extension-title = Application to extend a residence permit
residence-permit-extension-description = Use this application to extend your residence permit at the foreigners’ office (Ausländerbehörde). It takes about 20 minutes.

## Step: before you start

residence-permit-extension-step-start-title = Before you start
residence-permit-extension-info-start-intro = Here you can apply online to extend your residence permit. What you enter is saved on this device as you go, so you can take a break and continue later.
residence-permit-extension-info-start-deadline = Important: apply before your current residence permit expires – ideally 6 to 8 weeks before. Your permit then stays valid until we have decided on your application (section 81 (4) of the Residence Act). After you submit, you get a confirmation of receipt. It shows when your application reached us. Keep it in a safe place.
residence-permit-extension-info-start-documents = Please have these ready: your passport, your residence permit, proof of your income (for example your last three payslips), proof of your health insurance and your registration certificate (Meldebescheinigung). You can take photos of the documents with your phone.

## Step: personal details

residence-permit-extension-step-person-title = About you
residence-permit-extension-step-person-help = Write your names exactly as they appear in your passport.
residence-permit-extension-person-familyName-label = Family name
residence-permit-extension-person-familyName-help = As in your passport. If you have more than one family name, write all of them.
residence-permit-extension-person-givenNames-label = Given names
residence-permit-extension-person-givenNames-help = All given names as in your passport. If your passport shows no given name, leave this empty.
residence-permit-extension-person-birthName-label = Name at birth
residence-permit-extension-person-birthName-help = Only if your family name was different when you were born, for example before a marriage.
residence-permit-extension-person-dateOfBirth-label = Date of birth
residence-permit-extension-person-placeOfBirth-label = Place of birth
residence-permit-extension-person-placeOfBirth-help = As in your passport.
residence-permit-extension-person-countryOfBirth-label = Country of birth
residence-permit-extension-person-countryOfBirth-help = The country where your place of birth is.
residence-permit-extension-person-countryOfBirth-error-not = Please choose a country.
residence-permit-extension-person-nationality-label = Nationality
residence-permit-extension-person-nationality-help = If you have more than one nationality, choose the one of your passport.
residence-permit-extension-person-sex-label = Sex as shown in your passport
residence-permit-extension-person-sex-help = Choose the letter shown in your passport: F, M or X.
residence-permit-extension-person-sex-option-F = F – female
residence-permit-extension-person-sex-option-M = M – male
residence-permit-extension-person-sex-option-X = X – unspecified
residence-permit-extension-person-maritalStatus-label = Marital status
residence-permit-extension-person-maritalStatus-option-single = single
residence-permit-extension-person-maritalStatus-option-married = married
residence-permit-extension-person-maritalStatus-option-civilPartnership = in a registered civil partnership
residence-permit-extension-person-maritalStatus-option-separated = separated
residence-permit-extension-person-maritalStatus-option-divorced = divorced
residence-permit-extension-person-maritalStatus-option-widowed = widowed

## Step: passport

residence-permit-extension-step-passport-title = Your passport
residence-permit-extension-step-passport-help = This means the document you travel with: your passport or a travel document.
residence-permit-extension-passport-documentType-label = Type of document
residence-permit-extension-passport-documentType-option-nationalPassport = passport of your country of origin
residence-permit-extension-passport-documentType-option-refugeeTravelDocument = refugee travel document
residence-permit-extension-passport-documentType-option-statelessTravelDocument = travel document for stateless persons
residence-permit-extension-passport-documentType-option-alienPassport = travel document for foreigners (Reiseausweis für Ausländer)
residence-permit-extension-passport-documentType-option-other = other document
residence-permit-extension-passport-number-label = Passport number
residence-permit-extension-passport-number-help = You find the number on the page with your photo, usually at the top right.
residence-permit-extension-passport-number-error-pattern = The passport number has 5 to 20 letters and digits. Please leave out spaces and hyphens.
residence-permit-extension-passport-issuingState-label = Issuing country
residence-permit-extension-passport-issuingState-help = The country that issued the document. If you have a travel document issued in Germany, choose Germany.
residence-permit-extension-passport-issuingState-error-not = Please choose the country that issued the document.
residence-permit-extension-passport-issuedOn-label = Date of issue
residence-permit-extension-passport-validUntil-label = Valid until
residence-permit-extension-passport-validUntil-help = Your passport must be valid. If it expires soon, please take care of a new one in good time.

## Step: current residence permit

residence-permit-extension-step-permit-title = Your current residence permit
residence-permit-extension-permit-documentType-label = What form does your residence permit have?
residence-permit-extension-permit-documentType-option-card = a card (electronic residence permit)
residence-permit-extension-permit-documentType-option-label = a sticker in my passport
residence-permit-extension-permit-documentType-option-fictionCertificate = a paper certificate (Fiktionsbescheinigung)
residence-permit-extension-permit-cardNumber-label = Card number
residence-permit-extension-permit-cardNumber-help = The card number is on the front of your card, at the top right. It has 9 characters: letters and digits.
residence-permit-extension-permit-cardNumber-error-pattern = The card number has exactly 9 characters: letters and digits, no spaces. It is on the front of the card, at the top right.
residence-permit-extension-permit-cardNumber-error-required = Please enter the card number. It is on the front of your card, at the top right.
residence-permit-extension-permit-validUntil-label = Valid until
residence-permit-extension-permit-validUntil-help = The date is on the front of the card or on the sticker.
residence-permit-extension-permit-legalBasis-label = Legal basis (if you know it)
residence-permit-extension-permit-legalBasis-help = For example “§ 18b Abs. 1 AufenthG”. It is on the card under “Anmerkungen” (remarks) or on the supplementary sheet. If you cannot find it, leave this empty.

## Step: address

residence-permit-extension-step-address-title = Your address
residence-permit-extension-info-address-district = We are responsible for you if you live in our district. Enter the address where you are registered. If you have moved to another town, the foreigners’ office there is responsible for you.
residence-permit-extension-address-street-label = Street
residence-permit-extension-address-houseNumber-label = House number
residence-permit-extension-address-addressSupplement-label = Additional address details
residence-permit-extension-address-addressSupplement-help = For example “c/o Müller” or “rear building”. Leave this empty if you do not need it.
residence-permit-extension-address-postcode-label = Postcode
residence-permit-extension-address-postcode-error-pattern = The postcode has exactly 5 digits, for example 10115.
residence-permit-extension-address-city-label = Town or city
residence-permit-extension-address-since-label = Registered at this address since
residence-permit-extension-address-since-help = The date is on your registration certificate (Meldebescheinigung).

## Step: contact

residence-permit-extension-step-contact-title = How we can reach you
residence-permit-extension-step-contact-help = Give at least an email address or a phone number. We contact you if documents are missing or when your card is ready for pickup.
residence-permit-extension-contact-email-label = Email address
residence-permit-extension-contact-email-help = For example name@example.com
residence-permit-extension-contact-phone-label = Phone number
residence-permit-extension-contact-phone-help = A mobile number is best, for example +49 151 12345678.
residence-permit-extension-contact-phone-error-pattern = Please enter digits only; it may start with +. For example +49 151 12345678.
residence-permit-extension-contact-phone-error-required = Please enter a phone number or an email address.

## Step: purpose of stay

residence-permit-extension-step-purpose-title = Purpose of your stay
residence-permit-extension-step-purpose-help = Why do you want to stay in Germany? Choose the main reason.
residence-permit-extension-stay-purpose-label = Why do you want to stay in Germany?
residence-permit-extension-stay-purpose-option-employment = work
residence-permit-extension-stay-purpose-option-study = studies
residence-permit-extension-stay-purpose-option-training = vocational training
residence-permit-extension-stay-purpose-option-family = family (family reunion)
residence-permit-extension-stay-purpose-option-humanitarian = protection or humanitarian reasons
residence-permit-extension-stay-purpose-option-other = another reason

residence-permit-extension-section-employment-title = Your work
residence-permit-extension-section-employer-title = Your employer
residence-permit-extension-employment-employer-name-label = Name of your employer (company)
residence-permit-extension-employment-employer-street-label = Street
residence-permit-extension-employment-employer-houseNumber-label = House number
residence-permit-extension-employment-employer-postcode-label = Postcode
residence-permit-extension-employment-employer-postcode-error-pattern = The postcode has exactly 5 digits, for example 10115.
residence-permit-extension-employment-employer-city-label = Town or city
residence-permit-extension-employment-occupation-label = Your job
residence-permit-extension-employment-occupation-help = What you do at work, for example “nurse” or “software developer”.
residence-permit-extension-employment-since-label = Employed since
residence-permit-extension-employment-hoursPerWeek-label = Working hours per week
residence-permit-extension-employment-hoursPerWeek-help = As stated in your employment contract.
residence-permit-extension-employment-limited-label = Is your employment contract for a fixed term?
residence-permit-extension-employment-until-label = Fixed term until

residence-permit-extension-section-study-title = Your studies
residence-permit-extension-study-university-label = University
residence-permit-extension-study-university-help = For example “Technische Universität Berlin”.
residence-permit-extension-study-subject-label = Subject
residence-permit-extension-study-degree-label = Degree you are studying for
residence-permit-extension-study-degree-option-bachelor = Bachelor
residence-permit-extension-study-degree-option-master = Master
residence-permit-extension-study-degree-option-stateExamination = State examination (Staatsexamen)
residence-permit-extension-study-degree-option-doctorate = Doctorate (PhD)
residence-permit-extension-study-degree-option-preparatoryCourse = Preparatory college (Studienkolleg) or preparatory language course
residence-permit-extension-study-degree-option-other = another degree
residence-permit-extension-study-expectedEnd-label = Expected end of your studies
residence-permit-extension-study-expectedEnd-help = If you do not know the exact date, use the end of your last planned semester.

residence-permit-extension-section-training-title = Your vocational training
residence-permit-extension-training-company-label = Training company
residence-permit-extension-training-occupation-label = Occupation you are training for
residence-permit-extension-training-start-label = Start of training
residence-permit-extension-training-end-label = End of training
residence-permit-extension-training-end-help = As stated in your training contract.

residence-permit-extension-section-family-title = Your family in Germany
residence-permit-extension-section-family-help = Tell us about the family member you live in Germany with.
residence-permit-extension-family-relation-label = Who is this person to you?
residence-permit-extension-family-relation-option-spouse = my wife or husband
residence-permit-extension-family-relation-option-civilPartner = my registered civil partner
residence-permit-extension-family-relation-option-child = my child
residence-permit-extension-family-relation-option-parent = my mother or father
residence-permit-extension-family-relation-option-other = another relationship
residence-permit-extension-section-family-member-title = Your family member
residence-permit-extension-family-member-familyName-label = Family name
residence-permit-extension-family-member-givenNames-label = Given names
residence-permit-extension-family-member-dateOfBirth-label = Date of birth
residence-permit-extension-family-member-nationality-label = Nationality
residence-permit-extension-family-member-residenceStatus-label = This person’s residence status
residence-permit-extension-family-member-residenceStatus-option-german = German citizen
residence-permit-extension-family-member-residenceStatus-option-euCitizen = citizen of another EU country
residence-permit-extension-family-member-residenceStatus-option-settlementPermit = has a settlement permit or an EU long-term residence permit
residence-permit-extension-family-member-residenceStatus-option-residencePermit = has a residence permit
residence-permit-extension-family-member-residenceStatus-option-blueCard = has an EU Blue Card
residence-permit-extension-family-member-residenceStatus-option-other = another status

residence-permit-extension-section-humanitarian-title = Protection and humanitarian reasons
residence-permit-extension-humanitarian-legalBasis-label = On what grounds do you hold your residence permit?
residence-permit-extension-humanitarian-legalBasis-help = You find this on your card under “Anmerkungen” (remarks) or in the decision of the Federal Office for Migration and Refugees (BAMF).
residence-permit-extension-humanitarian-legalBasis-option-asylum = entitlement to asylum (§ 25 Abs. 1 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-refugee = refugee status (§ 25 Abs. 2 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-subsidiaryProtection = subsidiary protection (§ 25 Abs. 2 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-deportationBan = ban on deportation (§ 25 Abs. 3 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-admission = admission from abroad (§ 22 or § 23 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-temporaryProtection = temporary protection, for example for people from Ukraine (§ 24 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-integration = well-integrated young people or adults (§ 25a or § 25b AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-departureImpossible = departure not possible (§ 25 Abs. 5 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-other = other grounds
residence-permit-extension-humanitarian-otherBasis-label = Which grounds?
residence-permit-extension-humanitarian-otherBasis-help = For example the legal basis printed on your card.
residence-permit-extension-humanitarian-bamfFileNumber-label = BAMF file number (if you have one)
residence-permit-extension-humanitarian-bamfFileNumber-help = The file number is at the top of letters from the BAMF, for example 1234567-423. If you have none, leave this empty.
residence-permit-extension-humanitarian-bamfFileNumber-error-pattern = The file number consists of digits, often with a hyphen, for example 1234567-423.

residence-permit-extension-section-other-title = Another reason
residence-permit-extension-other-description-label = Please describe the reason for your stay
residence-permit-extension-other-description-help = For example: self-employment, research or a language course. If you know the legal basis on your card, please add it.

## Step: income

residence-permit-extension-step-income-title = Your income
residence-permit-extension-step-income-help = We check whether you can support yourself.
residence-permit-extension-income-source-label = Where does most of your income come from?
residence-permit-extension-income-source-option-employment = from employment
residence-permit-extension-income-source-option-selfEmployment = from self-employment
residence-permit-extension-income-source-option-training = from a training allowance
residence-permit-extension-income-source-option-scholarship = from a scholarship
residence-permit-extension-income-source-option-blockedAccount = from a blocked account
residence-permit-extension-income-source-option-family = from support by family members
residence-permit-extension-income-source-option-pension = from a pension
residence-permit-extension-income-source-option-other = from another source
residence-permit-extension-income-monthlyNet-label = Monthly net income in euros
residence-permit-extension-income-monthlyNet-help = The amount paid out to you each month, without cents. If it varies: the average of the last three months.
residence-permit-extension-income-monthlyNet-error-type = Please enter a whole number without dots or commas, for example 1850.
residence-permit-extension-income-publicBenefits-label = Do you or anyone in your household receive citizen’s income (Bürgergeld, basic income support), social assistance or benefits under the Asylum Seekers’ Benefits Act?
residence-permit-extension-income-publicBenefits-help = Answering yes does not automatically mean that we refuse your application.

## Step: health insurance

residence-permit-extension-step-insurance-title = Your health insurance
residence-permit-extension-insurance-insurer-label = Name of your health insurance
residence-permit-extension-insurance-insurer-help = The name is on your health insurance card, for example “AOK” or “Techniker Krankenkasse”.
residence-permit-extension-insurance-type-label = How are you insured?
residence-permit-extension-insurance-type-option-statutory = statutory health insurance
residence-permit-extension-insurance-type-option-private = private health insurance
residence-permit-extension-insurance-since-label = Insured since

## Step: household

residence-permit-extension-step-household-title = People in your household
residence-permit-extension-info-household-intro = Add everyone who lives with you, for example your wife or husband and your children. If you live alone, simply go on.
residence-permit-extension-household-label = People who live with you
residence-permit-extension-household-entry = Person { $number }
residence-permit-extension-household-familyName-label = Family name
residence-permit-extension-household-givenNames-label = Given names
residence-permit-extension-household-dateOfBirth-label = Date of birth
residence-permit-extension-household-relation-label = Who is this person to you?
residence-permit-extension-household-relation-option-spouse = wife or husband
residence-permit-extension-household-relation-option-civilPartner = registered civil partner
residence-permit-extension-household-relation-option-child = child
residence-permit-extension-household-relation-option-parent = mother or father
residence-permit-extension-household-relation-option-sibling = sister or brother
residence-permit-extension-household-relation-option-other = another person
residence-permit-extension-household-nationality-label = Nationality

## Step: criminal record

residence-permit-extension-step-criminal-record-title = Questions about criminal offences
residence-permit-extension-step-criminal-record-help = Please answer these questions honestly. False statements can be a criminal offence.
residence-permit-extension-criminalRecord-convicted-label = Have you ever been convicted of a criminal offence in Germany or in another country?
residence-permit-extension-criminalRecord-convicted-help = This includes fines and convictions abroad.
residence-permit-extension-criminalRecord-investigation-label = Are the police or the public prosecutor currently investigating you, or are criminal proceedings under way against you?
residence-permit-extension-criminalRecord-details-label = Details
residence-permit-extension-criminalRecord-details-help = For each conviction and each proceeding, give the date, the court or authority with its file number, the charge and the sentence.

## Step: photo

residence-permit-extension-step-photo-title = Your biometric photo
residence-permit-extension-info-photo-intro = For your new card we need a biometric photo. Since May 2025 we may no longer accept paper photos. You have two options: a certified photo studio takes the photo and sends it to us securely; the studio gives you a printout with a code. Or we take the photo at your appointment at the foreigners’ office.
residence-permit-extension-photo-method-label = How do we get your photo?
residence-permit-extension-photo-method-option-photographerCode = I have a code from a photo studio.
residence-permit-extension-photo-method-option-atOffice = Please take the photo at my appointment at the foreigners’ office.
residence-permit-extension-photo-code-label = Code from the photo studio
residence-permit-extension-photo-code-help = Copy the code printed on the sheet you got from the photo studio.
residence-permit-extension-photo-code-error-pattern = The code consists of letters and digits. Please check what you entered.
residence-permit-extension-photo-code-error-required = Please enter the code from the photo studio, or choose above that we take the photo at the office.
residence-permit-extension-attachment-photo-code-sheet-label = Printout from the photo studio (optional)
residence-permit-extension-attachment-photo-code-sheet-help = A photo of the whole printout with the code. Then we can read the code even if a mistake happened when you copied it.
residence-permit-extension-info-photo-fingerprints = For the new card we usually also need your fingerprints and your signature. We will invite you to an appointment for this.

## Step: documents

residence-permit-extension-step-documents-title = Your documents
residence-permit-extension-info-documents-intro = Upload your documents here, as photos (JPG or PNG) or as PDF files. Make sure everything is easy to read: the whole page, good light, not blurred. For certificates that are not in German we usually need a German translation. Upload the translation together with the certificate.
residence-permit-extension-attachment-passport-label = Passport or travel document
residence-permit-extension-attachment-passport-help = The page with your photo and every page with visas or stamps from Germany.
residence-permit-extension-attachment-permit-label = Current residence permit
residence-permit-extension-attachment-permit-help = The front and back of your card. For a sticker: the page of your passport with the sticker.
residence-permit-extension-attachment-registration-label = Registration certificate or landlord’s confirmation
residence-permit-extension-attachment-registration-help = You get the registration certificate (Meldebescheinigung) from the citizens’ office (Bürgeramt). If you have just moved, your landlord’s confirmation (Wohnungsgeberbestätigung) is enough.
residence-permit-extension-attachment-income-proof-label = Proof of income
residence-permit-extension-attachment-income-proof-help = For example your last three payslips, the confirmation of your scholarship, a current statement of your blocked account or your benefit notice.
residence-permit-extension-attachment-health-insurance-label = Proof of health insurance
residence-permit-extension-attachment-health-insurance-help = A current certificate from your health insurance, for example the certificate of membership.
residence-permit-extension-attachment-employment-contract-label = Employment contract
residence-permit-extension-attachment-employment-contract-help = Your current employment contract, all pages. If your employer has filled in a “declaration of employment” (Erklärung zum Beschäftigungsverhältnis), upload it here too.
residence-permit-extension-attachment-enrolment-certificate-label = Certificate of enrolment
residence-permit-extension-attachment-enrolment-certificate-help = The certificate for the current semester.
residence-permit-extension-attachment-training-contract-label = Training contract
residence-permit-extension-attachment-training-contract-help = Your training contract, all pages.
residence-permit-extension-attachment-family-certificates-label = Marriage certificate or birth certificate
residence-permit-extension-attachment-family-certificates-help = The certificate that shows you are married to or related to the person. If it is not in German, upload the translation too.
residence-permit-extension-attachment-family-member-id-label = ID or residence permit of your family member
residence-permit-extension-attachment-family-member-id-help = The front and back of the person’s identity card, passport or residence permit.
residence-permit-extension-attachment-bamf-decision-label = BAMF decision (if you have one)
residence-permit-extension-attachment-bamf-decision-help = The decision of the Federal Office for Migration and Refugees on your protection.
residence-permit-extension-attachment-other-documents-label = Other documents (optional)
residence-permit-extension-attachment-other-documents-help = Anything else that may matter for your application.

## Step: declarations

residence-permit-extension-step-declarations-title = Declarations and submission
residence-permit-extension-info-declarations-privacy = Data protection: we process your details to decide on your application. The legal basis is section 86 of the Residence Act and Article 6 (1) (e) of the General Data Protection Regulation. Your details and documents are encrypted in your browser before they are sent. Only the foreigners’ office can read them. Our privacy notice tells you more.
residence-permit-extension-declarations-truthfulness-label = I confirm that my details are correct and complete. I know that false or incomplete statements can be a criminal offence and can lead to the loss of my residence permit.
residence-permit-extension-declarations-truthfulness-error-const = Please confirm this declaration. We cannot process your application without it.
residence-permit-extension-declarations-truthfulness-error-required = Please confirm this declaration. We cannot process your application without it.
residence-permit-extension-declarations-dataProtection-label = I have read the information on data protection.
residence-permit-extension-declarations-dataProtection-error-const = Please confirm that you have read the information on data protection.
residence-permit-extension-declarations-dataProtection-error-required = Please confirm that you have read the information on data protection.
residence-permit-extension-info-declarations-receipt = After you submit, you immediately get a confirmation of receipt with a reference number. Save or print it. You can also use it to check how far your application has got.
