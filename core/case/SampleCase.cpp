// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/SampleCase.h"

#include "core/case/ImportService.h"
#include "core/case/edits/ClaimEdits.h"
#include "core/case/edits/LinkEdits.h"
#include "core/case/edits/SourceEdits.h"
#include "core/case/edits/TagEdits.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace corrob::casefile {

QString sampleCaseTitle()
{
    return QStringLiteral("Sample case: Amnesty International on war crimes in Ukraine (2022)");
}

namespace {

// A few claims, sources, tags and links in the first two seed articles (CBC and Fox News on Amnesty's Kyiv-region
// report), made through the same edits as the GUI's, so the sample opens on a worked example: Callamard's call
// for justice repeated word for word, Amnesty's findings corroborated across outlets and by the Kyiv governor,
// and Russia's denial contradicting them.
Status addSampleClaims(Case& target, ReportId cbc, ReportId fox)
{
    auto apply = [&target](Edit&& edit) {
        return edit.apply(target);
    };
    const struct
    {
        const char* name;
        const char* colour;
        const char* description;
    } tags[] = {
        {"Casualties", "#e07a5f", "Deaths, injuries and bodies found"},
        {"Unlawful killings", "#f2c94c", "Killings of civilians, executions"},
        {"Denial", "#9bb7d4", "A party denies an allegation"},
        {"Accountability", "#81b29a", "Calls for justice and investigation"},
    };
    for (const auto& tag : tags) {
        CORROB_TRY(apply(AddTag(TagId(), QString::fromUtf8(tag.name), QString::fromLatin1(tag.colour),
                                QString::fromUtf8(tag.description))));
    }
    const SourceDraft sources[] = {
        {QStringLiteral("Amnesty International"),
         model::SourceKind::Ngo,
         {QStringLiteral("Amnesty")},
         {},
         QStringLiteral("B"),
         QStringLiteral("Established human-rights NGO with a forensic evidence lab")},
        {QStringLiteral("Agnès Callamard"),
         model::SourceKind::Person,
         {QStringLiteral("Callamard")},
         QStringLiteral("Amnesty International"),
         {},
         {}},
        {QStringLiteral("Russian Ministry of Defence"),
         model::SourceKind::Government,
         {QStringLiteral("Russia")},
         {},
         QStringLiteral("E"),
         QStringLiteral("A party to the conflict")},
        {QStringLiteral("Oleksandr Pavlyuk"), model::SourceKind::Government, {QStringLiteral("Pavlyuk")}, {}, {}, {}},
    };
    for (const SourceDraft& source : sources) {
        CORROB_TRY(apply(CreateSource(source)));
    }
    struct SampleClaim
    {
        ReportId report;
        const char* quote;
        const char* statement;
        model::ClaimKind kind;
        const char* source;
        int credibility;
        const char* tag;
    };
    const SampleClaim claims[] = {
        {cbc, "documented 22 cases of unlawful killings by Russian forces",
         "22 unlawful killings by Russian forces documented in Bucha and nearby towns", model::ClaimKind::Allegation,
         "Amnesty International", 2, "Unlawful killings"},
        {cbc, "unlawful airstrikes on Borodyanka that killed up to 40 people",
         "Unlawful airstrikes on Borodyanka killed up to 40 people", model::ClaimKind::Figure, "Amnesty International",
         3, "Casualties"},
        {cbc,
         "It is vital that all those responsible, including at the top of the chain of command, are brought to justice",
         "All those responsible, up the chain of command, must be brought to justice", model::ClaimKind::Quote,
         "Agnès Callamard", 0, "Accountability"},
        {fox, "It is vital that all those responsible, including up the chain of command, are brought to justice",
         "All those responsible, up the chain of command, must be brought to justice", model::ClaimKind::Quote,
         "Agnès Callamard", 0, "Accountability"},
        {fox, "Russia has claimed that it hits only targets with military values, denying allegations of war crimes",
         "Russia hits only military targets and denies war crimes", model::ClaimKind::Denial,
         "Russian Ministry of Defence", 5, "Denial"},
        {fox, "at least 1,235 civilian bodies have been found in the region",
         "At least 1,235 civilian bodies found in the Kyiv region", model::ClaimKind::Figure, "Oleksandr Pavlyuk", 0,
         "Casualties"},
    };
    QList<ClaimId> ids;
    for (const SampleClaim& claim : claims) {
        ClaimDraft draft;
        draft.report = claim.report;
        draft.quote = QString::fromUtf8(claim.quote);
        draft.statement = QString::fromUtf8(claim.statement);
        draft.kind = claim.kind;
        draft.sourceName = QString::fromUtf8(claim.source);
        draft.credibility = claim.credibility;
        draft.tagPaths = {QString::fromUtf8(claim.tag)};
        AddClaim add(draft);
        CORROB_TRY(add.apply(target));
        ids.append(add.claim().id);
    }
    const struct
    {
        int from;
        int to;
        model::LinkType type;
        const char* note;
    } links[] = {
        {3, 2, model::LinkType::Repeats, "Same statement by Callamard, quoted by both outlets"},
        {5, 0, model::LinkType::Corroborates, "The bodies found support Amnesty's findings of unlawful killings"},
        {4, 0, model::LinkType::Contradicts, "Russia denies the war crimes Amnesty documents"},
    };
    for (const auto& link : links) {
        CORROB_TRY(apply(AddLink(ids[link.from], ids[link.to], link.type, QString::fromUtf8(link.note))));
    }
    return {};
}

} // namespace

Result<bool> ensureSampleCase(const QString& casePath, const QString& articlesDir, const CaseOptions& options)
{
    if (QFileInfo::exists(casePath)) {
        return false;
    }
    const QDir dir(articlesDir);
    const QStringList names = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    if (names.isEmpty()) {
        return Error{ErrorCode::NotFound, QStringLiteral("the sample articles are missing"), articlesDir};
    }
    if (!QDir().mkpath(QFileInfo(casePath).absolutePath())) {
        return Error{ErrorCode::Io, QStringLiteral("cannot create the folder for the sample case"), casePath};
    }
    auto created = Case::create(casePath, sampleCaseTitle(), options);
    CORROB_TRY(created);
    ImportService importer(*created.value());
    ImportOptions importOptions;
    importOptions.method = QStringLiteral("sample");
    QList<ReportId> reports;
    auto discard = [&](const Error& failure) {
        created.value().reset();
        QFile::remove(casePath);
        QFile::remove(casePath + u"-wal");
        QFile::remove(casePath + u"-shm");
        return failure;
    };
    for (const QString& name : names) {
        // Read through QFile so Qt resource paths work; keep the seed's own name as the file name.
        QFile file(dir.filePath(name));
        Error failure{ErrorCode::Io, QString(), file.fileName()};
        if (!file.open(QIODevice::ReadOnly)) {
            failure.message = QStringLiteral("cannot read a sample article: ") + file.errorString();
        } else if (const auto outcome = importer.importBytes(file.readAll(), name, importOptions);
                   !outcome.failed.empty()) {
            failure.message = QStringLiteral("cannot import a sample article: ") + outcome.failed.front().error;
        } else if (!outcome.imported.empty()) {
            reports.append(outcome.imported.front().report.id);
        }
        if (!failure.message.isEmpty()) {
            return discard(failure);
        }
    }
    if (reports.size() >= 2) {
        if (auto annotated = addSampleClaims(*created.value(), reports[0], reports[1]); !annotated) {
            Error failure = annotated.error();
            failure.message = QStringLiteral("cannot mark the sample claims: ") + failure.message;
            return discard(failure);
        }
    }
    return true;
}

} // namespace corrob::casefile
