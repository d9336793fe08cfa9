// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13: the kill harness. Runs imports, edits (claims, links, tags, notes, suggestions accepted and dismissed),
// backups and schema upgrades (an old fixture copied from tests/data and opened) in a child corroborate-cli, kills it
// with SIGKILL at a random moment, and after every kill checks that the case opens, PRAGMA integrity_check is ok,
// verify passes, every import is wholly present or wholly absent, every edit the child acknowledged (printed its JSON)
// is there, and no half-written backup is under the backup's name (a backup there opens, verifies and passes
// integrity_check; an acknowledged one is there).
//
//   kill_harness [--kills N] [--seed S]      (ctest runs it as crash.kill_harness with the default, 300 kills)
//
// Each kill prints its own seed; `--seed S --kills 1` replays the choice of operation and moment for that seed (the
// case it runs on is a fresh one, and timing on a loaded machine varies, so a replay is close, not exact).
// Exit status 0 when no corruption was found, 1 otherwise.
#include "core/case/Case.h"
#include "core/case/IntegrityCheck.h"
#include "tests/support/RawSqlite.h"
#include "tests/support/TestPaths.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <map>
#include <vector>

using namespace corrob;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

enum class Op
{
    Import,
    Claim,
    Link,
    Tag,
    Note,
    Accept,
    Dismiss,
    Upgrade,
    Backup,
};

const char* opName(Op op)
{
    switch (op) {
    case Op::Import:
        return "import";
    case Op::Claim:
        return "claim add";
    case Op::Link:
        return "link";
    case Op::Tag:
        return "tag add";
    case Op::Note:
        return "note add";
    case Op::Accept:
        return "suggest accept";
    case Op::Dismiss:
        return "suggest dismiss";
    case Op::Upgrade:
        return "upgrade";
    case Op::Backup:
        return "backup";
    }
    return "?";
}

struct Ack
{
    QString table; // where the acknowledged row lives
    qint64 id = 0;
};

class Harness
{
public:
    explicit Harness(QTemporaryDir& dir) : m_dir(dir) {}

    bool newCase()
    {
        m_case = m_dir.filePath(s("case-%1.corrob").arg(++m_caseCount));
        m_acks.clear();
        m_claims.clear();
        m_reports.clear();
        QProcess p;
        p.start(test::cliPath(), {s("new"), m_case});
        return p.waitForFinished(60000) && p.exitCode() == 0;
    }

    // One operation killed (or finished) at a moment chosen by seed; then the checks. Returns false on corruption.
    bool runOne(quint64 seed, int index, int total)
    {
        QRandomGenerator rng(seed);
        Op op = Op::Import;
        const int roll = static_cast<int>(rng.bounded(100));
        // A suggestion is decided for a claim on a passage of another report.
        const bool canSuggest = !m_claims.empty() && m_reports.size() >= 2;
        if (m_reports.empty() || roll < 22) {
            op = Op::Import;
        } else if (roll < 42) {
            op = Op::Claim;
        } else if (roll < 54) {
            op = m_claims.size() >= 2 ? Op::Link : Op::Claim;
        } else if (roll < 62) {
            op = canSuggest ? Op::Accept : Op::Claim;
        } else if (roll < 68) {
            op = canSuggest ? Op::Dismiss : Op::Claim;
        } else if (roll < 75) {
            op = Op::Tag;
        } else if (roll < 82) {
            op = Op::Note;
        } else if (roll < 91) {
            op = Op::Upgrade;
        } else {
            op = Op::Backup;
        }
        QString target = m_case;
        QStringList args = this->args(op, rng, target);
        // The moment is uniform over 1.2 times the operation's usual run time, learnt as the harness goes: a run that
        // finished teaches its time, a kill stretches the estimate a little, so some runs always finish.
        auto known = m_duration.find(op);
        if (known == m_duration.end()) {
            known = m_duration.emplace(op, 200).first;
        }
        const qint64 expected = std::max<qint64>(known->second, 20);
        const qint64 delay = static_cast<qint64>(rng.bounded(static_cast<quint32>(expected * 12 / 10 + 1)));

        QProcess child;
        QElapsedTimer clock;
        child.start(test::cliPath(), args);
        if (!child.waitForStarted(30000)) {
            out() << "kill " << index << '/' << total << " seed " << seed << ": cannot start corroborate-cli\n";
            return false;
        }
        clock.start();
        const bool finished = child.waitForFinished(static_cast<int>(delay));
        bool killed = false;
        if (!finished) {
            child.kill(); // SIGKILL
            child.waitForFinished(30000);
            killed = true;
            ++m_kills;
            known->second = known->second * 21 / 20 + 1;
        } else {
            known->second = (known->second * 3 + clock.elapsed()) / 4;
            ++m_completed;
            if (child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0) {
                ++m_acknowledged[op];
            }
        }
        const QByteArray stdoutBytes = child.readAllStandardOutput();
        recordAcks(op, stdoutBytes);

        QStringList problems = check(target, op);
        if (op == Op::Backup) {
            problems << checkBackup(finished && child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0);
        }
        auto& tally = m_byOp[op];
        ++(killed ? tally.first : tally.second);
        out() << "kill " << index << '/' << total << " seed " << seed << ": " << opName(op) << ' '
              << (killed ? QStringLiteral("killed after %1 ms").arg(delay) : QStringLiteral("finished"))
              << (problems.isEmpty() ? s(": ok") : s(": CORRUPTION: ") + problems.join(s("; "))) << '\n';
        out().flush();
        if (!problems.isEmpty()) {
            ++m_corrupt;
        }
        return problems.isEmpty();
    }

    int kills() const { return m_kills; }
    int completed() const { return m_completed; }
    int corrupt() const { return m_corrupt; }
    // Per operation: how many runs were killed and how many finished.
    QString tally() const
    {
        QStringList parts;
        for (const auto& [op, counts] : m_byOp) {
            const auto acked = m_acknowledged.find(op);
            parts << s("%1 %2 killed/%3 finished (%4 acknowledged)")
                         .arg(QLatin1String(opName(op)))
                         .arg(counts.first)
                         .arg(counts.second)
                         .arg(acked == m_acknowledged.end() ? 0 : acked->second);
        }
        return parts.join(s(", "));
    }

private:
    QStringList args(Op op, QRandomGenerator& rng, QString& target)
    {
        switch (op) {
        case Op::Import: {
            // A folder of a few seed articles, each made unique so every one is imported (one transaction each).
            const QString folder = m_dir.filePath(s("import-%1").arg(++m_folders));
            QDir().mkpath(folder);
            const QStringList seeds = test::seedFiles();
            const int n = 2 + static_cast<int>(rng.bounded(4));
            for (int i = 0; i < n; ++i) {
                QFile in(seeds.at(static_cast<int>(rng.bounded(static_cast<quint32>(seeds.size())))));
                QFile copy(folder + s("/r%1.txt").arg(i));
                if (in.open(QIODevice::ReadOnly) && copy.open(QIODevice::WriteOnly)) {
                    copy.write(QStringLiteral("Copy %1 of folder %2.\n\n").arg(i).arg(m_folders).toUtf8());
                    copy.write(in.readAll());
                }
            }
            return {s("import"), m_case, folder, s("--json")};
        }
        case Op::Claim: {
            const qint64 report = m_reports.at(rng.bounded(static_cast<quint32>(m_reports.size())));
            return {s("claim"),
                    s("add"),
                    m_case,
                    s("--report"),
                    QString::number(report),
                    s("--quote"),
                    s("Amnesty"),
                    s("--source"),
                    s("Amnesty International"),
                    s("--json")};
        }
        case Op::Link: {
            const qint64 a = m_claims.at(rng.bounded(static_cast<quint32>(m_claims.size())));
            qint64 b = m_claims.at(rng.bounded(static_cast<quint32>(m_claims.size())));
            if (a == b) {
                b = m_claims.front() == a ? m_claims.back() : m_claims.front();
            }
            return {s("link"),         m_case,     QString::number(a), QString::number(b), s("--type"),
                    s("corroborates"), s("--json")};
        }
        case Op::Accept:
        case Op::Dismiss: {
            const qint64 claim = m_claims.at(rng.bounded(static_cast<quint32>(m_claims.size())));
            const qint64 own = m_claimReports.value(claim);
            qint64 report = m_reports.at(rng.bounded(static_cast<quint32>(m_reports.size())));
            if (report == own) {
                report = m_reports.front() == own ? m_reports.back() : m_reports.front();
            }
            const auto [start, end] = passageOf(report, rng);
            QStringList args{s("suggest"),
                             op == Op::Accept ? s("accept") : s("dismiss"),
                             m_case,
                             s("--claim"),
                             QString::number(claim),
                             s("--report"),
                             QString::number(report),
                             s("--start"),
                             QString::number(start),
                             s("--end"),
                             QString::number(end),
                             s("--json")};
            // Without --type the child asks the suggestion engine for its guess (it builds the case's index first).
            if (op == Op::Accept && rng.bounded(2u) == 0) {
                args << s("--type") << s("elaborates");
            }
            return args;
        }
        case Op::Tag:
            return {s("tag"), s("add"), m_case, s("Tag %1").arg(++m_tags), s("--json")};
        case Op::Note:
            return {s("note"),  s("add"), m_case, s("--on"), s("case"), s("--text"), s("Note %1").arg(++m_notes),
                    s("--json")};
        case Op::Upgrade: {
            const int version = 1 + static_cast<int>(rng.bounded(2u));
            target = m_dir.filePath(s("old-%1.corrob").arg(++m_upgrades));
            QFile::copy(test::dataDir() + s("/case-v%1.corrob").arg(version), target);
            QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
            return {s("reports"), target, s("--json")};
        }
        case Op::Backup:
            // The same name until a backup is there: a retry after a kill must not be stopped by what the kill left.
            m_backupTarget = m_dir.filePath(s("backup-%1.corrob").arg(m_backups));
            return {s("backup"), m_case, s("--out"), m_backupTarget, s("--json")};
        }
        return {};
    }

    // A passage of a report's working text (UTF-16 offsets): a run of whole words, 30 to 120 code units long, from
    // a random place.
    std::pair<qsizetype, qsizetype> passageOf(qint64 report, QRandomGenerator& rng) const
    {
        const QString text =
            test::rawQuery(m_case, s("SELECT working_text FROM report_texts WHERE report_id = %1").arg(report));
        if (text.size() < 2) {
            return {0, 1};
        }
        qsizetype start = rng.bounded(static_cast<quint32>(text.size()));
        while (start > 0 && text.at(start - 1).isLetterOrNumber()) {
            --start;
        }
        while (start < text.size() - 1 && !text.at(start).isLetterOrNumber()) {
            ++start;
        }
        qsizetype end = std::min<qsizetype>(text.size(), start + 30 + rng.bounded(91u));
        while (end < text.size() && text.at(end).isLetterOrNumber()) {
            ++end;
        }
        return {start, std::max(end, start + 1)};
    }

    void recordAcks(Op op, const QByteArray& bytes)
    {
        const QJsonDocument doc = QJsonDocument::fromJson(bytes);
        if (doc.isNull()) {
            return; // killed before it acknowledged anything
        }
        const QJsonObject o = doc.object();
        switch (op) {
        case Op::Import:
            for (const auto& r : o.value(s("imported")).toArray()) {
                m_acks.push_back({s("reports"), r.toObject().value(s("report")).toInteger()});
            }
            break;
        case Op::Claim:
            m_acks.push_back({s("claims"), o.value(s("id")).toInteger()});
            break;
        case Op::Link:
            m_acks.push_back({s("links"), o.value(s("id")).toInteger()});
            break;
        case Op::Tag:
            m_acks.push_back({s("tags"), o.value(s("id")).toInteger()});
            break;
        case Op::Note:
            m_acks.push_back({s("notes"), o.value(s("id")).toInteger()});
            break;
        case Op::Accept:
            // The passage's claim (added, or the one that had its span) and the link to the claim.
            m_acks.push_back({s("claims"), o.value(s("passage_claim")).toInteger()});
            m_acks.push_back({s("links"), o.value(s("link")).toObject().value(s("id")).toInteger()});
            break;
        case Op::Dismiss:
            m_acks.push_back({s("dismissed_suggestions"), o.value(s("dismissed")).toInteger()});
            break;
        case Op::Upgrade:
        case Op::Backup:
            break;
        }
    }

    // After a backup, finished or killed: under the backup's name there is nothing or a whole, sound case; what the
    // child acknowledged (exit 0) is there.
    QStringList checkBackup(bool acknowledged)
    {
        if (!QFileInfo::exists(m_backupTarget)) {
            return acknowledged ? QStringList{s("the acknowledged backup %1 is not there").arg(m_backupTarget)}
                                : QStringList{};
        }
        QStringList problems;
        {
            auto copy = casefile::Case::open(m_backupTarget, {s("kill-harness")}, casefile::Case::Access::ReadOnly);
            if (!copy) {
                problems << s("the backup under its final name does not open: ") + copy.error().toString();
            } else if (auto report = casefile::verifyCase(*copy.value()); !report || !report->ok()) {
                problems << s("the backup under its final name does not pass verify");
            }
        }
        if (const QString integrity = test::rawQuery(m_backupTarget, s("PRAGMA integrity_check")); integrity != u"ok") {
            problems << s("the backup's integrity_check: ") + integrity;
        }
        ++m_backups; // the next backup gets a new name
        return problems;
    }

    QStringList check(const QString& path, Op op)
    {
        QStringList problems;
        {
            auto opened = casefile::Case::open(path, {s("kill-harness")});
            if (!opened) {
                return {s("the case does not open: ") + opened.error().toString()};
            }
            auto report = casefile::verifyCase(*opened.value());
            if (!report) {
                problems << s("verify failed to run: ") + report.error().toString();
            } else if (!report->ok()) {
                for (const auto& p : report->problems) {
                    problems << s("verify: ") + p.detail;
                }
            }
            if (op == Op::Upgrade) {
                auto reports = opened.value()->reports();
                if (!reports || reports->size() != 5) {
                    problems << s("the upgraded case does not hold its five reports");
                }
            }
        }
        if (const QString integrity = test::rawQuery(path, s("PRAGMA integrity_check")); integrity != u"ok") {
            problems << s("integrity_check: ") + integrity;
        }
        // Every report whole: its original, working text and signature, and one import entry in the audit log each.
        const QString partial = test::rawQuery(
            path, s("SELECT count(*) FROM reports r WHERE NOT EXISTS (SELECT 1 FROM report_originals o WHERE "
                    "o.report_id = r.id) OR NOT EXISTS (SELECT 1 FROM report_texts t WHERE t.report_id = r.id) OR "
                    "NOT EXISTS (SELECT 1 FROM report_signatures g WHERE g.report_id = r.id)"));
        if (partial != u"0") {
            problems << s("%1 report(s) stored in part").arg(partial);
        }
        const QString reports = test::rawQuery(path, s("SELECT count(*) FROM reports"));
        const QString entries =
            test::rawQuery(path, s("SELECT count(*) FROM audit_log WHERE action = 'report.imported'"));
        if (reports != entries) {
            problems << s("%1 reports but %2 import entries").arg(reports, entries);
        }
        if (path != m_case) {
            return problems;
        }
        for (const Ack& ack : m_acks) {
            // The table names come from this file's constants, never from input.
            if (test::rawQuery(path, s("SELECT count(*) FROM %1 WHERE id = %2").arg(ack.table).arg(ack.id)) != u"1") {
                problems << s("acknowledged %1 %2 is missing").arg(ack.table).arg(ack.id);
            }
        }
        // What later operations can use.
        m_reports.clear();
        m_claims.clear();
        m_claimReports.clear();
        for (const QString& id :
             test::rawQuery(path, s("SELECT group_concat(id) FROM reports")).split(u',', Qt::SkipEmptyParts)) {
            m_reports.push_back(id.toLongLong());
        }
        for (const QString& pair : test::rawQuery(path, s("SELECT group_concat(id || ':' || report_id) FROM claims"))
                                       .split(u',', Qt::SkipEmptyParts)) {
            const qint64 id = pair.section(u':', 0, 0).toLongLong();
            m_claims.push_back(id);
            m_claimReports.insert(id, pair.section(u':', 1, 1).toLongLong());
        }
        return problems;
    }

    QTemporaryDir& m_dir;
    QString m_case;
    int m_caseCount = 0;
    int m_folders = 0;
    int m_tags = 0;
    int m_notes = 0;
    int m_upgrades = 0;
    int m_backups = 0;
    QString m_backupTarget;
    std::map<Op, std::pair<int, int>> m_byOp;
    std::map<Op, int> m_acknowledged; // runs that finished with success
    std::vector<Ack> m_acks;
    std::vector<qint64> m_reports;
    std::vector<qint64> m_claims;
    QHash<qint64, qint64> m_claimReports; // claim -> its report
    std::map<Op, qint64> m_duration;
    int m_kills = 0;
    int m_completed = 0;
    int m_corrupt = 0;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    int kills = 300;
    quint64 seed = static_cast<quint64>(QDateTime::currentMSecsSinceEpoch());
    for (int i = 1; i + 1 < arguments.size(); i += 2) {
        if (arguments.at(i) == u"--kills") {
            kills = arguments.at(i + 1).toInt();
        } else if (arguments.at(i) == u"--seed") {
            seed = arguments.at(i + 1).toULongLong();
        }
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        return 2;
    }
    out() << "kill harness: " << kills << " kills, first seed " << seed << ", cases in " << dir.path() << '\n';
    Harness harness(dir);
    QElapsedTimer clock;
    clock.start();
    constexpr int kKillsPerCase = 60; // a fresh case now and then keeps each check quick
    int runs = 0;
    while (harness.kills() < kills) {
        if (runs % kKillsPerCase == 0 && !harness.newCase()) {
            out() << "cannot create a case\n";
            return 2;
        }
        harness.runOne(seed + static_cast<quint64>(runs), harness.kills() + 1, kills);
        ++runs;
    }
    out() << "kill harness: " << harness.kills() << " kills survived, " << harness.completed()
          << " runs finished before their kill, " << harness.corrupt()
          << " with corruption or a lost acknowledged edit, in " << clock.elapsed() / 1000 << " s (first seed " << seed
          << ")\nkill harness: " << harness.tally() << '\n';
    out().flush();
    return harness.corrupt() == 0 ? 0 : 1;
}
