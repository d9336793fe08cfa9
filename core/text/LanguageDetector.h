// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace corrob::text {

// Guesses the language of a text and returns its BCP 47 code ("en", "es", "fr", "de", "it", "pt", "nl", "ru",
// "uk"), or an empty string when the text is too short or no language clearly wins. Scores the share of very
// common words (stopwords) per language; Cyrillic text is told apart as Ukrainian or Russian by the letters only
// one of them uses (і ї є ґ against ы э ъ ё) and by stopwords. Reads at most the first 64 Ki characters, so it is
// cheap on huge texts. Pure, thread-safe.
QString detectLanguage(const QString& text);

} // namespace corrob::text
