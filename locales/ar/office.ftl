# Pforte – نصوص صندوق الوارد للموظفين (/office).
# Reviewed by a native speaker: no

office-title = صندوق الوارد للفرق
office-sign-in = تسجيل الدخول
office-name = الاسم
office-password = كلمة المرور
office-sign-out = تسجيل الخروج
office-error-sign-in = الاسم أو كلمة المرور غير صحيحة.
office-error-too-many = محاولات كثيرة جدًا. انتظر بضع دقائق.
office-error-offline = لا يوجد اتصال بالخادم.
office-error-session = انتهت الجلسة. يرجى تسجيل الدخول من جديد.
office-signed-in = تم تسجيل الدخول باسم { $name }
office-team = الفريق { $team }
office-key = ملف مفتاح الفريق (team-{ $team }.pem)
office-key-hint = يبقى المفتاح في نافذة المتصفح هذه ولا يُرفع إلى الخادم. يُحذف عند تسجيل الخروج أو إغلاق النافذة.
office-key-loaded = تم تحميل المفتاح: يُفك تشفير المسائل هنا.
office-key-error = هذا الملف ليس مفتاحًا خاصًا (PKCS #8, PEM، غير مشفّر).
office-empty = لا توجد مسائل مفتوحة.
office-new-count = { $count ->
    [zero] لا توجد مسائل جديدة
    [one] مسألة جديدة واحدة
    [two] مسألتان جديدتان
    [few] { $count } مسائل جديدة
    [many] { $count } مسألة جديدة
   *[other] { $count } مسألة جديدة
}
office-ticket = الرقم { $ticket }
office-received = وقت الاستلام: { $time }
office-state-new = جديدة
office-state-in-progress = قيد المعالجة
office-state-done = تمت المعالجة
office-locked = مشفّرة. حمّل مفتاح الفريق لقراءتها.
office-cannot-open = لا يمكن فتح هذه المسألة بالمفتاح المحمّل.
office-field-concern = الموضوع
office-field-language = اللغة
office-field-reference = الرقم المرجعي
office-field-contact = وسيلة التواصل
office-field-description = الوصف
office-note = رسالة إلى الشخص (يراها باستخدام رمز تذكرته؛ الحد الأقصى لعدد الأحرف: { $max })
office-mark-in-progress = بدء المعالجة
office-mark-done = تحديد كمُنجَزة
office-saved = تم الحفظ.
office-error-save = لم يتم الحفظ. حاول مرة أخرى.
office-last-note = آخر رسالة: { $note }
office-by = آخر تعديل بواسطة { $name }
