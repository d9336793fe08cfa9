// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The committed translations (resources/translations/*.ts) against the sources. lupdate runs over the sources
// into a temporary copy of each file, as scripts/update-translations does, so a text added to the code without a
// translation fails here (run scripts/update-translations, translate what is unfinished, commit the .ts). Each
// translation keeps its source's placeholders (%1, %n, %Ln) and, when the source has one, a keyboard accelerator.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

namespace {

const QString kSourceDir = QStringLiteral(CORROB_SOURCE_DIR);

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; // one per numerus form, else one
};

struct TsFile
{
    QString language;
    std::vector<Message> messages;
    QString error;
};

TsFile readTs(const QString& path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot read %1").arg(path);
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message* message = nullptr;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        const auto name = xml.name();
        if (name == u"TS") {
            ts.language = xml.attributes().value(QStringLiteral("language")).toString();
        } else if (name == u"name" && !message) {
            context = xml.readElementText();
        } else if (name == u"message") {
            Message added;
            added.context = context;
            added.numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
            ts.messages.push_back(added);
            message = &ts.messages.back();
        } else if (name == u"source" && message) {
            message->source = xml.readElementText();
        } else if (name == u"translation" && message) {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            message->unfinished = type == u"unfinished";
            if (type == u"vanished" || type == u"obsolete") {
                ts.messages.pop_back(); // no longer in the sources: never shown
                message = nullptr;
                continue;
            }
            if (!message->numerus) {
                message->translations << xml.readElementText();
                message = nullptr;
            }
        } else if (name == u"numerusform" && message) {
            message->translations << xml.readElementText();
        }
    }
    if (xml.hasError()) {
        ts.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    }
    return ts;
}

QString committedTs(const QString& name)
{
    return kSourceDir + QStringLiteral("/resources/translations/") + name;
}

// Runs lupdate as scripts/update-translations does, into a copy of the committed file; returns the copy's path.
QString refreshedCopy(const QTemporaryDir& dir, const QString& name, const QStringList& extraOptions)
{
    const QString copy = dir.filePath(name);
    EXPECT_TRUE(QFile::copy(committedTs(name), copy)) << name.toStdString();
    QProcess lupdate;
    lupdate.setWorkingDirectory(kSourceDir);
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    // As scripts/update-translations: render/ too, whose export formats' names the export dialog shows.
    QStringList args{
        QStringLiteral("-I"),           QStringLiteral("."),     QStringLiteral("-locations"), QStringLiteral("none"),
        QStringLiteral("-no-obsolete"), QStringLiteral("ui"),    QStringLiteral("cli"),        QStringLiteral("core"),
        QStringLiteral("app"),          QStringLiteral("render")};
    args << extraOptions << QStringLiteral("-ts") << copy;
    lupdate.start(QStringLiteral(CORROB_LUPDATE), args);
    EXPECT_TRUE(lupdate.waitForFinished(120000)) << "lupdate did not finish";
    EXPECT_EQ(lupdate.exitCode(), 0) << lupdate.readAll().toStdString();
    return copy;
}

bool haveLupdate()
{
    const QString path = QStringLiteral(CORROB_LUPDATE);
    return !path.isEmpty() && QFileInfo(path).isExecutable();
}

QString describe(const Message& m)
{
    return m.context + QStringLiteral(": \"") + m.source + u'"';
}

// %1 … %99, %n and %Ln, as QString::arg and tr()'s plural form read them.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?(?:n|[1-9][0-9]?)"));
    QStringList found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        found << it.next().captured();
    }
    found.sort();
    return found;
}

// A keyboard accelerator: '&' before a letter or digit, not "&&" (a literal ampersand) nor an entity ("&nbsp;").
bool hasAccelerator(const QString& text)
{
    static const QRegularExpression entity(QStringLiteral("&[a-zA-Z]+;|&#[0-9]+;"));
    QString plain = text;
    plain.remove(entity).replace(QStringLiteral("&&"), QString());
    const qsizetype at = plain.indexOf(u'&');
    return at >= 0 && at + 1 < plain.size() && plain.at(at + 1).isLetterOrNumber();
}

class TranslationFile : public ::testing::TestWithParam<const char*>
{
};

} // namespace

// Every text in the sources has a finished translation: German in full, English for every plural form.
TEST_P(TranslationFile, HasAFinishedTranslationForEveryTextInTheSources)
{
    if (!haveLupdate()) {
        GTEST_SKIP() << "lupdate is not installed (Debian: qt6-l10n-tools; scripts/install-deps installs it)";
    }
    const QString name = QString::fromLatin1(GetParam());
    const bool pluralOnly = name == u"corroborate_en.ts";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const TsFile ts =
        readTs(refreshedCopy(dir, name, pluralOnly ? QStringList{QStringLiteral("-pluralonly")} : QStringList{}));
    ASSERT_TRUE(ts.error.isEmpty()) << ts.error.toStdString();
    ASSERT_FALSE(ts.messages.empty());
    QStringList missing;
    for (const Message& m : ts.messages) {
        const bool empty = m.translations.isEmpty() || std::any_of(m.translations.cbegin(), m.translations.cend(),
                                                                   [](const QString& t) { return t.isEmpty(); });
        if (m.unfinished || empty) {
            missing << describe(m);
        }
    }
    EXPECT_TRUE(missing.isEmpty()) << missing.size() << " of " << ts.messages.size() << " texts in " << GetParam()
                                   << " have no finished translation; run scripts/update-translations and "
                                      "translate them:\n  "
                                   << missing.join(QStringLiteral("\n  ")).toStdString();
}

TEST_P(TranslationFile, KeepsEveryPlaceholderAndAcceleratorOfItsSource)
{
    const TsFile ts = readTs(committedTs(QString::fromLatin1(GetParam())));
    ASSERT_TRUE(ts.error.isEmpty()) << ts.error.toStdString();
    ASSERT_FALSE(ts.messages.empty());
    QStringList wrong;
    for (const Message& m : ts.messages) {
        for (const QString& translation : m.translations) {
            if (translation.isEmpty()) {
                continue; // unfinished: the test above names it
            }
            if (placeholders(translation) != placeholders(m.source)) {
                wrong << describe(m) + QStringLiteral(" -> \"") + translation + QStringLiteral("\" (placeholders)");
            }
            if (hasAccelerator(translation) != hasAccelerator(m.source)) {
                wrong << describe(m) + QStringLiteral(" -> \"") + translation + QStringLiteral("\" (accelerator)");
            }
        }
    }
    EXPECT_TRUE(wrong.isEmpty()) << GetParam() << ":\n  " << wrong.join(QStringLiteral("\n  ")).toStdString();
}

// German and English both have two plural forms (one, other): a file with another count would pick wrong forms.
TEST_P(TranslationFile, GivesEveryPluralTextTwoForms)
{
    const TsFile ts = readTs(committedTs(QString::fromLatin1(GetParam())));
    ASSERT_TRUE(ts.error.isEmpty()) << ts.error.toStdString();
    int plurals = 0;
    for (const Message& m : ts.messages) {
        if (m.numerus) {
            ++plurals;
            EXPECT_EQ(m.translations.size(), 2) << describe(m).toStdString();
        }
    }
    EXPECT_GT(plurals, 0) << "no plural texts: tr(\"%n report(s)\", nullptr, n) should be there";
}

INSTANTIATE_TEST_SUITE_P(Committed, TranslationFile, ::testing::Values("corroborate_de.ts", "corroborate_en.ts"),
                         [](const ::testing::TestParamInfo<const char*>& file) {
                             return QString::fromLatin1(file.param).section(u'.', 0, 0).section(u'_', 1).toStdString();
                         });
