// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resources/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>
#include <QtCore/qglobal.h>

static void initTranslationResources()
{
    // Resources in a static library must be registered explicitly.
    Q_INIT_RESOURCE(corrob_translations);
}

namespace corrob::resources {

QString translationsDir()
{
    static const bool initialised = (initTranslationResources(), true);
    Q_UNUSED(initialised);
    return QStringLiteral(":/i18n");
}

Translations::Translations(const QLocale& locale)
{
    const QString ours = translationsDir();
    const bool english = install(QStringLiteral("corroborate_en"), ours);
    Q_ASSERT(english); // built into the program: missing means the build is broken
    Q_UNUSED(english);

    // The locale's own translation, if Corroborate has one (QTranslator tries each UI language, de_AT then de).
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, QStringLiteral("corroborate"), QStringLiteral("_"), ours)) {
        return;
    }
    const QString language = translator->language().section(u'_', 0, 0).section(u'-', 0, 0);
    if (language.isEmpty() || language == u"en") {
        return;
    }
    // Qt's translation of the same language under ours, so that a text Corroborate translates itself wins.
    m_qtTranslation =
        install(QLocale(language), QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    QCoreApplication::installTranslator(translator.get());
    m_installed.push_back(std::move(translator));
    m_language = language;
}

Translations::~Translations()
{
    for (auto it = m_installed.rbegin(); it != m_installed.rend(); ++it) {
        QCoreApplication::removeTranslator(it->get());
    }
}

bool Translations::install(const QString& file, const QString& folder)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(file, folder) || !QCoreApplication::installTranslator(translator.get())) {
        return false;
    }
    m_installed.push_back(std::move(translator));
    return true;
}

bool Translations::install(const QLocale& locale, const QString& name, const QString& folder)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, name, QStringLiteral("_"), folder) ||
        !QCoreApplication::installTranslator(translator.get())) {
        return false;
    }
    m_installed.push_back(std::move(translator));
    return true;
}

} // namespace corrob::resources
