// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A long random session of edits, undos and redos (fixed seed): every undo and redo lands exactly on the state it
// should, the audit log holds one entry per step, and verify passes at the end.
#include "core/case/CaseReader.h"
#include "core/case/IntegrityCheck.h"
#include "core/case/edits/ClaimEdits.h"
#include "core/case/edits/LinkEdits.h"
#include "core/case/edits/NoteEdits.h"
#include "core/case/edits/SourceEdits.h"
#include "core/case/edits/TagEdits.h"
#include "tests/core/case/edits/EditTestSupport.h"

#include <QSet>

#include <gtest/gtest.h>

#include <memory>
#include <random>

using namespace corrob;
using namespace corrob::casefile;

namespace {

class RandomSession
{
public:
    explicit RandomSession(Case& c) : m_case(c), m_rng(20261121) {}

    std::unique_ptr<Edit> nextEdit()
    {
        CaseReader reader(m_case);
        const auto claims = reader.claims().value();
        const auto links = reader.links().value();
        const auto sources = reader.sources().value();
        const auto tags = reader.tags().value();
        const auto notes = reader.notes().value();
        switch (pick(14)) {
        case 0:
        case 1: {
            ClaimDraft d;
            d.report = ReportId(1 + pick(5));
            const qsizetype length = reportLength(d.report);
            d.start = pick(static_cast<int>(length));
            d.end = *d.start + 1 + pick(60); // may run past the end: refused
            d.sourceName = oneOf(names());
            d.kind = static_cast<model::ClaimKind>(pick(6));
            d.credibility = pick(8); // 7 is refused
            if (pick(2) == 0) {
                d.tagPaths = {oneOf(tagPaths())};
            }
            return std::make_unique<AddClaim>(d);
        }
        case 2: {
            ClaimChanges changes;
            changes.statement = QStringLiteral("statement %1").arg(pick(1000));
            if (pick(2) == 0) {
                changes.sourceName = oneOf(names());
            }
            if (pick(2) == 0) {
                changes.addTags = {oneOf(tagPaths())};
            } else {
                changes.removeTags = {oneOf(tagPaths())};
            }
            changes.credibility = pick(7);
            return std::make_unique<EditClaim>(idOf(claims), changes);
        }
        case 3:
            return std::make_unique<DeleteClaim>(idOf(claims));
        case 4:
        case 5:
            return std::make_unique<AddLink>(idOf(claims), idOf(claims), static_cast<model::LinkType>(pick(5)),
                                             QStringLiteral("note %1").arg(pick(10)), pick(12) / 10.0);
        case 6:
            return std::make_unique<RemoveLink>(idOf(links));
        case 7: {
            SourceDraft d;
            d.name = oneOf(names()) + (pick(2) == 0 ? QString() : QStringLiteral(" %1").arg(pick(5)));
            d.reliability = QString(QChar(u'A' + pick(7))); // G is refused
            d.affiliationName = pick(3) == 0 ? oneOf(names()) : QString();
            return std::make_unique<CreateSource>(d);
        }
        case 8: {
            SourceChanges changes;
            changes.addAliases = {QStringLiteral("alias %1").arg(pick(20))};
            changes.kind = static_cast<model::SourceKind>(pick(11));
            return std::make_unique<EditSource>(idOf(sources), changes);
        }
        case 9:
            return std::make_unique<MergeSources>(idOf(sources), idOf(sources));
        case 10:
            switch (pick(3)) {
            case 0:
                return std::make_unique<AddTag>(pick(3) == 0 ? TagId() : idOf(tags),
                                                QStringLiteral("tag %1").arg(pick(8)));
            case 1:
                return std::make_unique<MoveTag>(idOf(tags), pick(3) == 0 ? TagId() : idOf(tags));
            default:
                return std::make_unique<EditTag>(idOf(tags), TagChanges{QStringLiteral("tag %1").arg(pick(8)),
                                                                        QStringLiteral("#00ff%1").arg(pick(90) + 10),
                                                                        std::nullopt});
            }
        case 11:
            return pick(2) == 0 ? std::unique_ptr<Edit>(std::make_unique<MergeTags>(idOf(tags), idOf(tags)))
                                : std::unique_ptr<Edit>(std::make_unique<DeleteTag>(idOf(tags)));
        case 12: {
            const auto target = static_cast<model::NoteTarget>(pick(5));
            qint64 id = 0;
            switch (target) {
            case model::NoteTarget::Case:
                break;
            case model::NoteTarget::Report:
                id = 1 + pick(6); // 6 does not exist
                break;
            case model::NoteTarget::Claim:
                id = idOf(claims).value;
                break;
            case model::NoteTarget::Link:
                id = idOf(links).value;
                break;
            case model::NoteTarget::Source:
                id = idOf(sources).value;
                break;
            }
            return std::make_unique<AddNote>(target, id, QStringLiteral("note **%1**").arg(pick(100)));
        }
        default:
            return pick(2) == 0 ? std::unique_ptr<Edit>(std::make_unique<EditNote>(
                                      idOf(notes), QStringLiteral("edited %1").arg(pick(100))))
                                : std::unique_ptr<Edit>(std::make_unique<DeleteNote>(idOf(notes)));
        }
    }

    int pick(int n) { return n <= 0 ? 0 : static_cast<int>(m_rng() % static_cast<unsigned>(n)); }

private:
    template <typename T> decltype(T::id) idOf(const std::vector<T>& items)
    {
        // Now and then an id that does not exist: the edit must be refused without a trace.
        if (items.empty() || pick(15) == 0) {
            return decltype(T::id)(9999);
        }
        return items.at(static_cast<size_t>(pick(static_cast<int>(items.size())))).id;
    }

    QString oneOf(const QStringList& list) { return list.at(pick(static_cast<int>(list.size()))); }

    static QStringList names()
    {
        return {QStringLiteral("Agnès Callamard"),       QStringLiteral("agnes callamard"),
                QStringLiteral("Amnesty International"), QStringLiteral("Oleksandr Pavlyuk"),
                QStringLiteral("Eliot Higgins"),         QStringLiteral("Bellingcat")};
    }

    static QStringList tagPaths()
    {
        return {QStringLiteral("Violence"), QStringLiteral("Violence/Shelling"), QStringLiteral("Legal"),
                QStringLiteral("tag 3")};
    }

    qsizetype reportLength(ReportId id) { return m_case.report(id).value().chars; }

    Case& m_case;
    std::mt19937 m_rng;
};

struct Applied
{
    std::unique_ptr<Edit> edit;
    QString before;
    QString after;
};

} // namespace

TEST(RandomEdits, ThreeHundredStepsOfEditsUndosAndRedosKeepTheCaseConsistent)
{
    test::SeededCase c;
    const QString initial = test::snapshot(c.get());
    const qint64 initialAudit = test::auditCount(c.get());
    RandomSession session(c.get());
    std::vector<Applied> undo;
    std::vector<Applied> redo;
    qint64 steps = 0;
    int refused = 0;
    QSet<QString> kinds; // which edits succeeded at least once
    for (int i = 0; i < 300; ++i) {
        const int action = session.pick(10);
        if (action < 6) {
            Applied a{session.nextEdit(), test::snapshot(c.get()), {}};
            const qint64 audit = test::auditCount(c.get());
            if (!a.edit->apply(c.get()).ok()) {
                ++refused;
                ASSERT_EQ(test::auditCount(c.get()), audit) << "step " << i << ": a refused edit left an entry";
                ASSERT_EQ(test::snapshot(c.get()), a.before) << "step " << i << ": a refused edit changed the case";
                continue;
            }
            ++steps;
            kinds.insert(a.edit->text());
            a.after = test::snapshot(c.get());
            undo.push_back(std::move(a));
            redo.clear();
        } else if (action < 8 && !undo.empty()) {
            Applied a = std::move(undo.back());
            undo.pop_back();
            const Status s = a.edit->revert(c.get());
            ASSERT_TRUE(s.ok()) << "step " << i << ": undo " << a.edit->text().toStdString() << ": "
                                << s.error().toString().toStdString();
            ++steps;
            ASSERT_EQ(test::snapshot(c.get()), a.before) << "step " << i << ": undo " << a.edit->text().toStdString();
            redo.push_back(std::move(a));
        } else if (action >= 8 && !redo.empty()) {
            Applied a = std::move(redo.back());
            redo.pop_back();
            const Status s = a.edit->apply(c.get());
            ASSERT_TRUE(s.ok()) << "step " << i << ": redo " << a.edit->text().toStdString() << ": "
                                << s.error().toString().toStdString();
            ++steps;
            ASSERT_EQ(test::snapshot(c.get()), a.after) << "step " << i << ": redo " << a.edit->text().toStdString();
            undo.push_back(std::move(a));
        }
    }
    RecordProperty("applies_and_reverts", static_cast<int>(steps));
    RecordProperty("refused", refused);
    EXPECT_GT(steps, 150);
    EXPECT_GT(refused, 10) << "the session should also try bad input";
    EXPECT_GE(kinds.size(), 15) << QStringList(kinds.begin(), kinds.end()).join(u", ").toStdString();
    EXPECT_GT(CaseReader(c.get()).claims().value().size() + undo.size(), 5u);
    EXPECT_EQ(test::auditCount(c.get()), initialAudit + steps);

    auto verified = verifyCase(c.get());
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->ok()) << verified->problems.front().detail.toStdString();

    // Undoing everything that is still applied brings back the case as imported.
    while (!undo.empty()) {
        ASSERT_TRUE(undo.back().edit->revert(c.get()).ok());
        undo.pop_back();
    }
    EXPECT_EQ(test::snapshot(c.get()), initial);
}
