# Pforte — тексти вхідних звернень для працівників (/office).
# Reviewed by a native speaker: no

office-title = Вхідні звернення відділів
office-sign-in = Увійти
office-name = Ім’я
office-password = Пароль
office-sign-out = Вийти
office-error-sign-in = Неправильне ім’я або пароль.
office-error-too-many = Забагато спроб. Зачекайте кілька хвилин.
office-error-offline = Немає зв’язку із сервером.
office-error-session = Сеанс завершився. Будь ласка, увійдіть знову.
office-signed-in = Ви увійшли як { $name }
office-team = Відділ { $team }
office-key = Файл ключа відділу (team-{ $team }.pem)
office-key-hint = Ключ залишається в цьому вікні браузера й не завантажується на сервер. Після виходу або закриття вікна його буде видалено.
office-key-loaded = Ключ завантажено: звернення розшифровуються тут.
office-key-error = Цей файл не є закритим ключем (PKCS #8, PEM, без шифрування).
office-empty = Немає відкритих звернень.
office-new-count = { $count ->
    [one] { $count } нове звернення
    [few] { $count } нові звернення
    [many] { $count } нових звернень
   *[other] { $count } нового звернення
}
office-ticket = Номер { $ticket }
office-received = Надійшло: { $time }
office-state-new = Нове
office-state-in-progress = У роботі
office-state-done = Завершено
office-locked = Зашифровано. Завантажте ключ відділу, щоб прочитати звернення.
office-cannot-open = Це звернення не вдається відкрити завантаженим ключем.
office-field-concern = Тема звернення
office-field-language = Мова
office-field-reference = Номер справи
office-field-contact = Контакт
office-field-description = Опис
office-note = Повідомлення для заявника (він побачить його за кодом талона; максимум символів: { $max })
office-mark-in-progress = Взяти в роботу
office-mark-done = Позначити як завершене
office-saved = Збережено.
office-error-save = Не збережено. Спробуйте ще раз.
office-last-note = Останнє повідомлення: { $note }
office-by = остання зміна: { $name }
