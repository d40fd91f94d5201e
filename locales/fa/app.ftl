# Pforte – متن‌های خود برنامه (مربوط به فرم خاصی نیستند).
# Reviewed by a native speaker: no

catalogue-title = اداره اتباع خارجی – آنلاین
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
