// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/export/ExportTestSupport.h"

#include "core/case/CaseReader.h"
#include "core/case/SampleCase.h"
#include "core/case/edits/ClaimEdits.h"
#include "core/case/edits/NoteEdits.h"
#include "core/case/edits/SourceEdits.h"
#include "tests/support/TestPaths.h"

#include <gtest/gtest.h>

namespace corrob::test {

QString hostileStatement()
{
    return QStringLiteral("Killings <script>alert(\"pwned\")</script> & \"more\"");
}

QString hostileNote()
{
    return QStringLiteral("Checked <b>twice</b>; see <img src=\"https://tracker.example/x.png\"> and "
                          "<a href=\"javascript:alert(1)\">this</a>\nsecond line, with a comma");
}

std::unique_ptr<ExportCase> makeExportCase()
{
    auto out = std::make_unique<ExportCase>();
    const QString path = out->dir.filePath(QStringLiteral("Sample case.corrob"));
    const casefile::CaseOptions options{QStringLiteral("Ana Investigator")};
    if (auto made = casefile::ensureSampleCase(path, seedsDir(), options); !made) {
        ADD_FAILURE() << made.error().toString().toStdString();
        return nullptr;
    }
    auto opened = casefile::Case::open(path, options);
    if (!opened) {
        ADD_FAILURE() << opened.error().toString().toStdString();
        return nullptr;
    }
    out->target = std::move(opened).value();
    casefile::ClaimChanges changes;
    changes.statement = hostileStatement();
    casefile::SourceChanges graded;
    graded.reliability = QStringLiteral("A");
    auto amnesty = casefile::CaseReader(*out->target).sourceNamed(QStringLiteral("Amnesty International"));
    if (!amnesty || !amnesty.value()) {
        ADD_FAILURE() << "the sample case has no Amnesty International";
        return nullptr;
    }
    casefile::EditSource grade(amnesty.value()->id, graded);
    casefile::EditClaim edit(ClaimId(1), changes);
    casefile::AddNote note(model::NoteTarget::Claim, 1, hostileNote());
    for (casefile::Edit* e : std::initializer_list<casefile::Edit*>{&grade, &edit, &note}) {
        if (auto applied = e->apply(*out->target); !applied) {
            ADD_FAILURE() << applied.error().toString().toStdString();
            return nullptr;
        }
    }
    return out;
}

QList<QStringList> parseCsv(const QByteArray& bytes)
{
    const QString csv = QString::fromUtf8(bytes);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const QChar c = csv.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < csv.size() && csv.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"' && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
            wasQuoted = false;
        } else if (c == u'\r' && i + 1 < csv.size() && csv.at(i + 1) == u'\n') {
            record << field;
            records << record;
            record.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else if (c == u'\r' || c == u'\n' || c == u'"') {
            ADD_FAILURE() << "bare CR, LF or quote outside a quoted field at " << i;
            return records;
        } else {
            field += c;
        }
    }
    if (quoted) {
        ADD_FAILURE() << "unterminated quoted field";
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        ADD_FAILURE() << "the last record is not ended by CRLF";
    }
    return records;
}

} // namespace corrob::test
