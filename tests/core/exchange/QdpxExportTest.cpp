// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/edits/NoteEdits.h"
#include "core/case/edits/SourceEdits.h"
#include "core/exchange/CaseSnapshot.h"
#include "core/exchange/QdpxExporter.h"
#include "core/exchange/ZipArchive.h"
#include "tests/core/exchange/ExchangeTestSupport.h"
#include "tests/support/TestFiles.h"
#include "tests/support/TestPaths.h"

#include <QBuffer>
#include <QDir>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

namespace corrob::exchange {

namespace {

// Every entry of a zip, read with the reader the bundle import uses.
QHash<QString, QByteArray> unzip(const QString& path)
{
    QHash<QString, QByteArray> out;
    std::vector<std::unique_ptr<QBuffer>> buffers;
    std::vector<QString> names;
    auto entries = readZip(path, qint64(1) << 30, [&](const ZipEntry& e) -> Result<QIODevice*> {
        buffers.push_back(std::make_unique<QBuffer>());
        buffers.back()->open(QIODevice::WriteOnly);
        names.push_back(e.name);
        return buffers.back().get();
    });
    EXPECT_TRUE(entries.ok()) << (entries.ok() ? std::string() : entries.error().toString().toStdString());
    for (size_t i = 0; i < buffers.size(); ++i) {
        out.insert(names[i], buffers[i]->data());
    }
    return out;
}

struct Selection
{
    QString source;
    qsizetype start = 0;
    qsizetype end = 0;
    QStringList codes;
};

// Validates an XML file against the REFI-QDA project schema with xmllint (libxml2-utils); its exit status.
int validateProject(const QString& file, QString& output)
{
    const QString xsd = QDir(test::standardsDir()).filePath(QStringLiteral("refi-qda/Project-mrt2019.xsd"));
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--schema"), xsd, file});
    EXPECT_TRUE(p.waitForFinished(60000)) << "xmllint (libxml2-utils) did not run: " << p.errorString().toStdString();
    output = QString::fromUtf8(p.readAll());
    return p.exitCode();
}

// The text of the first element with this name whose text contains `marker`, as an XML reader reads it.
QString elementText(const QByteArray& xml, const QString& name, const QString& marker)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == name) {
            const QString text = reader.readElementText();
            if (text.contains(marker)) {
                return text;
            }
        }
    }
    EXPECT_FALSE(reader.hasError()) << reader.errorString().toStdString();
    return {};
}

} // namespace

TEST(QdpxExport, IsAZipOfTheProjectAndTheTextsReferencedAsInternalPaths)
{
    test::ExchangeCase source;
    auto snapshot = readSnapshot(source.get());
    ASSERT_TRUE(snapshot.ok());
    const QString path = source.dir() + QStringLiteral("/case.qdpx");
    ASSERT_TRUE(exportQdpx(snapshot.value(), path).ok());
    const auto entries = unzip(path);
    ASSERT_TRUE(entries.contains(QStringLiteral("project.qde")));
    EXPECT_EQ(entries.size(), 1 + 6); // the project and one text per report

    QXmlStreamReader xml(entries.value(QStringLiteral("project.qde")));
    QHash<QString, QString> textOfSource; // TextSource guid -> its text file's contents
    QHash<QString, QString> codeNames;
    std::vector<Selection> selections;
    QString origin;
    QString currentSource;
    int links = 0;
    int notes = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        const auto attr = xml.attributes();
        if (xml.name() == u"Project") {
            origin = attr.value(QStringLiteral("origin")).toString();
            EXPECT_EQ(xml.namespaceUri(), QStringLiteral("urn:QDA-XML:project:1.0"));
        } else if (xml.name() == u"Code") {
            codeNames.insert(attr.value(QStringLiteral("guid")).toString(),
                             attr.value(QStringLiteral("name")).toString());
        } else if (xml.name() == u"TextSource") {
            currentSource = attr.value(QStringLiteral("guid")).toString();
            const QString plainTextPath = attr.value(QStringLiteral("plainTextPath")).toString();
            EXPECT_EQ(plainTextPath, QStringLiteral("internal://%1.txt").arg(currentSource));
            // REFI-QDA 1.5 §8.1 and §8.3: internal files sit in a folder named "sources" (zip names are
            // case-sensitive).
            const QString file = QStringLiteral("sources/") + plainTextPath.mid(QStringLiteral("internal://").size());
            ASSERT_TRUE(entries.contains(file)) << file.toStdString();
            textOfSource.insert(currentSource, QString::fromUtf8(entries.value(file)));
        } else if (xml.name() == u"PlainTextSelection") {
            selections.push_back({currentSource,
                                  attr.value(QStringLiteral("startPosition")).toLongLong(),
                                  attr.value(QStringLiteral("endPosition")).toLongLong(),
                                  {}});
        } else if (xml.name() == u"CodeRef") {
            selections.back().codes << codeNames.value(attr.value(QStringLiteral("targetGUID")).toString());
        } else if (xml.name() == u"Link") {
            ++links;
        } else if (xml.name() == u"Note") {
            ++notes;
        }
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_TRUE(origin.startsWith(QStringLiteral("Corroborate"))) << origin.toStdString();
    EXPECT_EQ(links, 2);
    // Two on claims, one on the case; one for each link's own note or confidence (both links have one); one per
    // source.
    EXPECT_EQ(notes, 3 + 2 + int(snapshot->sources.size()));
    EXPECT_GE(snapshot->sources.size(), 3u);

    // The offsets are code points of the source's text and select exactly each claim's quote, also after emoji.
    ASSERT_EQ(selections.size(), snapshot->claims.size());
    for (size_t i = 0; i < selections.size(); ++i) {
        const model::Claim& claim = snapshot->claims[i];
        const Selection& s = selections[i];
        EXPECT_EQ(s.source, qdpxSourceGuid(snapshot.value(), claim.report));
        const QList<uint> ucs4 = textOfSource.value(s.source).toUcs4();
        ASSERT_LE(s.end, ucs4.size());
        EXPECT_EQ(QString::fromUcs4(reinterpret_cast<const char32_t*>(ucs4.constData()) + s.start, s.end - s.start),
                  claim.anchor.quote);
        QStringList expected;
        for (TagId t : claim.tags) {
            expected << snapshot->tagPath(t).section(u'/', -1);
        }
        EXPECT_EQ(s.codes, expected) << claim.anchor.quote.toStdString();
    }
    // After the emoji the code points are behind the UTF-16 offsets: the conversion really happened.
    int checkedAfterEmoji = 0;
    for (size_t i = 0; i < selections.size(); ++i) {
        if (snapshot->claims[i].report == source.emojiReport()) {
            EXPECT_LT(selections[i].start, snapshot->claims[i].anchor.start);
            ++checkedAfterEmoji;
        }
    }
    EXPECT_EQ(checkedAfterEmoji, 3);
}

TEST(QdpxExport, WhatQdaXmlHasNoElementForIsCarriedInNotesALinksNoteAndConfidenceASourcesGradeAliasesAndNotes)
{
    test::ExchangeCase source;
    casefile::Case& c = source.get();
    auto before = readSnapshot(c);
    ASSERT_TRUE(before.ok());
    const auto amnesty = std::find_if(before->sources.begin(), before->sources.end(), [](const model::Source& s) {
        return s.name == QStringLiteral("Amnesty International");
    });
    ASSERT_NE(amnesty, before->sources.end());
    casefile::SourceChanges changes;
    changes.kind = model::SourceKind::Organisation;
    changes.addAliases = {QStringLiteral("AI")};
    changes.reliability = QStringLiteral("B");
    changes.rationale = QStringLiteral("documented record");
    casefile::EditSource edit(amnesty->id, changes);
    ASSERT_TRUE(edit.apply(c).ok());
    casefile::AddNote note(model::NoteTarget::Source, amnesty->id.value,
                           QStringLiteral("Researchers were on site on 4 March."));
    ASSERT_TRUE(note.apply(c).ok());
    auto snapshot = readSnapshot(c);
    ASSERT_TRUE(snapshot.ok());
    const QByteArray xml = qdpxProjectXml(snapshot.value());

    const QString linkNote = elementText(xml, QStringLiteral("PlainTextContent"), QStringLiteral("mayor vs ministry"));
    EXPECT_EQ(linkNote, QStringLiteral("mayor vs ministry"));
    EXPECT_EQ(elementText(xml, QStringLiteral("PlainTextContent"), QStringLiteral("Confidence:")),
              QStringLiteral("Confidence: 0.7"));
    const QString amnestyNote =
        elementText(xml, QStringLiteral("PlainTextContent"), QStringLiteral("Source: Amnesty International"));
    EXPECT_TRUE(amnestyNote.contains(QStringLiteral("Kind: organisation"))) << amnestyNote.toStdString();
    EXPECT_TRUE(amnestyNote.contains(QStringLiteral("Also known as: AI"))) << amnestyNote.toStdString();
    EXPECT_TRUE(amnestyNote.contains(QStringLiteral("Reliability: B (documented record)")))
        << amnestyNote.toStdString();
    EXPECT_TRUE(amnestyNote.contains(QStringLiteral("Researchers were on site on 4 March.")))
        << amnestyNote.toStdString();

    // Each of those notes is referred to from where it belongs: the link's from its Link, the sources' from the
    // Project; no NoteRef points at nothing.
    QSet<QString> noteGuids;
    QStringList refs;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        if (reader.name() == u"Note") {
            noteGuids.insert(reader.attributes().value(QStringLiteral("guid")).toString());
        } else if (reader.name() == u"NoteRef") {
            refs << reader.attributes().value(QStringLiteral("targetGUID")).toString();
        }
    }
    EXPECT_EQ(QSet<QString>(refs.begin(), refs.end()), noteGuids);
    if (!test::standardsDir().isEmpty()) {
        const QString project = source.dir() + QStringLiteral("/with-sources.qde");
        test::writeFile(project, xml);
        QString output;
        EXPECT_EQ(validateProject(project, output), 0) << output.toStdString();
    }
}

TEST(QdpxExport, ProjectValidatesAgainstTheRefiQdaSchema)
{
    if (test::standardsDir().isEmpty()) {
        GTEST_SKIP() << "../shared/standards is absent: no REFI-QDA schema to validate against";
    }
    test::ExchangeCase source;
    auto snapshot = readSnapshot(source.get());
    ASSERT_TRUE(snapshot.ok());
    const QString project = source.dir() + QStringLiteral("/project.qde");
    test::writeFile(project, qdpxProjectXml(snapshot.value()));
    const auto validate = validateProject;
    QString output;
    EXPECT_EQ(validate(project, output), 0) << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("validates"))) << output.toStdString();

    // And the check can fail: a selection without its required endPosition does not validate.
    QByteArray broken = qdpxProjectXml(snapshot.value());
    broken.replace(QByteArrayLiteral(" endPosition="), QByteArrayLiteral(" endPositionX="));
    const QString bad = source.dir() + QStringLiteral("/broken.qde");
    test::writeFile(bad, broken);
    EXPECT_NE(validate(bad, output), 0) << output.toStdString();
}

TEST(QdpxExport, CarriageReturnsSurviveAnXmlReaderAndCharactersXmlCannotHoldBecomeReplacementCharacters)
{
    test::ExchangeCase source;
    auto snapshot = readSnapshot(source.get());
    ASSERT_TRUE(snapshot.ok());
    // A note pasted from Windows (CRLF, a lone CR) and a statement with controls and a lone surrogate.
    const QString note = QStringLiteral("\rFirst line\r\nsecond line\rthird\tcolumn\r\n");
    ASSERT_FALSE(snapshot->notes.empty());
    snapshot->notes.front().body = note;
    ASSERT_FALSE(snapshot->claims.empty());
    snapshot->claims.front().statement =
        QStringLiteral("Bell\u0007 and form\u000Cfeed") + QChar(0xD800) + QStringLiteral(" end\r\nmore");
    const QByteArray xml = qdpxProjectXml(snapshot.value());

    // What any XML reader gives back (QXmlStreamReader, as libxml2, normalises raw CR LF to LF).
    EXPECT_EQ(elementText(xml, QStringLiteral("PlainTextContent"), QStringLiteral("First line")), note);
    // (The selection's Description is the statement followed by the claim's details.)
    EXPECT_TRUE(elementText(xml, QStringLiteral("Description"), QStringLiteral("Bell"))
                    .startsWith(QStringLiteral("Bell\uFFFD and form\uFFFDfeed\uFFFD end\r\nmore\n")));
    QXmlStreamReader reader(xml);
    QString name;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement &&
            reader.name() == QLatin1String("PlainTextSelection") &&
            reader.attributes().value(QLatin1String("name")).startsWith(QLatin1String("Bell"))) {
            name = reader.attributes().value(QLatin1String("name")).toString();
        }
    }
    EXPECT_FALSE(reader.hasError()) << reader.errorString().toStdString();
    EXPECT_EQ(name, QStringLiteral("Bell\uFFFD and form\uFFFDfeed\uFFFD end\r\nmore"));

    if (test::standardsDir().isEmpty()) {
        GTEST_SKIP() << "../shared/standards is absent: no REFI-QDA schema to validate against";
    }
    const QString project = source.dir() + QStringLiteral("/project.qde");
    test::writeFile(project, xml);
    QString output;
    EXPECT_EQ(validateProject(project, output), 0) << output.toStdString();
}

TEST(QdpxExport, TheSameCaseGivesTheSameGuids)
{
    test::ExchangeCase source;
    auto first = readSnapshot(source.get());
    auto second = readSnapshot(source.get());
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_EQ(qdpxProjectXml(first.value()), qdpxProjectXml(second.value()));
}

} // namespace corrob::exchange
