# Pforte – نصوص التطبيق نفسه (غير خاصة بنموذج معيّن).
# Reviewed by a native speaker: no

catalogue-title = دائرة الأجانب عبر الإنترنت
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
