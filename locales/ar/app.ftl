# Pforte – نصوص التطبيق نفسه (غير خاصة بنموذج معيّن).
# Reviewed by a native speaker: no

catalogue-title = دائرة الأجانب عبر الإنترنت
loading = جارٍ التحميل …
step-progress = الخطوة { $current } من { $total }
nav-back = رجوع
nav-next = التالي
select-choose = يرجى الاختيار
answer-yes = نعم
answer-no = لا
group-add = إضافة إدخال
group-remove = حذف هذا الإدخال

## رسائل الخطأ، رسالة لكل كلمة مفتاحية في JSON Schema. يمكن للنماذج استبدالها لكل حقل على حدة.

error-required = يرجى ملء هذا الحقل.
error-type = هذه البيانات ليست بالصيغة المتوقعة.
error-enum = يرجى اختيار إحدى القيم المعروضة.
error-const = يرجى تأكيد ذلك.
error-minLength =
    { $limit ->
        [zero] يرجى إدخال { $limit } حرف على الأقل.
        [one] يرجى إدخال حرف واحد على الأقل.
        [two] يرجى إدخال حرفين على الأقل.
        [few] يرجى إدخال { $limit } أحرف على الأقل.
        [many] يرجى إدخال { $limit } حرفًا على الأقل.
       *[other] يرجى إدخال { $limit } حرف على الأقل.
    }
error-maxLength =
    { $limit ->
        [zero] يرجى إدخال { $limit } حرف كحد أقصى.
        [one] يرجى إدخال حرف واحد كحد أقصى.
        [two] يرجى إدخال حرفين كحد أقصى.
        [few] يرجى إدخال { $limit } أحرف كحد أقصى.
        [many] يرجى إدخال { $limit } حرفًا كحد أقصى.
       *[other] يرجى إدخال { $limit } حرف كحد أقصى.
    }
error-pattern = هذه البيانات ليست بالصيغة المتوقعة.
error-format = هذه البيانات ليست بالصيغة المتوقعة.
error-minimum = يجب ألا تقل القيمة عن { $limit }.
error-maximum = يجب ألا تزيد القيمة على { $limit }.
error-exclusiveMinimum = يجب أن تكون القيمة أكبر من { $limit }.
error-exclusiveMaximum = يجب أن تكون القيمة أصغر من { $limit }.
error-multipleOf = يجب أن تكون القيمة من مضاعفات { $limit }.
error-minItems =
    { $limit ->
        [zero] يرجى إضافة { $limit } إدخال على الأقل.
        [one] يرجى إضافة إدخال واحد على الأقل.
        [two] يرجى إضافة إدخالين على الأقل.
        [few] يرجى إضافة { $limit } إدخالات على الأقل.
        [many] يرجى إضافة { $limit } إدخالًا على الأقل.
       *[other] يرجى إضافة { $limit } إدخال على الأقل.
    }
error-maxItems =
    { $limit ->
        [zero] يرجى إضافة { $limit } إدخال كحد أقصى.
        [one] يرجى إضافة إدخال واحد كحد أقصى.
        [two] يرجى إضافة إدخالين كحد أقصى.
        [few] يرجى إضافة { $limit } إدخالات كحد أقصى.
        [many] يرجى إضافة { $limit } إدخالًا كحد أقصى.
       *[other] يرجى إضافة { $limit } إدخال كحد أقصى.
    }
error-uniqueItems = يرجى ذكر كل إدخال مرة واحدة فقط.
error-anyOf = يرجى التحقق من هذه البيانات.
error-oneOf = يرجى التحقق من هذه البيانات.
error-not = يرجى التحقق من هذه البيانات.
error-dependentRequired = يرجى ملء هذا الحقل.
error-additionalProperties = هذه البيانات غير متوقعة هنا.
error-false = هذه البيانات غير متوقعة هنا.
error-contains = يرجى إضافة إدخال مناسب واحد على الأقل.
error-minContains =
    { $limit ->
        [zero] يرجى إضافة { $limit } إدخال مناسب على الأقل.
        [one] يرجى إضافة إدخال مناسب واحد على الأقل.
        [two] يرجى إضافة إدخالين مناسبين على الأقل.
        [few] يرجى إضافة { $limit } إدخالات مناسبة على الأقل.
        [many] يرجى إضافة { $limit } إدخالًا مناسبًا على الأقل.
       *[other] يرجى إضافة { $limit } إدخال مناسب على الأقل.
    }
error-maxContains =
    { $limit ->
        [zero] يرجى إضافة { $limit } إدخال مناسب كحد أقصى.
        [one] يرجى إضافة إدخال مناسب واحد كحد أقصى.
        [two] يرجى إضافة إدخالين مناسبين كحد أقصى.
        [few] يرجى إضافة { $limit } إدخالات مناسبة كحد أقصى.
        [many] يرجى إضافة { $limit } إدخالًا مناسبًا كحد أقصى.
       *[other] يرجى إضافة { $limit } إدخال مناسب كحد أقصى.
    }
error-minProperties =
    { $limit ->
        [zero] يرجى تقديم { $limit } إجابة على الأقل.
        [one] يرجى تقديم إجابة واحدة على الأقل.
        [two] يرجى تقديم إجابتين على الأقل.
        [few] يرجى تقديم { $limit } إجابات على الأقل.
        [many] يرجى تقديم { $limit } إجابةً على الأقل.
       *[other] يرجى تقديم { $limit } إجابة على الأقل.
    }
error-maxProperties =
    { $limit ->
        [zero] يرجى تقديم { $limit } إجابة كحد أقصى.
        [one] يرجى تقديم إجابة واحدة كحد أقصى.
        [two] يرجى تقديم إجابتين كحد أقصى.
        [few] يرجى تقديم { $limit } إجابات كحد أقصى.
        [many] يرجى تقديم { $limit } إجابةً كحد أقصى.
       *[other] يرجى تقديم { $limit } إجابة كحد أقصى.
    }
error-propertyNames = هذه البيانات غير متوقعة هنا.

## ملخص الأخطاء، ومراجعة البيانات قبل الإرسال

error-summary-title = يرجى التحقق من بياناتك
review-title = نظرة عامة على بياناتك
review-intro = يرجى التحقق من كل شيء قبل إرسال الطلب.
review-change = تعديل
review-empty = غير مذكور
start-over = البدء من جديد
start-over-confirm = سيتم حذف جميع إجاباتك في هذا النموذج من هذا الجهاز. هل تريد البدء من جديد؟

## قائمة اختيار مع بحث (للقوائم الطويلة مثل الجنسية)

combobox-hint = اكتب بعض الأحرف، ثم اختر بمفاتيح الأسهم أو باللمس.
combobox-results =
    { $count ->
        [0] لا توجد نتائج
        [zero] لا توجد نتائج
        [one] نتيجة واحدة
        [two] نتيجتان
        [few] { $count } نتائج
        [many] { $count } نتيجةً
       *[other] { $count } نتيجة
    }
combobox-no-match = يرجى اختيار أحد الخيارات من القائمة.

## الإدخالات القابلة للتكرار

group-move-up = نقل إلى الأعلى
group-move-down = نقل إلى الأسفل
group-count = عدد الإدخالات: { $count } من { $max } كحد أقصى
group-full = لا يمكن إضافة المزيد من الإدخالات.

## العرض ثنائي اللغة للمستشارين، والطباعة

bilingual-toggle = عرض النص الألماني الأصلي تحت كل نص
bilingual-german = النص الألماني الأصلي
print-review = طباعة هذا الملخص

## إطار الصفحة

skip-to-content = الانتقال إلى المحتوى
footer-accessibility = بيان إمكانية الوصول

## بيان إمكانية الوصول (المادة 7 من BITV 2.0، التوجيه (الاتحاد الأوروبي) 2016/2102)

a11y-title = بيان إمكانية الوصول
a11y-intro = تسعى دائرة الأجانب إلى جعل خدمة تقديم الطلبات هذه عبر الإنترنت متاحة للجميع دون عوائق. وتلتزم في ذلك بقانون المساواة للأشخاص ذوي الإعاقة (BGG) ولائحة تقنية المعلومات الخالية من العوائق (BITV 2.0)، أو بالقوانين المقابلة في الولاية. ينطبق هذا البيان على هذه الخدمة عبر الإنترنت.
a11y-status-title = وضع إمكانية الوصول
a11y-status = هذه الخدمة عبر الإنترنت متوافقة جزئيًا مع متطلبات إمكانية الوصول. المعيار هو إرشادات إمكانية الوصول إلى محتوى الويب (WCAG 2.2، المستوى AA) والمعيار الأوروبي EN 301 549. تجد الأسباب في القسم التالي.
a11y-known-title = المحتوى غير المتاح دون عوائق
a11y-known-1 = لم يراجع متحدثون أصليون بعدُ الترجمات من الألمانية. لذلك قد تحتوي على صياغات غير واضحة. النص الألماني الأصلي متاح دائمًا.
a11y-known-2 = لا يمكنك بعدُ رفع المستندات عبر الإنترنت.
a11y-known-3 = لا توجد بعدُ معلومات بلغة الإشارة الألمانية (DGS) ولا باللغة السهلة (Leichte Sprache).
a11y-known-4 = حتى الآن فُحصت إمكانية الوصول باختبارات آلية ومن قِبل المطوّرين. لم يُجرَ بعدُ فحص مستقل وفق اختبار BITV.
a11y-prepared-title = إعداد هذا البيان
a11y-prepared = أُعِدَّ هذا البيان بتاريخ { $date }. وهو يستند إلى تقييم ذاتي. أي أننا فحصنا هذه الخدمة بأنفسنا.
a11y-feedback-title = الملاحظات وبيانات التواصل
a11y-feedback = هل هناك جزء من هذه الخدمة لا تستطيع استخدامه جيدًا؟ أو هل تحتاج إلى معلومات بصيغة خالية من العوائق؟ إذن يرجى التواصل معنا. يرجى ذكر الصفحة التي فيها المشكلة ووصف ما لا يعمل.
# Office: replace with the real contact.
a11y-contact = البريد الإلكتروني: barrierefreiheit@auslaenderbehoerde.example، الهاتف: 0123 456789-0
a11y-enforcement-title = إجراءات التظلّم
# Office: name your state's enforcement body.
a11y-enforcement = هل أبلغتنا بمشكلة؟ ولم تحصل خلال ستة أسابيع على رد مُرضٍ؟ إذن يمكنك التوجه إلى جهة الرقابة أو جهة التسوية المختصة بإمكانية الوصول. بالنسبة لدائرة الأجانب، هي الجهة التي يحددها قانون الولاية الخاص بالمساواة للأشخاص ذوي الإعاقة لهذا الغرض. أما بالنسبة للجهات الاتحادية، فهي هيئة التسوية وفق قانون المساواة للأشخاص ذوي الإعاقة (Schlichtungsstelle nach dem Behindertengleichstellungsgesetz)، على الموقع www.schlichtungsstelle-bgg.de.

## المستندات

attachment-types = أنواع الملفات: { $types }
attachment-size = الحجم: { $size } كحد أقصى لكل ملف
attachment-count-required = إلزامي: { $min } على الأقل، و{ $max } كحد أقصى
attachment-count-optional = اختياري: { $max } كحد أقصى
attachment-state-empty = لم تتم إضافة أي ملف بعد.
attachment-remove = حذف
attachment-choose = اختيار ملف
attachment-remove-label = حذف { $name }
attachment-preparing = جارٍ تشفير { $name } …
attachment-error-count = يمكن هنا إضافة { $max ->
    [zero] { $max } ملف
    [one] ملف واحد
    [two] ملفين
    [few] { $max } ملفات
    [many] { $max } ملفًا
   *[other] { $max } ملف
} كحد أقصى. يرجى حذف ملف أولًا.
attachment-error-type = الملف { $name } ليس من نوع مسموح به ({ $types }).
attachment-error-size = الملف { $name } كبير جدًا: { $size } كحد أقصى لكل ملف.
attachment-error-decode = لا يستطيع المتصفح قراءة هذه الصورة ({ $name }). يرجى اختيار صورة بصيغة JPEG أو ملف PDF.
attachment-error-read = تعذّرت قراءة الملف { $name }. يرجى اختيار الملف مرة أخرى.
attachment-error-storage = لا توجد مساحة تخزين كافية على هذا الجهاز. يرجى تحرير بعض المساحة ثم المحاولة مرة أخرى.
attachment-error-missing = يرجى إضافة { $min ->
    [zero] { $min } ملف
    [one] ملف واحد
    [two] ملفين
    [few] { $min } ملفات
    [many] { $min } ملفًا
   *[other] { $min } ملف
} على الأقل.

## الإرسال

send-title = إرسال طلبك
send-intro = تُشفَّر بياناتك وملفاتك على هذا الجهاز. لا يستطيع قراءتها إلا دائرة الأجانب.
send-missing-files = لا تزال بعض المستندات ناقصة:
send-button = إرسال الطلب الآن
send-again = المحاولة مرة أخرى
send-preparing = جارٍ تجهيز طلبك …
send-uploading = جارٍ إرسال الملفات …
send-paused = متوقف مؤقتًا. لن يضيع أي شيء.
send-waiting = انقطع الاتصال. سيستمر الإرسال تلقائيًا بعد قليل.
send-submitting = جارٍ إكمال طلبك …
send-retry-in = المحاولة التالية بعد { $seconds ->
    [zero] { $seconds } ثانية
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $seconds } ثوانٍ
    [many] { $seconds } ثانيةً
   *[other] { $seconds } ثانية
}.
send-retry-now = المحاولة الآن
send-progress = تم إرسال { $sent } من { $total }
send-pause = إيقاف مؤقت
send-resume = متابعة
send-error-not-configured = دائرة الأجانب هذه لا تقبل الطلبات عبر الإنترنت بعد. يرجى التواصل معها مباشرة.
send-error-offline = لا يمكن الوصول إلى دائرة الأجانب حاليًا. يرجى التحقق من اتصالك بالإنترنت ثم المحاولة مرة أخرى.
# A part of the app (review, attachments, receipt…) is fetched when first needed; it did not arrive.
part-load-failed = تعذّر تحميل هذا الجزء من الصفحة. يرجى التحقق من اتصالك بالإنترنت.
part-load-retry = حاول مرة أخرى
send-error-wrong-key = حفاظًا على أمانك لم يُرسَل أي شيء: مفتاح دائرة الأجانب غير مطابق. يرجى إعادة تحميل الصفحة والمحاولة مرة أخرى لاحقًا.
send-error-crypto = لا يستطيع هذا المتصفح تشفير الطلب. يرجى استخدام متصفح حديث.
send-error-server = تعذّر قبول الطلب. تبقى بياناتك محفوظة على هذا الجهاز. يرجى المحاولة مرة أخرى لاحقًا.
send-error-form-changed = تم تغيير هذا النموذج في هذه الأثناء. يرجى إعادة تحميل الصفحة؛ ستبقى بياناتك محفوظة.
send-error-incomplete = بعض البيانات ناقصة أو غير صحيحة. يرجى التحقق من الخطوات أعلاه.

## إشعار الاستلام

receipt-title = تم استلام طلبك
receipt-intro = استلمت دائرة الأجانب طلبك. يرجى الاحتفاظ بإشعار الاستلام هذا.
receipt-reference = رقمك المرجعي
receipt-qr-label = رمز QR للرقم المرجعي { $reference }
receipt-received-at = تاريخ الاستلام
receipt-form = الطلب
receipt-deadline-met = وصل طلبك قبل انتهاء صلاحية تصريح إقامتك في { $date }. يُعَدّ تصريح إقامتك الحالي ساريًا حتى صدور القرار (§ 81 (4) AufenthG، قانون الإقامة).
receipt-deadline-missed = وصل طلبك بعد انتهاء صلاحية تصريح إقامتك في { $date }. يرجى التواصل مع دائرة الأجانب فورًا.
receipt-keep = إشعار الاستلام هذا موقَّع إلكترونيًا من دائرة الأجانب. يمكنك طباعته أو حفظه كملف.
receipt-print = طباعة
receipt-download = حفظ كملف

## التسليم باستخدام رمز (الاستشارة)

handover-title = التسليم إلى شخص آخر
handover-intro = باستخدام رمز يمكن لشخص آخر متابعة تعبئة هذا الطلب على جهازه، مثل مستشارك أو عميلك. لهذا الغرض تُشفَّر بياناتك على هذا الجهاز.
handover-button = إنشاء رمز للتسليم
handover-code-label = رمز التسليم (أدخله في الصفحة الرئيسية تحت «المتابعة باستخدام رمز»):
handover-qr-label = رمز QR لرمز التسليم { $code }
handover-valid-until = الرمز صالح حتى { $date }.
handover-files-note = لا يتم تسليم الملفات. يرجى إضافتها مرة أخرى على الجهاز الآخر.
handover-error-code = هذا ليس رمزًا صالحًا. يرجى التحقق من الأحرف.
handover-error-missing = لا يوجد طلب لهذا الرمز، أو لم يعد موجودًا. الرموز صالحة لمدة 14 يومًا.
resume-title = المتابعة باستخدام رمز
resume-label = رمز التسليم
resume-help = أعطاك مستشارك أو عميلك هذا الرمز، مثلًا ABCD-EFGH-JKMN-PQRS-TVWX-Y.
resume-button = متابعة

## حالة الطلب (docs/STATUS.md)

receipt-status-code = رمز الحالة الخاص بك
receipt-status-help = باستخدام الرقم المرجعي ورمز الحالة يمكنك في أي وقت معرفة المرحلة التي وصل إليها طلبك. يرجى عدم إعطاء رمز الحالة لأي شخص آخر.
receipt-status-link = عرض حالة الطلب
status-title = حالة طلبك
status-intro = يرجى إدخال الرقم المرجعي ورمز الحالة الموجودين في إشعار الاستلام.
status-reference = الرقم المرجعي
status-reference-hint = مثلًا 7KQM-2X9P-V
status-code = رمز الحالة
status-code-hint = 16 حرفًا وحرف تحقق واحد، مثلًا ABCD-EFGH-JKMN-PQRS-T
status-submit = الاستعلام عن الحالة
status-checking = جارٍ الاستعلام …
status-error-not-found = لا يوجد طلب بهذا الرقم المرجعي وهذا الرمز. يرجى التحقق من كليهما.
status-error-reference = هذا ليس رقمًا مرجعيًا. يرجى التحقق من عدم وجود خطأ في الكتابة.
status-error-code = هذا ليس رمز حالة. يرجى التحقق من عدم وجود خطأ في الكتابة.
status-error-too-many = عدد الاستعلامات كبير جدًا. يرجى المحاولة مرة أخرى بعد بضع دقائق.
status-error-offline = لا يوجد اتصال بالخادم. يرجى المحاولة مرة أخرى لاحقًا.
status-current = الحالة الحالية
status-history = السجلّ
status-received = تم الاستلام
status-in-review = قيد المعالجة
status-documents-missing = توجد مستندات ناقصة
status-appointment-needed = يرجى حجز موعد
status-decision-made = تم اتخاذ القرار
status-card-ordered = تم طلب البطاقة
status-ready-for-pickup = البطاقة جاهزة للاستلام
status-handed-over = تم تسليم البطاقة
status-closed = تم إغلاق الملف
status-fiction = صدرت شهادة مؤقتة (Fiktionsbescheinigung)، صالحة حتى { $date }
status-pickup-counter = الاستلام من الشبّاك بموعد مسبق.
status-pickup-dispenser = الاستلام من جهاز صرف البطاقات عند المدخل باستخدام رمز الاستلام { $code } ورقم PIN الخاص بك.
status-pickup-post = ستُرسَل البطاقة إليك بالبريد.
status-missing-intro = يرجى إرسال ما يلي إلينا:
status-document-passport = جواز السفر
status-document-biometric-photo = صورة شخصية بيومترية
status-document-proof-of-income = إثبات الدخل
status-document-health-insurance = إثبات التأمين الصحي
status-document-rental-contract = عقد الإيجار
status-document-employment-contract = عقد العمل
status-document-registration-certificate = شهادة تسجيل السكن (Meldebescheinigung)
status-document-fee-payment = إثبات دفع الرسوم
status-document-other = مستندات أخرى (انظر خطاب دائرة الأجانب)

## المواعيد (docs/APPOINTMENTS.md)

appointments-title = حجز موعد
appointments-intro = نمنح المواعيد للأشخاص الذين قدّموا طلبًا. ستحتاج إلى الرقم المرجعي ورمز الحالة الموجودين في إشعار الاستلام.
appointments-service = ما الغرض من الموعد؟
appointments-duration =
    { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقةً
       *[other] { $minutes } دقيقة
    }
appointments-show-times = عرض المواعيد المتاحة
appointments-no-times = جميع المواعيد محجوزة حاليًا. تُتاح مواعيد جديدة كل يوم في الساعة { $time }، والمرة القادمة بتاريخ { $date }.
appointments-day = التاريخ
appointments-time = الوقت
appointments-book = حجز الموعد
appointments-booking = جارٍ الحجز …
appointments-booked-title = تم حجز موعدك
appointments-booked-when = { $date } في الساعة { $time }
appointments-booked-bring = يرجى إحضار جواز سفرك ورقمك المرجعي معك.
# Booked with an email address: there is no application, so no reference number to bring.
appointments-booked-bring-passport = يرجى إحضار جواز سفرك معك.
appointments-calendar = إضافة إلى التقويم
appointments-cancel-link = يمكنك إلغاء الموعد باستخدام هذا الرابط. يرجى الاحتفاظ به؛ فهو لا يُعرض إلا الآن.
appointments-error-taken = تم حجز هذا الموعد للتو. يرجى اختيار موعد آخر.
appointments-error-already = لديك بالفعل موعد لهذا الغرض: { $date } في الساعة { $time }. إذا كنت تريد موعدًا آخر، فيرجى إلغاء هذا الموعد أولًا.
appointments-error-not-a-slot = هذا الموعد غير موجود، أو لم يعد موجودًا. يرجى عرض المواعيد المتاحة من جديد.
appointments-error-unavailable = دائرة الأجانب هذه لا تقدّم مواعيد عبر الإنترنت.
appointments-cancel-title = إلغاء موعد
appointments-cancel-confirm = هل تريد إلغاء موعدك؟ سيصبح الموعد بعد ذلك متاحًا لأشخاص آخرين.
appointments-cancel-button = إلغاء الموعد
appointments-cancelled = تم إلغاء موعدك.
appointments-cancel-not-found = هذا الموعد غير موجود، أو تم إلغاؤه من قبل.
service-hand-in-application = تقديم طلب
service-biometrics = تسجيل البيانات البيومترية
service-eat-pickup = استلام بطاقة الإقامة الإلكترونية (eAT) مع رسالة رقم PIN
service-settlement-counselling = استشارة بشأن تصريح الإقامة الدائمة (Niederlassungserlaubnis)

status-notice-title = الإشعار عبر البريد الإلكتروني
status-notice-intro = نرسل إليك رسالة بريد إلكتروني قصيرة عندما تتغيّر الحالة. تذكر الرسالة فقط أن شيئًا ما قد تغيّر؛ أما الحالة نفسها فتراها هنا. يُشفَّر عنوانك على هذا الجهاز: لا يستطيع قراءته إلا دائرة الأجانب.
status-notice-email = عنوان البريد الإلكتروني
status-notice-submit = تفعيل الإشعار
status-notice-on = ستصلك رسالة بريد إلكتروني عندما تتغيّر الحالة.
status-notice-stop = إيقاف رسائل البريد الإلكتروني
status-notice-off = لن تصلك بعد الآن رسائل بريد إلكتروني بخصوص هذا الطلب.
status-notice-error-email = يرجى إدخال عنوان بريد إلكتروني، مثلًا name@example.org.
status-notice-error-failed = لم تنجح العملية. يرجى المحاولة مرة أخرى لاحقًا.

appointments-proof-legend = كيف تُثبت هويتك؟
appointments-proof-application = باستخدام الرقم المرجعي ورمز الحالة الخاصين بطلبي
appointments-proof-email = باستخدام عنوان بريدي الإلكتروني (لم أقدّم طلبًا)
appointments-email = عنوان البريد الإلكتروني
appointments-email-hint = سنرسل إليك رمزًا مكوّنًا من 6 أرقام. لا يُحفَظ عنوانك إلا مشفَّرًا؛ ولا يستطيع قراءته إلا دائرة الأجانب.
appointments-send-code = إرسال الرمز
appointments-code = الرمز الموجود في رسالة البريد الإلكتروني
appointments-code-sent = لقد أرسلنا إليك رمزًا. الرمز صالح لمدة 30 دقيقة.
appointments-error-email = يرجى إدخال عنوان بريد إلكتروني، مثلًا name@example.org.
appointments-error-code = الرمز غير صحيح أو انتهت صلاحيته. يرجى التحقق منه، أو طلب إرسال رمز جديد.
appointments-error-mail = لم نتمكن من إرسال رسالة بريد إلكتروني إليك. يرجى التحقق من العنوان، أو المحاولة مرة أخرى لاحقًا.
appointments-intro-email = إذا كنت قد قدّمت طلبًا، فستحتاج إلى الرقم المرجعي ورمز الحالة الموجودين في إشعار الاستلام. وإذا لم تقدّم طلبًا، فستؤكد عنوان بريدك الإلكتروني برمز.
