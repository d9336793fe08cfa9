// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/VocabularyText.h"

#include "core/model/Vocabulary.h"

#include <QComboBox>
#include <QCoreApplication>

namespace corrob::ui {
namespace {

// The translation context of the words below. The comment tells a translator which word it is ("other" is both a
// claim kind and a source kind).
struct Vocabulary
{
    Q_DECLARE_TR_FUNCTIONS(Vocabulary)
};

} // namespace

QString claimKindText(model::ClaimKind kind)
{
    switch (kind) {
    case model::ClaimKind::Figure:
        return Vocabulary::tr("figure", "claim kind");
    case model::ClaimKind::Allegation:
        return Vocabulary::tr("allegation", "claim kind");
    case model::ClaimKind::Denial:
        return Vocabulary::tr("denial", "claim kind");
    case model::ClaimKind::Legal:
        return Vocabulary::tr("legal qualification", "claim kind: genocide, war crime...");
    case model::ClaimKind::Quote:
        return Vocabulary::tr("quote", "claim kind");
    case model::ClaimKind::Other:
        return Vocabulary::tr("other", "claim kind");
    }
    return model::claimKindName(kind);
}

QString sourceKindText(model::SourceKind kind)
{
    switch (kind) {
    case model::SourceKind::Person:
        return Vocabulary::tr("person", "source kind");
    case model::SourceKind::Organisation:
        return Vocabulary::tr("organisation", "source kind");
    case model::SourceKind::Ngo:
        return Vocabulary::tr("ngo", "source kind: a non-governmental organisation");
    case model::SourceKind::Government:
        return Vocabulary::tr("government", "source kind");
    case model::SourceKind::Military:
        return Vocabulary::tr("military", "source kind");
    case model::SourceKind::Intergovernmental:
        return Vocabulary::tr("intergovernmental", "source kind: UN, OSCE, ...");
    case model::SourceKind::Media:
        return Vocabulary::tr("media", "source kind");
    case model::SourceKind::Researcher:
        return Vocabulary::tr("researcher", "source kind");
    case model::SourceKind::Witness:
        return Vocabulary::tr("witness", "source kind");
    case model::SourceKind::Anonymous:
        return Vocabulary::tr("anonymous", "source kind");
    case model::SourceKind::Other:
        return Vocabulary::tr("other", "source kind");
    }
    return model::sourceKindName(kind);
}

QString linkTypeText(model::LinkType type)
{
    switch (type) {
    case model::LinkType::Corroborates:
        return Vocabulary::tr("corroborates", "link type");
    case model::LinkType::Contradicts:
        return Vocabulary::tr("contradicts", "link type");
    case model::LinkType::Repeats:
        return Vocabulary::tr("repeats", "link type: the same statement from the same origin");
    case model::LinkType::Updates:
        return Vocabulary::tr("updates", "link type: a newer figure or state of the same thing");
    case model::LinkType::Elaborates:
        return Vocabulary::tr("elaborates", "link type");
    }
    return model::linkTypeName(type);
}

QString noteTargetText(model::NoteTarget target)
{
    switch (target) {
    case model::NoteTarget::Case:
        return Vocabulary::tr("case", "what a note is on");
    case model::NoteTarget::Report:
        return Vocabulary::tr("report", "what a note is on");
    case model::NoteTarget::Claim:
        return Vocabulary::tr("claim", "what a note is on");
    case model::NoteTarget::Link:
        return Vocabulary::tr("link", "what a note is on");
    case model::NoteTarget::Source:
        return Vocabulary::tr("source", "what a note is on");
    }
    return model::noteTargetName(target);
}

QString conflictKindText(analysis::ConflictKind kind)
{
    switch (kind) {
    case analysis::ConflictKind::Contradicts:
        return Vocabulary::tr("contradicts", "conflict kind: a contradicting link");
    case analysis::ConflictKind::Figures:
        return Vocabulary::tr("figures", "conflict kind: figures that disagree");
    }
    return analysis::conflictKindName(kind);
}

void addClaimKindItems(QComboBox& combo)
{
    for (const QString& name : model::claimKindNames()) {
        combo.addItem(claimKindText(model::parseClaimKind(name).value()), name);
    }
}

void addSourceKindItems(QComboBox& combo)
{
    for (const QString& name : model::sourceKindNames()) {
        combo.addItem(sourceKindText(model::parseSourceKind(name).value()), name);
    }
}

void selectName(QComboBox& combo, const QString& name)
{
    combo.setCurrentIndex(combo.findData(name));
}

} // namespace corrob::ui
