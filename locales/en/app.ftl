# Pforte – the app's own texts (not specific to a form).
# Reviewed by a native speaker: no

catalogue-title = Foreigners' office online
step-progress = Step { $current } of { $total }
nav-back = Back
nav-next = Next
select-choose = Please choose
answer-yes = Yes
answer-no = No
group-add = Add an entry
group-remove = Remove this entry

## Error messages, one per JSON Schema keyword. Forms can override them per field.

error-required = Please fill in this field.
error-type = This answer is not in the expected format.
error-enum = Please choose one of the values offered.
error-const = Please confirm this.
error-minLength = Please enter at least { $limit } characters.
error-maxLength = Please enter at most { $limit } characters.
error-pattern = This answer is not in the expected format.
error-format = This answer is not in the expected format.
error-minimum = The value must be at least { $limit }.
error-maximum = The value must be at most { $limit }.
error-exclusiveMinimum = The value must be greater than { $limit }.
error-exclusiveMaximum = The value must be less than { $limit }.
error-multipleOf = The value must be a multiple of { $limit }.
error-minItems = Please give at least { $limit } entries.
error-maxItems = Please give at most { $limit } entries.
error-uniqueItems = Please give each entry only once.
error-anyOf = Please check this answer.
error-oneOf = Please check this answer.
error-not = Please check this answer.
error-dependentRequired = Please fill in this field.
error-additionalProperties = This answer is not expected here.
error-false = This answer is not expected here.
error-contains = Please give at least one matching entry.
error-minContains = Please give at least { $limit } matching entries.
error-maxContains = Please give at most { $limit } matching entries.
error-minProperties = Please give at least { $limit } answers.
error-maxProperties = Please give at most { $limit } answers.
error-propertyNames = This answer is not expected here.

## Error summary, review before submitting

error-summary-title = Please check your answers
review-title = Your answers at a glance
review-intro = Please check everything before you send the application.
review-change = Change
review-empty = Not given
start-over = Start over
start-over-confirm = All answers in this form will be deleted from this device. Start over?

## Choosing from a long list with search (e.g. nationality)

combobox-hint = Type a few letters, then choose with the arrow keys or by tapping.
combobox-results = { $count ->
    [0] No matches
    [one] One match
   *[other] { $count } matches
}
combobox-no-match = Please choose an entry from the list.

## Repeatable entries

group-move-up = Move up
group-move-down = Move down
group-count = { $count } of at most { $max } entries
group-full = No more entries can be added.

## Bilingual view for counsellors, printing

bilingual-toggle = Show the German original under every text
bilingual-german = German original
print-review = Print this summary

## Page frame

skip-to-content = Skip to content
footer-accessibility = Accessibility statement
