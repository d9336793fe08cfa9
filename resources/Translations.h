// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include <memory>
#include <vector>

class QTranslator;

namespace corrob::resources {

// The GUI's translations, installed in the running QCoreApplication for as long as this object lives (create it
// after the application object and before any widget: widgets read their texts once).
//
// English is always installed first, as the fallback: the source texts are English but their plural forms
// ("%n report(s)") come from corroborate_en.qm. On top, for the locale's first UI language that has one, Qt's
// own translation (qtbase_<lang>.qm from the system, for the standard dialogs' buttons; absent unless Debian's
// qt6-translations-l10n is installed) and Corroborate's (":/i18n/corroborate_<lang>.qm", built from
// resources/translations/). Not thread-safe: construct and destroy on the GUI thread.
class Translations
{
public:
    explicit Translations(const QLocale& locale = QLocale::system());
    ~Translations();
    Translations(const Translations&) = delete;
    Translations& operator=(const Translations&) = delete;

    // The language of Corroborate's texts now shown: "de" for German, "en" when the locale has no translation.
    QString language() const { return m_language; }
    // Whether Qt's own translation for that language was found on the system.
    bool hasQtTranslation() const { return m_qtTranslation; }

private:
    bool install(const QString& file, const QString& folder);
    bool install(const QLocale& locale, const QString& name, const QString& folder);

    std::vector<std::unique_ptr<QTranslator>> m_installed;
    QString m_language = QStringLiteral("en");
    bool m_qtTranslation = false;
};

// The Qt resource folder holding the compiled translations (":/i18n").
QString translationsDir();

} // namespace corrob::resources
