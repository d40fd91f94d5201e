# Pforte – نصوص جهاز الاستقبال عند المدخل (الكشك) وصفحة التذكرة على الهاتف.
# Reviewed by a native speaker: no

kiosk-title = مسألة عاجلة
kiosk-welcome = أهلًا وسهلًا. هنا يمكنك إرسال مسألتك العاجلة مباشرةً إلى الفريق المختص.
kiosk-choose-language = اختر لغتك
kiosk-concern = ما موضوع مسألتك؟
kiosk-concern-permit-expiring = تصريح إقامتي سينتهي قريبًا
kiosk-concern-lost-card = بطاقتي ضاعت أو سُرقت
kiosk-concern-fiction-certificate = شهادتي المؤقتة (Fiktionsbescheinigung) ستنتهي صلاحيتها
kiosk-concern-employment-change = لديّ عمل جديد
kiosk-concern-other = أمر آخر
kiosk-reference = الرقم المرجعي (إن كان لديك)
kiosk-reference-hint = تجده في إشعار الاستلام، مثلًا 7KQM-2X9P-4.
kiosk-description = صِف مسألتك باختصار
kiosk-description-hint = الحد الأقصى لعدد الأحرف: { $max }.
kiosk-contact = كيف نتواصل معك؟ (الهاتف أو البريد الإلكتروني، اختياري)
kiosk-consent = أوافق على أن تستخدم دائرة الأجانب هذه البيانات لمعالجة مسألتي.
kiosk-send = إرسال المسألة
kiosk-cancel = إلغاء وحذف كل شيء
kiosk-sending = جارٍ التشفير والإرسال …
kiosk-error-summary = يرجى التحقق مما يلي:
kiosk-error-concern = اختر موضوع مسألتك.
kiosk-error-description = صِف مسألتك.
kiosk-error-too-long = النص طويل جدًا.
kiosk-error-reference = هذا ليس رقمًا مرجعيًا. تحقق منه أو اترك الحقل فارغًا.
kiosk-error-consent = لا يمكننا إرسال مسألتك إلى الفريق دون موافقتك.
kiosk-error-send = تعذّر إرسال المسألة. يرجى التوجه إلى مكتب الاستعلامات.
kiosk-ticket-title = وصلت مسألتك
kiosk-ticket-number = رقمك
kiosk-ticket-team = الفريق المختص يرى مسألتك الآن. يرجى الانتظار في منطقة الانتظار حتى يُنادى على رقمك.
kiosk-ticket-code = رمز تذكرتك
kiosk-ticket-code-hint = بهذا الرمز أو برمز QR يمكنك رؤية رد الفريق على هاتفك. اكتب الرمز أو التقط له صورة.
kiosk-done = تم
kiosk-idle-title = هل ما زلت هنا؟
kiosk-idle-countdown = { $seconds ->
    [zero] سيُحذف كل شيء الآن وتظهر شاشة البداية.
    [one] بعد ثانية واحدة سيُحذف كل شيء وتظهر شاشة البداية.
    [two] بعد ثانيتين سيُحذف كل شيء وتظهر شاشة البداية.
    [few] بعد { $seconds } ثوانٍ سيُحذف كل شيء وتظهر شاشة البداية.
    [many] بعد { $seconds } ثانية سيُحذف كل شيء وتظهر شاشة البداية.
   *[other] بعد { $seconds } ثانية سيُحذف كل شيء وتظهر شاشة البداية.
}
kiosk-idle-continue = متابعة التعبئة
kiosk-unavailable = هذا الجهاز غير جاهز للاستخدام حاليًا. يرجى التوجه إلى مكتب الاستعلامات.

ticket-title = تذكرتك
ticket-code = رمز التذكرة
ticket-code-hint = الرمز الظاهر على الشاشة عند المدخل، مثلًا 7KQM-2X9P-4ABC-DEFG-5.
ticket-show = عرض
ticket-number = الرقم { $number }
ticket-state-new = وصلت. لم يفتح الفريق مسألتك بعد.
ticket-state-in-progress = قيد المعالجة.
ticket-state-done = تمت المعالجة.
ticket-note = رسالة من الفريق
ticket-updated = آخر تغيير: { $time }
ticket-error-code = هذا ليس رمز تذكرة. تحقق من عدم وجود خطأ في الكتابة.
ticket-error-not-found = لا توجد تذكرة بهذا الرمز (أو لم تعد موجودة).
ticket-error-too-many = عدد الاستعلامات كبير جدًا. حاول مرة أخرى بعد بضع دقائق.
ticket-error-offline = لا يوجد اتصال بالخادم. حاول مرة أخرى لاحقًا.
