# Pforte – متن‌های صندوق ورودی کارکنان (/office).
# Reviewed by a native speaker: no

office-title = صندوق ورودی تیم‌ها
office-sign-in = ورود
office-name = نام
office-password = رمز عبور
office-sign-out = خروج
office-error-sign-in = نام یا رمز عبور درست نیست.
office-error-too-many = تعداد تلاش‌ها بیش از حد است. چند دقیقه صبر کنید.
office-error-offline = اتصال به سرور برقرار نیست.
office-error-session = نشست شما تمام شده است. لطفاً دوباره وارد شوید.
office-signed-in = وارد شده با نام { $name }
office-team = تیم { $team }
office-key = فایل کلید تیم (team-{ $team }.pem)
office-key-hint = کلید در همین پنجره مرورگر می‌ماند و بارگذاری نمی‌شود. با خروج یا بستن پنجره، کلید پاک می‌شود.
office-key-loaded = کلید بارگذاری شد: موضوع‌ها همین‌جا رمزگشایی می‌شوند.
office-key-error = این فایل کلید خصوصی نیست (PKCS #8, PEM، بدون رمزگذاری).
office-empty = هیچ موضوع بازی وجود ندارد.
office-new-count = { $count ->
    [one] { $count } موضوع جدید
   *[other] { $count } موضوع جدید
}
office-ticket = شماره { $ticket }
office-received = زمان دریافت: { $time }
office-state-new = جدید
office-state-in-progress = در حال رسیدگی
office-state-done = انجام شد
office-locked = رمزگذاری شده است. برای خواندن آن، کلید تیم را بارگذاری کنید.
office-cannot-open = این موضوع با کلید بارگذاری‌شده باز نمی‌شود.
office-field-concern = موضوع
office-field-language = زبان
office-field-reference = شماره پیگیری
office-field-contact = راه تماس
office-field-description = شرح
office-note = پیام به فرد (آن را با کد تیکت خود می‌بیند؛ حداکثر { $max } کاراکتر)
office-mark-in-progress = شروع رسیدگی
office-mark-done = علامت‌گذاری به‌عنوان انجام‌شده
office-saved = ذخیره شد.
office-error-save = ذخیره نشد. دوباره تلاش کنید.
office-last-note = آخرین پیام: { $note }
office-by = آخرین بار توسط { $name }
