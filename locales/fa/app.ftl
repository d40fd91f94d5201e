# Pforte – متن‌های خود برنامه (مربوط به فرم خاصی نیستند).
# Reviewed by a native speaker: no

catalogue-title = اداره اتباع خارجی – آنلاین
loading = در حال بارگذاری …
step-progress = مرحله { $current } از { $total }
nav-back = بازگشت
nav-next = بعدی
select-choose = لطفاً انتخاب کنید
answer-yes = بله
answer-no = خیر
group-add = افزودن مورد
group-remove = حذف این مورد

## پیام‌های خطا، یکی برای هر کلیدواژه JSON Schema. فرم‌ها می‌توانند آن‌ها را برای هر فیلد جداگانه تغییر دهند.

error-required = لطفاً این قسمت را پر کنید.
error-type = این اطلاعات در قالب مورد انتظار نیست.
error-enum = لطفاً یکی از گزینه‌های موجود را انتخاب کنید.
error-const = لطفاً این مورد را تأیید کنید.
error-minLength = لطفاً دست‌کم { $limit } حرف وارد کنید.
error-maxLength = لطفاً حداکثر { $limit } حرف وارد کنید.
error-pattern = این اطلاعات در قالب مورد انتظار نیست.
error-format = این اطلاعات در قالب مورد انتظار نیست.
error-minimum = مقدار باید دست‌کم { $limit } باشد.
error-maximum = مقدار نباید بیشتر از { $limit } باشد.
error-exclusiveMinimum = مقدار باید بیشتر از { $limit } باشد.
error-exclusiveMaximum = مقدار باید کمتر از { $limit } باشد.
error-multipleOf = مقدار باید مضربی از { $limit } باشد.
error-minItems = لطفاً دست‌کم { $limit } مورد وارد کنید.
error-maxItems = لطفاً حداکثر { $limit } مورد وارد کنید.
error-uniqueItems = لطفاً هر مورد را فقط یک بار وارد کنید.
error-anyOf = لطفاً این اطلاعات را بررسی کنید.
error-oneOf = لطفاً این اطلاعات را بررسی کنید.
error-not = لطفاً این اطلاعات را بررسی کنید.
error-dependentRequired = لطفاً این قسمت را پر کنید.
error-additionalProperties = این اطلاعات در اینجا پیش‌بینی نشده است.
error-false = این اطلاعات در اینجا پیش‌بینی نشده است.
error-contains = لطفاً دست‌کم یک مورد مناسب وارد کنید.
error-minContains = لطفاً دست‌کم { $limit } مورد مناسب وارد کنید.
error-maxContains = لطفاً حداکثر { $limit } مورد مناسب وارد کنید.
error-minProperties = لطفاً دست‌کم { $limit } مورد را پر کنید.
error-maxProperties = لطفاً حداکثر { $limit } مورد را پر کنید.
error-propertyNames = این اطلاعات در اینجا پیش‌بینی نشده است.

## خلاصه خطاها، مرور اطلاعات پیش از ارسال

error-summary-title = لطفاً اطلاعات خود را بررسی کنید
review-title = خلاصه اطلاعات شما
review-intro = لطفاً پیش از ارسال درخواست، همه چیز را بررسی کنید.
review-change = تغییر
review-empty = وارد نشده است
start-over = شروع دوباره
start-over-confirm = همهٔ پاسخ‌های شما در این فرم از این دستگاه پاک می‌شود. آیا می‌خواهید از نو شروع کنید؟

## فهرست انتخاب با جست‌وجو (فهرست‌های بلند مانند تابعیت)

combobox-hint = چند حرف بنویسید، سپس با کلیدهای جهت‌نما یا با لمس کردن انتخاب کنید.
combobox-results = { $count ->
    [0] نتیجه‌ای پیدا نشد
    [one] یک نتیجه
   *[other] { $count } نتیجه
}
combobox-no-match = لطفاً یک مورد از فهرست انتخاب کنید.

## موارد تکرارشونده

group-move-up = انتقال به بالا
group-move-down = انتقال به پایین
group-count = { $count } مورد از حداکثر { $max } مورد
group-full = امکان افزودن مورد بیشتر وجود ندارد.

## نمای دوزبانه برای مشاوران، چاپ

bilingual-toggle = نمایش متن اصلی آلمانی زیر هر متن
bilingual-german = متن اصلی آلمانی
print-review = چاپ این خلاصه

## قاب صفحه

skip-to-content = رفتن به محتوای اصلی
footer-accessibility = بیانیه دسترس‌پذیری

## بیانیه دسترس‌پذیری (ماده ۷ BITV 2.0، دستورالعمل اتحادیه اروپا 2016/2102)

a11y-title = بیانیه دسترس‌پذیری
a11y-intro = اداره اتباع خارجی می‌کوشد این خدمت آنلاین درخواست را برای همه و بدون مانع در دسترس قرار دهد. مبنای این کار، قانون برابری افراد دارای معلولیت (BGG) و آیین‌نامه فناوری اطلاعات بدون مانع (BITV 2.0) یا قوانین مشابه ایالت است. این بیانیه برای همین خدمت آنلاین است.
a11y-status-title = وضعیت دسترس‌پذیری
a11y-status = این خدمت آنلاین تا حدی با الزامات دسترس‌پذیری مطابقت دارد. معیار، رهنمودهای دسترس‌پذیری محتوای وب (WCAG 2.2، سطح AA) و استاندارد اروپایی EN 301 549 است. دلایل آن را در بخش بعدی می‌بینید.
a11y-known-title = محتوایی که هنوز دسترس‌پذیر نیست
a11y-known-1 = ترجمه‌ها از آلمانی هنوز توسط افرادی که زبان مادری‌شان همان زبان است بررسی نشده‌اند. بنابراین ممکن است جمله‌های نامفهوم داشته باشند. متن اصلی آلمانی همیشه در دسترس است.
a11y-known-2 = هنوز نمی‌توانید مدارک را به‌صورت آنلاین بارگذاری کنید.
a11y-known-3 = هنوز اطلاعاتی به زبان اشاره آلمانی (DGS) و به زبان ساده (Leichte Sprache) وجود ندارد.
a11y-known-4 = دسترس‌پذیری تا کنون با آزمون‌های خودکار و توسط توسعه‌دهندگان بررسی شده است. هنوز بررسی مستقلی طبق آزمون BITV انجام نشده است.
a11y-prepared-title = تهیه این بیانیه
a11y-prepared = این بیانیه در تاریخ { $date } تهیه شده است. این بیانیه بر پایه خودارزیابی است. یعنی ما خودمان این خدمت آنلاین را بررسی کرده‌ایم.
a11y-feedback-title = بازخورد و تماس
a11y-feedback = آیا بخشی از این خدمت آنلاین را نمی‌توانید به‌خوبی استفاده کنید؟ یا به اطلاعات در شکلی دسترس‌پذیر نیاز دارید؟ در این صورت لطفاً با ما تماس بگیرید. لطفاً بنویسید مشکل در کدام صفحه است و چه چیزی کار نمی‌کند.
# Office: replace with the real contact.
a11y-contact = ایمیل: barrierefreiheit@auslaenderbehoerde.example، تلفن: 0123 456789-0
a11y-enforcement-title = روند پیگیری شکایت
# Office: name your state's enforcement body.
a11y-enforcement = آیا مشکلی را به ما گزارش داده‌اید؟ و ظرف شش هفته پاسخ رضایت‌بخشی نگرفته‌اید؟ در این صورت می‌توانید به نهاد نظارت یا نهاد میانجی‌گری در زمینه دسترس‌پذیری مراجعه کنید. برای اداره اتباع خارجی، این همان نهادی است که قانون ایالت درباره برابری افراد دارای معلولیت برای این کار تعیین کرده است. برای نهادهای فدرال، این نهاد مرکز میانجی‌گری طبق قانون برابری افراد دارای معلولیت است (Schlichtungsstelle nach dem Behindertengleichstellungsgesetz)، به نشانی www.schlichtungsstelle-bgg.de.

## مدارک

attachment-types = نوع فایل‌ها: { $types }
attachment-size = اندازه: حداکثر { $size } برای هر فایل
attachment-count-required = الزامی: حداقل { $min } و حداکثر { $max } فایل
attachment-count-optional = اختیاری: حداکثر { $max } فایل
attachment-state-empty = هنوز فایلی اضافه نشده است.
attachment-remove = حذف
attachment-choose = انتخاب فایل
attachment-remove-label = حذف { $name }
attachment-preparing = در حال رمزگذاری { $name } …
attachment-error-count = اینجا حداکثر { $max } فایل مجاز است. لطفاً اول یک فایل را حذف کنید.
attachment-error-type = فایل { $name } از نوع مجاز نیست ({ $types }).
attachment-error-size = فایل { $name } بیش از حد بزرگ است: حداکثر { $size } برای هر فایل.
attachment-error-decode = مرورگر نمی‌تواند این عکس را بخواند ({ $name }). لطفاً یک عکس JPEG یا یک فایل PDF انتخاب کنید.
attachment-error-read = فایل { $name } خوانده نشد. لطفاً فایل را دوباره انتخاب کنید.
attachment-error-storage = فضای خالی کافی روی این دستگاه وجود ندارد. لطفاً مقداری فضا آزاد کنید و دوباره تلاش کنید.
attachment-error-missing = لطفاً حداقل { $min } فایل اضافه کنید.

## ارسال

send-title = ارسال درخواست
send-intro = اطلاعات و فایل‌های شما روی همین دستگاه رمزگذاری می‌شوند. فقط اداره اتباع خارجی می‌تواند آن‌ها را بخواند.
send-missing-files = هنوز برخی از مدارک کم است:
send-button = درخواست را اکنون ارسال کنید
send-again = تلاش دوباره
send-preparing = در حال آماده‌سازی درخواست شما …
send-uploading = در حال ارسال فایل‌ها …
send-paused = متوقف شد. چیزی از دست نمی‌رود.
send-waiting = اتصال قطع شد. ارسال به‌زودی به‌طور خودکار ادامه پیدا می‌کند.
send-submitting = در حال تکمیل درخواست شما …
send-retry-in = تلاش بعدی تا { $seconds } ثانیه دیگر.
send-retry-now = اکنون تلاش کنید
send-progress = { $sent } از { $total } ارسال شد
send-pause = توقف موقت
send-resume = ادامه
send-error-not-configured = این اداره هنوز درخواست آنلاین نمی‌پذیرد. لطفاً مستقیماً با اداره تماس بگیرید.
send-error-offline = در حال حاضر دسترسی به اداره ممکن نیست. لطفاً اتصال اینترنت خود را بررسی کنید و دوباره تلاش کنید.
# A part of the app (review, attachments, receipt…) is fetched when first needed; it did not arrive.
part-load-failed = این بخش از صفحه بارگیری نشد. لطفاً اتصال اینترنت خود را بررسی کنید.
part-load-retry = دوباره تلاش کنید
send-error-wrong-key = برای امنیت شما چیزی ارسال نشد: کلید اداره مطابقت ندارد. لطفاً صفحه را دوباره بارگذاری کنید و بعداً دوباره تلاش کنید.
send-error-crypto = این مرورگر نمی‌تواند درخواست را رمزگذاری کند. لطفاً از یک مرورگر به‌روز استفاده کنید.
send-error-server = درخواست پذیرفته نشد. اطلاعات شما روی این دستگاه ذخیره می‌ماند. لطفاً بعداً دوباره تلاش کنید.
send-error-form-changed = این فرم در این فاصله تغییر کرده است. لطفاً صفحه را دوباره بارگذاری کنید؛ اطلاعات شما حفظ می‌شود.
send-error-incomplete = برخی اطلاعات ناقص یا نادرست است. لطفاً مراحل بالا را بررسی کنید.

## رسید

receipt-title = درخواست شما دریافت شد
receipt-intro = اداره اتباع خارجی درخواست شما را دریافت کرده است. این رسید را نگه دارید.
receipt-reference = شماره پیگیری شما
receipt-qr-label = کد QR شماره پیگیری { $reference }
receipt-received-at = تاریخ دریافت
receipt-form = درخواست
receipt-deadline-met = درخواست شما پیش از پایان اعتبار اجازه اقامتتان در تاریخ { $date } رسیده است. اجازه اقامت فعلی شما تا زمان تصمیم‌گیری همچنان معتبر به شمار می‌رود (§ 81 (4) AufenthG، قانون اقامت).
receipt-deadline-missed = درخواست شما پس از پایان اعتبار اجازه اقامتتان در تاریخ { $date } رسیده است. لطفاً فوراً با اداره اتباع خارجی تماس بگیرید.
receipt-keep = این رسید به‌صورت الکترونیکی توسط اداره امضا شده است. می‌توانید آن را چاپ کنید یا به‌صورت فایل ذخیره کنید.
receipt-print = چاپ
receipt-download = ذخیره به‌صورت فایل

## تحویل با کد (مشاوره)

handover-title = تحویل به فرد دیگر
handover-intro = با یک کد، فرد دیگری می‌تواند پر کردن این درخواست را روی دستگاه خودش ادامه دهد، مثلاً مشاور شما یا مراجع شما. برای این کار، اطلاعات شما روی همین دستگاه رمزگذاری می‌شود.
handover-button = ایجاد کد تحویل
handover-code-label = کد تحویل (آن را در صفحه اصلی در بخش «ادامه با کد» وارد کنید):
handover-qr-label = کد QR مربوط به کد تحویل { $code }
handover-valid-until = این کد تا تاریخ { $date } معتبر است.
handover-files-note = فایل‌ها تحویل داده نمی‌شوند. لطفاً آن‌ها را روی دستگاه دیگر دوباره اضافه کنید.
handover-error-code = این کد معتبر نیست. لطفاً کاراکترها را بررسی کنید.
handover-error-missing = برای این کد درخواستی وجود ندارد یا دیگر وجود ندارد. کدها ۱۴ روز معتبرند.
resume-title = ادامه با کد
resume-label = کد تحویل
resume-help = این کد را مشاور یا مراجع شما به شما داده است، مثلاً ABCD-EFGH-JKMN-PQRS-TVWX-Y.
resume-button = ادامه

## وضعیت درخواست (docs/STATUS.md)

receipt-status-code = کد وضعیت شما
receipt-status-help = با شماره پیگیری و کد وضعیت می‌توانید هر زمان ببینید درخواست شما در چه مرحله‌ای است. کد وضعیت را به هیچ کس ندهید.
receipt-status-link = مشاهده وضعیت درخواست
status-title = وضعیت درخواست شما
status-intro = شماره پیگیری و کد وضعیت را از روی رسید خود وارد کنید.
status-reference = شماره پیگیری
status-reference-hint = مثلاً 7KQM-2X9P-V
status-code = کد وضعیت
status-code-hint = ۱۶ کاراکتر و یک کاراکتر کنترلی، مثلاً ABCD-EFGH-JKMN-PQRS-T
status-submit = استعلام وضعیت
status-checking = در حال استعلام …
status-error-not-found = درخواستی با این شماره پیگیری و این کد وضعیت وجود ندارد. لطفاً هر دو را بررسی کنید.
status-error-reference = این شماره پیگیری نیست. لطفاً آن را از نظر اشتباه تایپی بررسی کنید.
status-error-code = این کد وضعیت نیست. لطفاً آن را از نظر اشتباه تایپی بررسی کنید.
status-error-too-many = تعداد استعلام‌ها بیش از حد است. لطفاً چند دقیقه دیگر دوباره تلاش کنید.
status-error-offline = اتصال به سرور برقرار نیست. لطفاً بعداً دوباره تلاش کنید.
status-current = وضعیت فعلی
status-history = تاریخچه
status-received = دریافت شد
status-in-review = در حال بررسی
status-documents-missing = برخی از مدارک کم است
status-appointment-needed = لطفاً یک وقت ملاقات بگیرید
status-decision-made = تصمیم گرفته شد
status-card-ordered = کارت سفارش داده شد
status-ready-for-pickup = کارت آماده دریافت است
status-handed-over = کارت تحویل داده شد
status-closed = پرونده بسته شد
status-fiction = گواهی موقت (Fiktionsbescheinigung) صادر شد، معتبر تا تاریخ { $date }
status-pickup-counter = دریافت از باجه، با وقت ملاقات قبلی.
status-pickup-dispenser = دریافت از دستگاه تحویل کارت در ورودی ساختمان، با کد دریافت { $code } و PIN خودتان.
status-pickup-post = کارت از طریق پست برای شما فرستاده می‌شود.
status-missing-intro = لطفاً این مدارک را برای ما بفرستید:
status-document-passport = پاسپورت
status-document-biometric-photo = عکس بیومتریک پاسپورتی
status-document-proof-of-income = مدرک درآمد
status-document-health-insurance = گواهی بیمه درمانی
status-document-rental-contract = قرارداد اجاره
status-document-employment-contract = قرارداد کار
status-document-registration-certificate = گواهی ثبت محل سکونت (Meldebescheinigung)
status-document-fee-payment = مدرک پرداخت هزینه
status-document-other = مدارک دیگر (به نامه اداره نگاه کنید)

## وقت ملاقات (docs/APPOINTMENTS.md)

appointments-title = گرفتن وقت ملاقات
appointments-intro = ما به کسانی وقت ملاقات می‌دهیم که درخواست خود را داده‌اند. برای این کار به شماره پیگیری و کد وضعیت روی رسید خود نیاز دارید.
appointments-service = وقت ملاقات را برای چه کاری لازم دارید؟
appointments-duration = { $minutes } دقیقه
appointments-show-times = نمایش وقت‌های آزاد
appointments-no-times = در حال حاضر همه وقت‌های ملاقات پر شده است. وقت‌های جدید هر روز ساعت { $time } منتشر می‌شوند؛ بار بعد در تاریخ { $date }.
appointments-day = روز
appointments-time = ساعت
appointments-book = رزرو وقت ملاقات
appointments-booking = در حال رزرو …
appointments-booked-title = وقت ملاقات شما رزرو شد
appointments-booked-when = { $date }، ساعت { $time }
appointments-booked-bring = پاسپورت و شماره پیگیری خود را همراه بیاورید.
# Booked with an email address: there is no application, so no reference number to bring.
appointments-booked-bring-passport = پاسپورت خود را همراه بیاورید.
appointments-calendar = افزودن به تقویم
appointments-cancel-link = با این لینک می‌توانید وقت ملاقات را لغو کنید. لینک را نگه دارید؛ فقط همین حالا نمایش داده می‌شود.
appointments-error-taken = این وقت ملاقات همین حالا رزرو شد. لطفاً وقت دیگری انتخاب کنید.
appointments-error-already = شما برای این کار از قبل یک وقت ملاقات دارید: { $date }، ساعت { $time }. اگر وقت دیگری می‌خواهید، اول این وقت را لغو کنید.
appointments-error-not-a-slot = این وقت ملاقات وجود ندارد (یا دیگر وجود ندارد). لطفاً وقت‌های آزاد را دوباره نمایش دهید.
appointments-error-unavailable = این اداره وقت ملاقات آنلاین ارائه نمی‌دهد.
appointments-cancel-title = لغو وقت ملاقات
appointments-cancel-confirm = آیا می‌خواهید وقت ملاقات خود را لغو کنید؟ در این صورت این وقت برای دیگران آزاد می‌شود.
appointments-cancel-button = لغو وقت ملاقات
appointments-cancelled = وقت ملاقات شما لغو شد.
appointments-cancel-not-found = این وقت ملاقات وجود ندارد یا قبلاً لغو شده است.
service-hand-in-application = تحویل درخواست
service-biometrics = ثبت داده‌های بیومتریک
service-eat-pickup = دریافت کارت اقامت الکترونیکی (eAT) همراه با نامه PIN
service-settlement-counselling = مشاوره درباره اجازه اقامت دائم (Niederlassungserlaubnis)

status-notice-title = اطلاع‌رسانی از طریق ایمیل
status-notice-intro = وقتی وضعیت تغییر کند، یک ایمیل کوتاه برای شما می‌فرستیم. این ایمیل فقط می‌گوید که چیزی تغییر کرده است؛ خود وضعیت را همین‌جا می‌بینید. نشانی ایمیل شما روی همین دستگاه رمزگذاری می‌شود: فقط اداره اتباع خارجی می‌تواند آن را بخواند.
status-notice-email = نشانی ایمیل
status-notice-submit = به من اطلاع دهید
status-notice-on = وقتی وضعیت تغییر کند، برای شما ایمیل فرستاده می‌شود.
status-notice-stop = دیگر ایمیل نفرستید
status-notice-off = از این پس درباره این درخواست ایمیلی برای شما فرستاده نمی‌شود.
status-notice-error-email = یک نشانی ایمیل وارد کنید، مثلاً name@example.org.
status-notice-error-failed = این کار انجام نشد. لطفاً بعداً دوباره تلاش کنید.

appointments-proof-legend = چگونه هویت خود را ثابت می‌کنید؟
appointments-proof-application = با شماره پیگیری و کد وضعیت درخواستم
appointments-proof-email = با نشانی ایمیلم (درخواستی نداده‌ام)
appointments-email = نشانی ایمیل
appointments-email-hint = یک کد ۶ رقمی برای شما می‌فرستیم. نشانی شما فقط به‌صورت رمزگذاری‌شده ذخیره می‌شود؛ فقط اداره اتباع خارجی می‌تواند آن را بخواند.
appointments-send-code = ارسال کد
appointments-code = کد داخل ایمیل
appointments-code-sent = یک کد برای شما فرستادیم. این کد ۳۰ دقیقه معتبر است.
appointments-error-email = یک نشانی ایمیل وارد کنید، مثلاً name@example.org.
appointments-error-code = کد درست نیست یا منقضی شده است. آن را بررسی کنید، یا بخواهید کد تازه‌ای برایتان فرستاده شود.
appointments-error-mail = نتوانستیم برای شما ایمیل بفرستیم. نشانی را بررسی کنید، یا بعداً دوباره تلاش کنید.
appointments-intro-email = اگر درخواست داده‌اید، به شماره پیگیری و کد وضعیت روی رسید خود نیاز دارید. اگر درخواستی نداده‌اید، نشانی ایمیل خود را با یک کد تأیید می‌کنید.
