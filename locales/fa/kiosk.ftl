# Pforte – متن‌های پایانه ورودی (کیوسک) و صفحه تیکت روی گوشی.
# Reviewed by a native speaker: no

kiosk-title = موضوع فوری
kiosk-welcome = خوش آمدید. اینجا می‌توانید موضوع فوری خود را مستقیم به تیم مسئول بفرستید.
kiosk-choose-language = زبان خود را انتخاب کنید
kiosk-concern = موضوع شما درباره چیست؟
kiosk-concern-permit-expiring = اجازه اقامتم به‌زودی تمام می‌شود
kiosk-concern-lost-card = کارتم گم شده یا دزدیده شده است
kiosk-concern-fiction-certificate = اعتبار گواهی موقت من (Fiktionsbescheinigung) تمام می‌شود
kiosk-concern-employment-change = کار جدیدی دارم
kiosk-concern-other = موضوع دیگر
kiosk-reference = شماره پیگیری (اگر دارید)
kiosk-reference-hint = این شماره روی رسید شما نوشته شده است، مثلاً 7KQM-2X9P-4.
kiosk-description = موضوع خود را کوتاه شرح دهید
kiosk-description-hint = حداکثر { $max } کاراکتر.
kiosk-contact = چطور با شما تماس بگیریم؟ (تلفن یا ایمیل، اختیاری)
kiosk-consent = موافقم که اداره اتباع خارجی از این اطلاعات برای رسیدگی به موضوع من استفاده کند.
kiosk-send = ارسال موضوع
kiosk-cancel = لغو و پاک کردن همه چیز
kiosk-sending = در حال رمزگذاری و ارسال …
kiosk-error-summary = لطفاً بررسی کنید:
kiosk-error-concern = موضوع را انتخاب کنید.
kiosk-error-description = موضوع خود را شرح دهید.
kiosk-error-too-long = متن بیش از حد طولانی است.
kiosk-error-reference = این شماره پیگیری نیست. آن را بررسی کنید یا این بخش را خالی بگذارید.
kiosk-error-consent = بدون موافقت شما نمی‌توانیم موضوع را به تیم بفرستیم.
kiosk-error-send = موضوع ارسال نشد. لطفاً به میز اطلاعات مراجعه کنید.
kiosk-ticket-title = موضوع شما رسید
kiosk-ticket-number = شماره شما
kiosk-ticket-team = تیم مسئول اکنون موضوع شما را می‌بیند. لطفاً در سالن انتظار بمانید تا شماره شما اعلام شود.
kiosk-ticket-code = کد تیکت شما
kiosk-ticket-code-hint = با این کد یا کد QR می‌توانید پاسخ تیم را روی گوشی خود ببینید. کد را یادداشت کنید یا از آن عکس بگیرید.
kiosk-done = تمام
kiosk-idle-title = هنوز اینجا هستید؟
kiosk-idle-countdown = { $seconds ->
    [one] تا { $seconds } ثانیه دیگر همه چیز پاک می‌شود و صفحه شروع نمایش داده می‌شود.
   *[other] تا { $seconds } ثانیه دیگر همه چیز پاک می‌شود و صفحه شروع نمایش داده می‌شود.
}
kiosk-idle-continue = ادامه پر کردن فرم
kiosk-unavailable = این دستگاه در حال حاضر آماده نیست. لطفاً به میز اطلاعات مراجعه کنید.

ticket-title = تیکت شما
ticket-code = کد تیکت
ticket-code-hint = کدی که روی صفحه نمایش کنار ورودی دیدید، مثلاً 7KQM-2X9P-4ABC-DEFG-5.
ticket-show = نمایش
ticket-number = شماره { $number }
ticket-state-new = رسید. تیم هنوز موضوع شما را باز نکرده است.
ticket-state-in-progress = در حال رسیدگی.
ticket-state-done = انجام شد.
ticket-note = پیام تیم
ticket-updated = آخرین تغییر: { $time }
ticket-error-code = این کد تیکت نیست. آن را از نظر اشتباه تایپی بررسی کنید.
ticket-error-not-found = برای این کد تیکتی وجود ندارد (یا دیگر وجود ندارد).
ticket-error-too-many = تعداد استعلام‌ها بیش از حد است. چند دقیقه دیگر دوباره تلاش کنید.
ticket-error-offline = اتصال به سرور برقرار نیست. بعداً دوباره تلاش کنید.
