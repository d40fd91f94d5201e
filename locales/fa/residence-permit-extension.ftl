# Pforte – متن‌های فرم درخواست تمدید اجازه اقامت.
# Reviewed by a native speaker: no

## فرم

residence-permit-extension-title = درخواست تمدید اجازه اقامت
residence-permit-extension-description = با این درخواست، اجازه اقامت (Aufenthaltserlaubnis) خود را در اداره اتباع خارجی (Ausländerbehörde) تمدید می‌کنید. پر کردن آن حدود ۲۰ دقیقه طول می‌کشد.

## مرحله: پیش از شروع

residence-permit-extension-step-start-title = پیش از شروع
residence-permit-extension-info-start-intro = در اینجا می‌توانید تمدید اجازه اقامت خود را به‌صورت آنلاین درخواست کنید. اطلاعاتی که وارد می‌کنید به‌طور موقت در همین دستگاه ذخیره می‌شود. بنابراین می‌توانید وقفه‌ای بدهید و بعداً ادامه دهید.
residence-permit-extension-info-start-deadline = مهم: درخواست را پیش از پایان اعتبار اجازه اقامت فعلی خود ثبت کنید؛ بهتر است ۶ تا ۸ هفته زودتر. در این صورت اجازه اقامت شما تا زمانی که درباره درخواستتان تصمیم بگیریم معتبر می‌ماند (§ 81 Abs. 4 AufenthG، قانون اقامت). پس از ارسال، یک رسید دریافت می‌کنید. این رسید نشان می‌دهد که درخواست شما چه زمانی به دست ما رسیده است. آن را به‌خوبی نگه دارید.
residence-permit-extension-info-start-documents = لطفاً این مدارک را آماده کنید: پاسپورت، اجازه اقامت، مدارک درآمد (مثلاً سه فیش حقوقی آخر)، گواهی بیمه درمانی و گواهی ثبت محل سکونت (Meldebescheinigung). می‌توانید با تلفن همراه از مدارک عکس بگیرید.

## مرحله: مشخصات فردی

residence-permit-extension-step-person-title = مشخصات شما
residence-permit-extension-step-person-help = نام و نام خانوادگی خود را دقیقاً همان‌طور بنویسید که در پاسپورتتان آمده است.
residence-permit-extension-person-familyName-label = نام خانوادگی
residence-permit-extension-person-familyName-help = همان‌طور که در پاسپورت شما آمده است. اگر چند نام خانوادگی دارید، همه را بنویسید.
residence-permit-extension-person-givenNames-label = نام (نام‌ها)
residence-permit-extension-person-givenNames-help = همه نام‌ها، همان‌طور که در پاسپورت شما آمده است. اگر در پاسپورت شما نامی نوشته نشده است، این قسمت را خالی بگذارید.
residence-permit-extension-person-birthName-label = نام خانوادگی هنگام تولد
residence-permit-extension-person-birthName-help = فقط اگر نام خانوادگی شما هنگام تولد متفاوت بوده است پر کنید، مثلاً پیش از ازدواج.
residence-permit-extension-person-dateOfBirth-label = تاریخ تولد
residence-permit-extension-person-placeOfBirth-label = محل تولد
residence-permit-extension-person-placeOfBirth-help = همان‌طور که در پاسپورت شما آمده است.
residence-permit-extension-person-countryOfBirth-label = کشور محل تولد
residence-permit-extension-person-countryOfBirth-help = کشوری که محل تولد شما در آن قرار دارد.
residence-permit-extension-person-countryOfBirth-error-not = لطفاً یک کشور انتخاب کنید.
residence-permit-extension-person-nationality-label = تابعیت
residence-permit-extension-person-nationality-help = اگر چند تابعیت دارید، تابعیتی را انتخاب کنید که در پاسپورتتان آمده است.
residence-permit-extension-person-sex-label = جنسیت طبق پاسپورت
residence-permit-extension-person-sex-help = حرفی را انتخاب کنید که در پاسپورت شما آمده است: F، M یا X.
residence-permit-extension-person-sex-option-F = F – زن
residence-permit-extension-person-sex-option-M = M – مرد
residence-permit-extension-person-sex-option-X = X – نامشخص
residence-permit-extension-person-maritalStatus-label = وضعیت تأهل
residence-permit-extension-person-maritalStatus-option-single = مجرد
residence-permit-extension-person-maritalStatus-option-married = متأهل
residence-permit-extension-person-maritalStatus-option-civilPartnership = در شراکت زندگی ثبت‌شده
residence-permit-extension-person-maritalStatus-option-separated = جدا از همسر زندگی می‌کنم
residence-permit-extension-person-maritalStatus-option-divorced = طلاق‌گرفته
residence-permit-extension-person-maritalStatus-option-widowed = همسر فوت‌شده (بیوه)

## مرحله: پاسپورت

residence-permit-extension-step-passport-title = پاسپورت شما
residence-permit-extension-step-passport-help = منظور مدرکی است که با آن سفر می‌کنید: پاسپورت یا سند مسافرتی.
residence-permit-extension-passport-documentType-label = نوع مدرک
residence-permit-extension-passport-documentType-option-nationalPassport = پاسپورت کشور مبدأ شما
residence-permit-extension-passport-documentType-option-refugeeTravelDocument = سند مسافرتی پناهندگان
residence-permit-extension-passport-documentType-option-statelessTravelDocument = سند مسافرتی افراد بدون تابعیت
residence-permit-extension-passport-documentType-option-alienPassport = سند مسافرتی اتباع خارجی (Reiseausweis für Ausländer)
residence-permit-extension-passport-documentType-option-other = مدرک دیگر
residence-permit-extension-passport-number-label = شماره پاسپورت
residence-permit-extension-passport-number-help = شماره در صفحه‌ای که عکس شما در آن است نوشته شده است، معمولاً بالا سمت راست.
residence-permit-extension-passport-number-error-pattern = شماره پاسپورت از ۵ تا ۲۰ حرف و رقم تشکیل شده است. لطفاً آن را بدون فاصله و بدون خط تیره بنویسید.
residence-permit-extension-passport-issuingState-label = کشور صادرکننده
residence-permit-extension-passport-issuingState-help = کشوری که مدرک را صادر کرده است. اگر سند مسافرتی شما در آلمان صادر شده است، آلمان را انتخاب کنید.
residence-permit-extension-passport-issuingState-error-not = لطفاً کشوری را انتخاب کنید که مدرک را صادر کرده است.
residence-permit-extension-passport-issuedOn-label = تاریخ صدور
residence-permit-extension-passport-validUntil-label = معتبر تا
residence-permit-extension-passport-validUntil-help = پاسپورت شما باید معتبر باشد. اگر اعتبار آن به‌زودی تمام می‌شود، لطفاً به‌موقع برای گرفتن پاسپورت جدید اقدام کنید.

## مرحله: اجازه اقامت فعلی

residence-permit-extension-step-permit-title = اجازه اقامت فعلی شما
residence-permit-extension-permit-documentType-label = اجازه اقامت شما به چه شکلی است؟
residence-permit-extension-permit-documentType-option-card = کارت (کارت اقامت الکترونیکی)
residence-permit-extension-permit-documentType-option-label = برچسب در پاسپورتم
residence-permit-extension-permit-documentType-option-fictionCertificate = گواهی موقت کاغذی (Fiktionsbescheinigung)
residence-permit-extension-permit-cardNumber-label = شماره کارت
residence-permit-extension-permit-cardNumber-help = شماره کارت در روی کارت (سمت جلو)، بالا سمت راست، نوشته شده است. این شماره ۹ نویسه دارد: حروف و ارقام.
residence-permit-extension-permit-cardNumber-error-pattern = شماره کارت دقیقاً ۹ نویسه دارد: حروف و ارقام، بدون فاصله. این شماره در روی کارت (سمت جلو)، بالا سمت راست، نوشته شده است.
residence-permit-extension-permit-cardNumber-error-required = لطفاً شماره کارت را وارد کنید. این شماره در روی کارت شما (سمت جلو)، بالا سمت راست، نوشته شده است.
residence-permit-extension-permit-validUntil-label = معتبر تا
residence-permit-extension-permit-validUntil-help = تاریخ در روی کارت (سمت جلو) یا روی برچسب نوشته شده است.
residence-permit-extension-permit-legalBasis-label = مبنای قانونی (اگر می‌دانید)
residence-permit-extension-permit-legalBasis-help = مثلاً «§ 18b Abs. 1 AufenthG». این مورد روی کارت زیر «Anmerkungen» (توضیحات) یا در برگه ضمیمه نوشته شده است. اگر آن را پیدا نمی‌کنید، این قسمت را خالی بگذارید.

## مرحله: نشانی

residence-permit-extension-step-address-title = نشانی شما
residence-permit-extension-info-address-district = اگر در حوزه ما زندگی می‌کنید، رسیدگی به پرونده شما با ماست. نشانی‌ای را وارد کنید که محل سکونت شما در آن ثبت شده است. اگر به شهر دیگری نقل مکان کرده‌اید، اداره اتباع خارجی محل سکونت جدیدتان به پرونده شما رسیدگی می‌کند.
residence-permit-extension-address-street-label = خیابان
residence-permit-extension-address-houseNumber-label = پلاک
residence-permit-extension-address-addressSupplement-label = توضیح تکمیلی نشانی
residence-permit-extension-address-addressSupplement-help = مثلاً «bei Müller» (منزل مولر) یا «Hinterhaus» (ساختمان پشتی). اگر به توضیح تکمیلی نیاز ندارید، این قسمت را خالی بگذارید.
residence-permit-extension-address-postcode-label = کد پستی
residence-permit-extension-address-postcode-error-pattern = کد پستی دقیقاً ۵ رقم دارد، مثلاً 10115.
residence-permit-extension-address-city-label = شهر
residence-permit-extension-address-since-label = تاریخ ثبت در این نشانی
residence-permit-extension-address-since-help = این تاریخ در گواهی ثبت محل سکونت شما (Meldebescheinigung) آمده است.

## مرحله: تماس

residence-permit-extension-step-contact-title = راه تماس با شما
residence-permit-extension-step-contact-help = دست‌کم یک نشانی ایمیل یا یک شماره تلفن وارد کنید. اگر مدارکی کم باشد یا کارت شما آماده تحویل باشد، با شما تماس می‌گیریم.
residence-permit-extension-contact-email-label = نشانی ایمیل
residence-permit-extension-contact-email-help = مثلاً name@beispiel.de
residence-permit-extension-contact-phone-label = شماره تلفن
residence-permit-extension-contact-phone-help = بهتر است شماره تلفن همراه باشد، مثلاً +49 151 12345678.
residence-permit-extension-contact-phone-error-pattern = لطفاً فقط رقم وارد کنید. در ابتدا می‌توان + گذاشت، مثلاً +49 151 12345678.
residence-permit-extension-contact-phone-error-required = لطفاً یک شماره تلفن یا یک نشانی ایمیل وارد کنید.

## مرحله: هدف اقامت

residence-permit-extension-step-purpose-title = هدف اقامت شما
residence-permit-extension-step-purpose-help = چرا می‌خواهید همچنان در آلمان بمانید؟ مهم‌ترین دلیل را انتخاب کنید.
residence-permit-extension-stay-purpose-label = چرا می‌خواهید در آلمان بمانید؟
residence-permit-extension-stay-purpose-option-employment = کار
residence-permit-extension-stay-purpose-option-study = تحصیل دانشگاهی
residence-permit-extension-stay-purpose-option-training = آموزش حرفه‌ای
residence-permit-extension-stay-purpose-option-family = خانواده (پیوستن به خانواده)
residence-permit-extension-stay-purpose-option-humanitarian = حمایت یا دلایل بشردوستانه
residence-permit-extension-stay-purpose-option-other = دلیل دیگر

residence-permit-extension-section-employment-title = کار شما
residence-permit-extension-section-employer-title = کارفرمای شما
residence-permit-extension-employment-employer-name-label = نام کارفرما (شرکت)
residence-permit-extension-employment-employer-street-label = خیابان
residence-permit-extension-employment-employer-houseNumber-label = پلاک
residence-permit-extension-employment-employer-postcode-label = کد پستی
residence-permit-extension-employment-employer-postcode-error-pattern = کد پستی دقیقاً ۵ رقم دارد، مثلاً 10115.
residence-permit-extension-employment-employer-city-label = شهر
residence-permit-extension-employment-occupation-label = شغل شما
residence-permit-extension-employment-occupation-help = کاری که در محل کار انجام می‌دهید، مثلاً «پرستار» یا «برنامه‌نویس نرم‌افزار».
residence-permit-extension-employment-since-label = تاریخ شروع کار
residence-permit-extension-employment-hoursPerWeek-label = ساعت کار در هفته
residence-permit-extension-employment-hoursPerWeek-help = همان‌طور که در قرارداد کار شما آمده است.
residence-permit-extension-employment-limited-label = آیا قرارداد کار شما مدت‌دار است؟
residence-permit-extension-employment-until-label = تاریخ پایان قرارداد

residence-permit-extension-section-study-title = تحصیل شما
residence-permit-extension-study-university-label = دانشگاه یا مؤسسه آموزش عالی
residence-permit-extension-study-university-help = مثلاً «Technische Universität Berlin».
residence-permit-extension-study-subject-label = رشته تحصیلی
residence-permit-extension-study-degree-label = مدرکی که برای آن تحصیل می‌کنید
residence-permit-extension-study-degree-option-bachelor = کارشناسی (Bachelor)
residence-permit-extension-study-degree-option-master = کارشناسی ارشد (Master)
residence-permit-extension-study-degree-option-stateExamination = آزمون دولتی (Staatsexamen)
residence-permit-extension-study-degree-option-doctorate = دکترا
residence-permit-extension-study-degree-option-preparatoryCourse = کالج پیش‌دانشگاهی (Studienkolleg) یا دوره زبان برای آمادگی تحصیل
residence-permit-extension-study-degree-option-other = مدرک دیگر
residence-permit-extension-study-expectedEnd-label = زمان احتمالی پایان تحصیل
residence-permit-extension-study-expectedEnd-help = اگر تاریخ دقیق را نمی‌دانید، پایان آخرین نیم‌سال برنامه‌ریزی‌شده را وارد کنید.

residence-permit-extension-section-training-title = آموزش حرفه‌ای شما
residence-permit-extension-training-company-label = محل آموزش (شرکت)
residence-permit-extension-training-occupation-label = حرفه‌ای که آموزش آن را می‌بینید
residence-permit-extension-training-start-label = شروع آموزش
residence-permit-extension-training-end-label = پایان آموزش
residence-permit-extension-training-end-help = همان‌طور که در قرارداد آموزش حرفه‌ای شما آمده است.

residence-permit-extension-section-family-title = خانواده شما در آلمان
residence-permit-extension-section-family-help = اطلاعات عضو خانواده‌ای را وارد کنید که با او در آلمان زندگی می‌کنید.
residence-permit-extension-family-relation-label = این شخص چه نسبتی با شما دارد؟
residence-permit-extension-family-relation-option-spouse = همسرم (زن یا شوهرم)
residence-permit-extension-family-relation-option-civilPartner = شریک زندگی ثبت‌شده‌ام
residence-permit-extension-family-relation-option-child = فرزندم
residence-permit-extension-family-relation-option-parent = مادرم یا پدرم
residence-permit-extension-family-relation-option-other = نسبت دیگر
residence-permit-extension-section-family-member-title = عضو خانواده شما
residence-permit-extension-family-member-familyName-label = نام خانوادگی
residence-permit-extension-family-member-givenNames-label = نام (نام‌ها)
residence-permit-extension-family-member-dateOfBirth-label = تاریخ تولد
residence-permit-extension-family-member-nationality-label = تابعیت
residence-permit-extension-family-member-residenceStatus-label = وضعیت اقامتی این شخص
residence-permit-extension-family-member-residenceStatus-option-german = تابعیت آلمان دارد
residence-permit-extension-family-member-residenceStatus-option-euCitizen = تابعیت یکی دیگر از کشورهای اتحادیه اروپا را دارد
residence-permit-extension-family-member-residenceStatus-option-settlementPermit = اجازه اقامت دائم (Niederlassungserlaubnis) یا اجازه اقامت بلندمدت اتحادیه اروپا (Daueraufenthalt-EU) دارد
residence-permit-extension-family-member-residenceStatus-option-residencePermit = اجازه اقامت (Aufenthaltserlaubnis) دارد
residence-permit-extension-family-member-residenceStatus-option-blueCard = کارت آبی اتحادیه اروپا (Blaue Karte EU) دارد
residence-permit-extension-family-member-residenceStatus-option-other = وضعیت دیگر

residence-permit-extension-section-humanitarian-title = حمایت و دلایل بشردوستانه
residence-permit-extension-humanitarian-legalBasis-label = اجازه اقامت شما بر چه اساسی صادر شده است؟
residence-permit-extension-humanitarian-legalBasis-help = این اطلاعات را روی کارت خود زیر «Anmerkungen» (توضیحات) یا در تصمیم‌نامه اداره فدرال مهاجرت و پناهندگان (BAMF) پیدا می‌کنید.
residence-permit-extension-humanitarian-legalBasis-option-asylum = حق پناهندگی (§ 25 Abs. 1 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-refugee = وضعیت پناهنده (§ 25 Abs. 2 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-subsidiaryProtection = حمایت تکمیلی (§ 25 Abs. 2 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-deportationBan = ممنوعیت اخراج (§ 25 Abs. 3 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-admission = پذیرش از خارج از کشور (§ 22 یا § 23 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-temporaryProtection = حمایت موقت، مثلاً برای افراد اهل اوکراین (§ 24 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-integration = نوجوانان یا بزرگسالانی که به‌خوبی در جامعه جا افتاده‌اند (§ 25a یا § 25b AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-departureImpossible = خروج از کشور ممکن نیست (§ 25 Abs. 5 AufenthG)
residence-permit-extension-humanitarian-legalBasis-option-other = دلیل دیگر
residence-permit-extension-humanitarian-otherBasis-label = چه دلیلی؟
residence-permit-extension-humanitarian-otherBasis-help = مثلاً مبنای قانونی که روی کارت شما نوشته شده است.
residence-permit-extension-humanitarian-bamfFileNumber-label = شماره پرونده نزد BAMF (اگر دارید)
residence-permit-extension-humanitarian-bamfFileNumber-help = شماره پرونده در بالای نامه‌های BAMF آمده است، مثلاً 1234567-423. اگر شماره پرونده ندارید، این قسمت را خالی بگذارید.
residence-permit-extension-humanitarian-bamfFileNumber-error-pattern = شماره پرونده از رقم تشکیل شده است، اغلب با یک خط تیره، مثلاً 1234567-423.

residence-permit-extension-section-other-title = دلیل دیگر
residence-permit-extension-other-description-label = لطفاً دلیل اقامت خود را شرح دهید
residence-permit-extension-other-description-help = مثلاً: کار آزاد (خوداشتغالی)، پژوهش یا کلاس زبان. اگر مبنای قانونی روی کارت خود را می‌دانید، آن را هم بنویسید.

## مرحله: درآمد

residence-permit-extension-step-income-title = درآمد شما
residence-permit-extension-step-income-help = بررسی می‌کنیم که آیا می‌توانید هزینه زندگی خود را خودتان تأمین کنید.
residence-permit-extension-income-source-label = درآمد شما بیشتر از کجا تأمین می‌شود؟
residence-permit-extension-income-source-option-employment = از کار به‌عنوان کارمند یا کارگر (حقوق‌بگیر)
residence-permit-extension-income-source-option-selfEmployment = از کار آزاد (خوداشتغالی)
residence-permit-extension-income-source-option-training = از حقوق دوره آموزش حرفه‌ای
residence-permit-extension-income-source-option-scholarship = از بورس تحصیلی
residence-permit-extension-income-source-option-blockedAccount = از حساب مسدود (Sperrkonto)
residence-permit-extension-income-source-option-family = از کمک‌هزینه اعضای خانواده (نفقه)
residence-permit-extension-income-source-option-pension = از حقوق بازنشستگی
residence-permit-extension-income-source-option-other = از منبع دیگر
residence-permit-extension-income-monthlyNet-label = درآمد خالص ماهانه به یورو
residence-permit-extension-income-monthlyNet-help = مبلغی که هر ماه به شما پرداخت می‌شود، بدون سِنت. اگر مبلغ تغییر می‌کند: میانگین سه ماه گذشته.
residence-permit-extension-income-monthlyNet-error-type = لطفاً یک عدد صحیح بدون نقطه و بدون ویرگول وارد کنید، مثلاً 1850.
residence-permit-extension-income-publicBenefits-label = آیا شما یا یکی از افراد خانوار شما کمک‌هزینه شهروندی (Bürgergeld، تأمین معاش پایه)، کمک اجتماعی یا مزایای قانون مزایای پناه‌جویان (AsylbLG) دریافت می‌کنید؟
residence-permit-extension-income-publicBenefits-help = پاسخ «بله» به این معنا نیست که درخواست شما خودبه‌خود رد می‌شود.

## مرحله: بیمه درمانی

residence-permit-extension-step-insurance-title = بیمه درمانی شما
residence-permit-extension-insurance-insurer-label = نام بیمه درمانی شما
residence-permit-extension-insurance-insurer-help = نام روی کارت بیمه شما نوشته شده است، مثلاً «AOK» یا «Techniker Krankenkasse».
residence-permit-extension-insurance-type-label = چه نوع بیمه‌ای دارید؟
residence-permit-extension-insurance-type-option-statutory = بیمه درمانی قانونی (دولتی)
residence-permit-extension-insurance-type-option-private = بیمه درمانی خصوصی
residence-permit-extension-insurance-since-label = تاریخ شروع بیمه

## مرحله: خانوار

residence-permit-extension-step-household-title = افراد خانوار شما
residence-permit-extension-info-household-intro = همه افرادی را که با شما زندگی می‌کنند وارد کنید، مثلاً همسر و فرزندانتان. اگر تنها زندگی می‌کنید، به مرحله بعد بروید.
residence-permit-extension-household-label = افرادی که با شما زندگی می‌کنند
residence-permit-extension-household-entry = شخص { $number }
residence-permit-extension-household-familyName-label = نام خانوادگی
residence-permit-extension-household-givenNames-label = نام (نام‌ها)
residence-permit-extension-household-dateOfBirth-label = تاریخ تولد
residence-permit-extension-household-relation-label = این شخص چه نسبتی با شما دارد؟
residence-permit-extension-household-relation-option-spouse = همسر (زن یا شوهر)
residence-permit-extension-household-relation-option-civilPartner = شریک زندگی ثبت‌شده
residence-permit-extension-household-relation-option-child = فرزند
residence-permit-extension-household-relation-option-parent = مادر یا پدر
residence-permit-extension-household-relation-option-sibling = خواهر یا برادر
residence-permit-extension-household-relation-option-other = شخص دیگر
residence-permit-extension-household-nationality-label = تابعیت

## مرحله: جرائم

residence-permit-extension-step-criminal-record-title = پرسش‌هایی درباره جرائم
residence-permit-extension-step-criminal-record-help = لطفاً صادقانه به پرسش‌ها پاسخ دهید. ارائه اطلاعات نادرست ممکن است جرم باشد.
residence-permit-extension-criminalRecord-convicted-label = آیا در آلمان یا کشور دیگری به دلیل ارتکاب جرم محکوم شده‌اید؟
residence-permit-extension-criminalRecord-convicted-help = جریمه‌های نقدی و محکومیت‌ها در خارج از کشور هم جزو این موارد هستند.
residence-permit-extension-criminalRecord-investigation-label = آیا در حال حاضر پلیس یا دادستانی درباره شما تحقیق می‌کند، یا پرونده کیفری علیه شما در جریان است؟
residence-permit-extension-criminalRecord-details-label = جزئیات
residence-permit-extension-criminalRecord-details-help = برای هر محکومیت و هر پرونده بنویسید: تاریخ، دادگاه یا اداره همراه با شماره پرونده، اتهام و مجازات.

## مرحله: عکس

residence-permit-extension-step-photo-title = عکس بیومتریک شما
residence-permit-extension-info-photo-intro = برای کارت جدید شما به یک عکس بیومتریک نیاز داریم. از ماه مه ۲۰۲۵ دیگر اجازه نداریم عکس کاغذی بپذیریم. دو راه دارید: یک عکاسی دارای مجوز عکس را می‌گیرد و آن را به‌صورت امن برای ما می‌فرستد. عکاسی یک برگه چاپی با یک کد به شما می‌دهد. یا ما در وقت ملاقات شما در اداره اتباع خارجی از شما عکس می‌گیریم.
residence-permit-extension-photo-method-label = عکس شما چگونه به دست ما می‌رسد؟
residence-permit-extension-photo-method-option-photographerCode = از یک عکاسی کد دارم.
residence-permit-extension-photo-method-option-atOffice = عکس در وقت ملاقاتم در اداره اتباع خارجی گرفته شود.
residence-permit-extension-photo-code-label = کد عکاسی
residence-permit-extension-photo-code-help = کدی را که روی برگه چاپی عکاسی آمده است، دقیقاً بنویسید.
residence-permit-extension-photo-code-error-pattern = کد از حروف و ارقام تشکیل شده است. لطفاً آنچه را وارد کرده‌اید بررسی کنید.
residence-permit-extension-photo-code-error-required = لطفاً کد عکاسی را وارد کنید. یا در بالا انتخاب کنید که ما در اداره اتباع خارجی از شما عکس بگیریم.
residence-permit-extension-attachment-photo-code-sheet-label = برگه چاپی عکاسی (اختیاری)
residence-permit-extension-attachment-photo-code-sheet-help = عکسی از کل برگه چاپی همراه با کد. در این صورت حتی اگر هنگام نوشتن کد اشتباهی رخ داده باشد، می‌توانیم کد را بخوانیم.
residence-permit-extension-info-photo-fingerprints = برای کارت جدید معمولاً به اثر انگشت و امضای شما هم نیاز داریم. برای این کار شما را به یک وقت ملاقات دعوت می‌کنیم.

## مرحله: مدارک

residence-permit-extension-step-documents-title = مدارک شما
residence-permit-extension-info-documents-intro = مدارک خود را اینجا بارگذاری کنید، به‌صورت عکس (JPG یا PNG) یا PDF. دقت کنید که همه چیز به‌خوبی خوانا باشد: کل صفحه، نور کافی، بدون لرزش. برای اسنادی که به زبان آلمانی نیستند، معمولاً به ترجمه آلمانی نیاز داریم. ترجمه را همراه با سند بارگذاری کنید.
residence-permit-extension-attachment-passport-label = پاسپورت یا سند مسافرتی
residence-permit-extension-attachment-passport-help = صفحه‌ای که عکس شما در آن است و همه صفحه‌هایی که ویزا یا مهر آلمان دارند.
residence-permit-extension-attachment-permit-label = اجازه اقامت فعلی
residence-permit-extension-attachment-permit-help = روی کارت (سمت جلو) و پشت کارت شما. اگر برچسب دارید: صفحه‌ای از پاسپورت که برچسب در آن است.
residence-permit-extension-attachment-registration-label = گواهی ثبت محل سکونت یا تأییدیه صاحبخانه
residence-permit-extension-attachment-registration-help = گواهی ثبت محل سکونت (Meldebescheinigung) را از اداره خدمات شهروندی (Bürgeramt) می‌گیرید. اگر به‌تازگی نقل مکان کرده‌اید، تأییدیه صاحبخانه (Wohnungsgeberbestätigung) کافی است.
residence-permit-extension-attachment-income-proof-label = مدارک درآمد شما
residence-permit-extension-attachment-income-proof-help = مثلاً سه فیش حقوقی آخر، تأییدیه بورس تحصیلی، صورت‌حساب جدید حساب مسدود یا حکم دریافت مزایا.
residence-permit-extension-attachment-health-insurance-label = گواهی بیمه درمانی
residence-permit-extension-attachment-health-insurance-help = یک گواهی جدید از بیمه درمانی شما، مثلاً گواهی عضویت.
residence-permit-extension-attachment-employment-contract-label = قرارداد کار
residence-permit-extension-attachment-employment-contract-help = قرارداد کار فعلی شما با همه صفحات. اگر کارفرمای شما «اظهارنامه رابطه کاری» (Erklärung zum Beschäftigungsverhältnis) را پر کرده است، آن را هم اینجا بارگذاری کنید.
residence-permit-extension-attachment-enrolment-certificate-label = گواهی ثبت‌نام دانشگاه (Immatrikulationsbescheinigung)
residence-permit-extension-attachment-enrolment-certificate-help = گواهی برای نیم‌سال جاری.
residence-permit-extension-attachment-training-contract-label = قرارداد آموزش حرفه‌ای
residence-permit-extension-attachment-training-contract-help = قرارداد آموزش حرفه‌ای شما با همه صفحات.
residence-permit-extension-attachment-family-certificates-label = سند ازدواج یا گواهی تولد
residence-permit-extension-attachment-family-certificates-help = سندی که نشان می‌دهد با این شخص ازدواج کرده‌اید یا خویشاوند او هستید. اگر سند به زبان آلمانی نیست، ترجمه آن را هم بارگذاری کنید.
residence-permit-extension-attachment-family-member-id-label = کارت شناسایی یا مدرک اقامت عضو خانواده شما
residence-permit-extension-attachment-family-member-id-help = روی و پشت کارت شناسایی، پاسپورت یا مدرک اقامت این شخص.
residence-permit-extension-attachment-bamf-decision-label = تصمیم‌نامه BAMF (اگر دارید)
residence-permit-extension-attachment-bamf-decision-help = تصمیم‌نامه اداره فدرال مهاجرت و پناهندگان درباره حمایت از شما.
residence-permit-extension-attachment-other-documents-label = مدارک دیگر (اختیاری)
residence-permit-extension-attachment-other-documents-help = هر چیز دیگری که ممکن است برای درخواست شما مهم باشد.

## مرحله: اظهارات

residence-permit-extension-step-declarations-title = اظهارات و ارسال
residence-permit-extension-info-declarations-privacy = حفاظت از داده‌ها: ما اطلاعات شما را پردازش می‌کنیم تا درباره درخواستتان تصمیم بگیریم. مبنای قانونی، § 86 AufenthG (قانون اقامت) و ماده ۶، بند ۱، جزء e مقررات عمومی حفاظت از داده‌ها (DSGVO) است. اطلاعات و مدارک شما همان‌جا در مرورگرتان رمزگذاری می‌شوند. فقط اداره اتباع خارجی می‌تواند آن‌ها را بخواند. توضیحات بیشتر در اطلاعیه حریم خصوصی ما آمده است.
residence-permit-extension-declarations-truthfulness-label = تأیید می‌کنم که اطلاعاتم درست و کامل است. می‌دانم که اطلاعات نادرست یا ناقص ممکن است جرم باشد و به از دست دادن اجازه اقامتم منجر شود.
residence-permit-extension-declarations-truthfulness-error-const = لطفاً این اظهارنامه را تأیید کنید. بدون آن نمی‌توانیم به درخواست شما رسیدگی کنیم.
residence-permit-extension-declarations-truthfulness-error-required = لطفاً این اظهارنامه را تأیید کنید. بدون آن نمی‌توانیم به درخواست شما رسیدگی کنیم.
residence-permit-extension-declarations-dataProtection-label = اطلاعات مربوط به حفاظت از داده‌ها را خوانده‌ام.
residence-permit-extension-declarations-dataProtection-error-const = لطفاً تأیید کنید که اطلاعات مربوط به حفاظت از داده‌ها را خوانده‌اید.
residence-permit-extension-declarations-dataProtection-error-required = لطفاً تأیید کنید که اطلاعات مربوط به حفاظت از داده‌ها را خوانده‌اید.
residence-permit-extension-info-declarations-receipt = پس از ارسال، بلافاصله یک رسید با شماره پرونده دریافت می‌کنید. رسید را ذخیره یا چاپ کنید. با آن می‌توانید پیگیری کنید که رسیدگی به درخواستتان به کجا رسیده است.
