// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/CorroborationAnalysis.h"

#include "core/analysis/AnalysisSupport.h"
#include "core/analysis/CredibilityRule.h"
#include "core/common/Memory.h"
#include "core/text/FigureParser.h"

#include <QSet>
#include <QThreadPool>

#include <algorithm>
#include <array>
#include <charconv>
#include <memory>
#include <optional>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

namespace corrob::analysis {
namespace {

// From how many claims (compared for figures, or in the input) an analysis compares figures on a second thread and
// leaves freeing what it worked with to a pooled one: fewer take less than starting a thread.
constexpr size_t kLargeAnalysis = 2000;

// The first few links of one kind a statement's reason names, and how many there are; no allocation.
struct FirstLinks
{
    static constexpr int kShown = 3;
    int count = 0;
    std::array<int, kShown> first{}; // indices into Analyzer::m_links

    void add(int link)
    {
        if (count < kShown) {
            first[size_t(count)] = link;
        }
        ++count;
    }
    [[nodiscard]] int shown() const { return std::min(count, kShown); }
};

// One statement: the claims joined by `repeats` links, transitively. Everything the analysis says about a claim
// but its own origin is said about its statement, and shared by its claims.
struct StatementData
{
    QList<ClaimId> members;       // the statement's claims, input order
    QList<ClaimId> evidence;      // members, then the claims directly corroborating one of them
    QList<ClaimId> corroborators; // claims outside the statement with a `corroborates` link into it
    QList<ClaimId> backs;         // claims outside the statement that one of its claims corroborates
    QList<Origin> origins;        // distinct origins of the evidence
    QList<ReportId> reports;      // distinct reports of the evidence
    int originKeysBegin = 0;      // the same origins, as indices into Analyzer::m_origins: m_originKeys[begin, end)
    int originKeysEnd = 0;
    int namedOrigins = 0; // the evidence's origins that are named sources: what counts as independent
    double weight = 0;    // the origins weighed by reliability: this statement's strength as a contradictor
    QList<ClaimId> contradictedBy;
    QList<Origin> contradictingOrigins;
    int contradictingSources = 0;
    double contradictingWeight = 0;
    QList<FollowedLink> links;
    int linksBegin = 0; // the links touching the statement: Analyzer::m_statementLinks.items[begin, end)
    int linksEnd = 0;
    // By what the link is to the statement, for the reasons.
    FirstLinks repeatLinks;
    FirstLinks corroboratingLinks;
    FirstLinks contradictingLinks;
    FirstLinks backingLinks;
    Credibility credibility;
};

class Analyzer
{
    struct Link
    {
        int from;
        int to;
        LinkType type;
        LinkId id;
    };

public:
    explicit Analyzer(const AnalysisInput& input) : m_input(input) {}

    AnalysisResult run()
    {
        indexClaims();
        resolveLinks();
        // The figure conflicts between claims linked as corroborating or updating depend on nothing but their texts
        // and dates: a large analysis finds them on a second thread while it works out the rest (joined when this
        // scope ends, even on an exception), and findConflicts puts them in link order among the contradictions.
        std::jthread figures = compareFiguresAside();
        indexSources();
        resolveOrigins();
        buildStatements();
        collectEvidence();
        collectContradictions();
        grade();
        AnalysisResult result;
        result.issues = m_issues;
        fillClaims(result);
        const bool figuresAside = figures.joinable();
        if (figuresAside) {
            figures.join();
        }
        findConflicts(result, figuresAside);
        return result;
    }

private:
    const ClaimInput& claim(int c) const { return m_input.claims.at(m_claimInput[size_t(c)]); }

    void indexClaims()
    {
        m_claimIndex.reserve(m_input.claims.size());
        for (qsizetype i = 0; i < m_input.claims.size(); ++i) {
            const ClaimId id = m_input.claims.at(i).id;
            if (m_claimIndex.contains(id)) {
                m_issues.append(
                    QStringLiteral("claim %1 appears twice in the input; the second copy was ignored").arg(id.value));
                continue;
            }
            m_claimIndex.insert(id, int(m_claimInput.size()));
            m_claimInput.push_back(i);
        }
    }

    // A dense slot for a source id; ids the input does not describe get a slot named "source N".
    int sourceSlot(SourceId id)
    {
        const auto it = m_sourceIndex.constFind(id);
        if (it != m_sourceIndex.constEnd()) {
            return it.value();
        }
        const int slot = int(m_sourceIds.size());
        m_sourceIndex.insert(id, slot);
        m_sourceIds.push_back(id);
        m_sourceNames.push_back(QStringLiteral("source %1").arg(id.value));
        m_sourceGrades.emplace_back();
        m_affiliation.push_back(-1);
        return slot;
    }

    void indexSources()
    {
        m_sourceIndex.reserve(m_input.sources.size());
        for (const SourceInput& s : m_input.sources) {
            if (!s.id.isValid() || m_sourceIndex.contains(s.id)) {
                continue;
            }
            const int slot = sourceSlot(s.id);
            if (!s.name.trimmed().isEmpty()) {
                m_sourceNames[size_t(slot)] = s.name;
            }
            m_sourceGrades[size_t(slot)] = s.reliability.trimmed().toUpper();
        }
        for (const SourceInput& s : m_input.sources) {
            if (s.id.isValid() && s.affiliation.isValid() && s.affiliation != s.id) {
                const int slot = m_sourceIndex.value(s.id);
                if (m_affiliation[size_t(slot)] < 0) {
                    const int top = sourceSlot(s.affiliation); // may grow m_affiliation
                    m_affiliation[size_t(slot)] = top;
                }
            }
        }
    }

    int reportSlot(ReportId id)
    {
        const auto it = m_reportIndex.constFind(id);
        if (it != m_reportIndex.constEnd()) {
            return it.value();
        }
        const int slot = int(m_reportIds.size());
        m_reportIndex.insert(id, slot);
        m_reportIds.push_back(id);
        return slot;
    }

    void resolveOrigins()
    {
        const int claimCount = int(m_claimInput.size());
        // Own origin before repeats: a source slot, or (resolved below) an unknown origin of the report.
        std::vector<int> ownSource(size_t(claimCount), -1);
        m_reportOf.resize(size_t(claimCount));
        for (int c = 0; c < claimCount; ++c) {
            const ClaimInput& in = claim(c);
            m_reportOf[size_t(c)] = reportSlot(in.report);
            if (in.source.isValid()) {
                ownSource[size_t(c)] = sourceSlot(in.source);
            } else if (in.outlet.isValid()) {
                ownSource[size_t(c)] = sourceSlot(in.outlet);
            }
        }
        std::vector<qint64> sourceKeys(m_sourceIds.size());
        for (size_t s = 0; s < m_sourceIds.size(); ++s) {
            sourceKeys[s] = m_sourceIds[s].value;
        }
        const std::vector<int> top = resolveChains(m_affiliation, sourceKeys);

        // Origin keys: [0, sources) a known source, [sources, sources + reports) the unknown origin of a report.
        const int sourceCount = int(m_sourceIds.size());
        m_origins.reserve(m_sourceIds.size() + m_reportIds.size());
        for (int s = 0; s < sourceCount; ++s) {
            m_origins.append(Origin{m_sourceIds[size_t(s)], ReportId(), m_sourceNames[size_t(s)]});
            m_originWeight.push_back(contradictionWeight(m_sourceGrades[size_t(s)]));
        }
        for (ReportId r : m_reportIds) {
            m_origins.append(Origin{SourceId(), r, QStringLiteral("unknown origin (report %1)").arg(r.value)});
            m_originWeight.push_back(1.0);
        }

        std::vector<int> repeats(size_t(claimCount), -1);
        std::vector<qint64> claimKeys(static_cast<size_t>(claimCount));
        for (int c = 0; c < claimCount; ++c) {
            claimKeys[size_t(c)] = claim(c).id.value;
        }
        for (const Link& link : m_links) {
            if (link.type == LinkType::Repeats && repeats[size_t(link.from)] < 0) {
                repeats[size_t(link.from)] = link.to;
            }
        }
        const std::vector<int> original = resolveChains(repeats, claimKeys);
        m_origin.resize(size_t(claimCount));
        for (int c = 0; c < claimCount; ++c) {
            const int o = original[size_t(c)];
            const int s = ownSource[size_t(o)];
            m_origin[size_t(c)] = s >= 0 ? top[size_t(s)] : sourceCount + m_reportOf[size_t(o)];
        }
    }

    // Resolves both ends of every link to dense claim indices once; unusable links are named in the issues.
    void resolveLinks()
    {
        m_links.reserve(size_t(m_input.links.size()));
        for (const LinkInput& link : m_input.links) {
            const int from = m_claimIndex.value(link.from, -1);
            const int to = m_claimIndex.value(link.to, -1);
            if (from < 0 || to < 0) {
                const ClaimId missing = from < 0 ? link.from : link.to;
                m_issues.append(QStringLiteral("a %1 link from claim %2 to claim %3 was skipped: claim %4 is not in "
                                               "the input")
                                    .arg(linkTypeName(link.type))
                                    .arg(link.from.value)
                                    .arg(link.to.value)
                                    .arg(missing.value));
            } else if (from == to) {
                m_issues.append(QStringLiteral("a %1 link from claim %2 to itself was skipped")
                                    .arg(linkTypeName(link.type))
                                    .arg(link.from.value));
            } else {
                m_links.push_back(Link{from, to, link.type, link.id});
            }
        }
    }

    // Statements: the classes of the `repeats` links, in either direction, transitively (union-find).
    void buildStatements()
    {
        const int claimCount = int(m_claimInput.size());
        UnionFind sets(claimCount);
        for (const Link& link : m_links) {
            if (link.type == LinkType::Repeats) {
                sets.unite(link.from, link.to);
            }
        }
        m_statement.assign(size_t(claimCount), -1);
        std::vector<int> statementOfRoot(size_t(claimCount), -1);
        std::vector<std::pair<int, int>> membership;
        membership.reserve(size_t(claimCount));
        for (int c = 0; c < claimCount; ++c) {
            const int r = sets.find(c);
            if (statementOfRoot[size_t(r)] < 0) {
                statementOfRoot[size_t(r)] = int(m_statements.size());
                m_statements.emplace_back();
            }
            m_statement[size_t(c)] = statementOfRoot[size_t(r)];
            membership.emplace_back(m_statement[size_t(c)], c);
        }
        m_members = bucketSort(int(m_statements.size()), membership);
        for (size_t k = 0; k < m_statements.size(); ++k) {
            StatementData& st = m_statements[k];
            st.members.reserve(m_members.offsets[k + 1] - m_members.offsets[k]);
            for (int p = m_members.offsets[k]; p < m_members.offsets[k + 1]; ++p) {
                st.members.append(claim(m_members.items[size_t(p)]).id);
            }
        }

        // Every link that matters to a statement, grouped by statement in input order: a `repeats` link to its
        // own statement; a `corroborates` or `contradicts` link between two statements to both. A `corroborates`
        // or `contradicts` link inside one statement (a claim backing or denying what it repeats) says nothing
        // about it and is not followed.
        std::vector<std::pair<int, int>> touching;
        touching.reserve(m_links.size() * 2);
        for (size_t l = 0; l < m_links.size(); ++l) {
            const Link& link = m_links[l];
            const int a = m_statement[size_t(link.from)];
            const int b = m_statement[size_t(link.to)];
            if (link.type == LinkType::Repeats) {
                touching.emplace_back(a, int(l));
            } else if ((link.type == LinkType::Corroborates || link.type == LinkType::Contradicts) && a != b) {
                touching.emplace_back(a, int(l));
                touching.emplace_back(b, int(l));
            }
        }
        m_statementLinks = bucketSort(int(m_statements.size()), touching);
        for (size_t k = 0; k < m_statements.size(); ++k) {
            StatementData& st = m_statements[k];
            st.linksBegin = m_statementLinks.offsets[k];
            st.linksEnd = m_statementLinks.offsets[k + 1];
            if (st.linksBegin < st.linksEnd) {
                st.links.reserve(st.linksEnd - st.linksBegin);
            }
            for (int p = st.linksBegin; p < st.linksEnd; ++p) {
                const int l = m_statementLinks.items[size_t(p)];
                const Link& link = m_links[size_t(l)];
                switch (link.type) {
                case LinkType::Repeats:
                    st.repeatLinks.add(l);
                    break;
                case LinkType::Corroborates:
                    (m_statement[size_t(link.to)] == int(k) ? st.corroboratingLinks : st.backingLinks).add(l);
                    break;
                case LinkType::Contradicts:
                    st.contradictingLinks.add(l);
                    break;
                case LinkType::Updates:
                case LinkType::Elaborates:
                    break;
                }
                if (link.type != LinkType::Corroborates || m_statement[size_t(link.to)] == int(k)) {
                    st.links.append(FollowedLink{link.id, link.type, claim(link.from).id, claim(link.to).id});
                }
            }
        }
    }

    // Per statement: the claims directly corroborating it, what it backs, and the origins, reports and weight of
    // its evidence (members, then corroborators). Each claim and link is visited a bounded number of times.
    void collectEvidence()
    {
        std::vector<int> corroboratorSeen(m_claimInput.size(), -1);
        std::vector<int> backedSeen(m_claimInput.size(), -1);
        std::vector<int> originSeen(size_t(m_origins.size()), -1);
        std::vector<int> reportSeen(m_reportIds.size(), -1);
        for (size_t k = 0; k < m_statements.size(); ++k) {
            StatementData& st = m_statements[k];
            const int stamp = int(k);
            st.originKeysBegin = int(m_originKeys.size());
            auto count = [&](int c) {
                const int o = m_origin[size_t(c)];
                if (originSeen[size_t(o)] != stamp) {
                    originSeen[size_t(o)] = stamp;
                    st.origins.append(m_origins.at(o));
                    m_originKeys.push_back(o);
                    st.namedOrigins += m_origins.at(o).isKnown() ? 1 : 0;
                    st.weight += m_originWeight[size_t(o)];
                }
                const int r = m_reportOf[size_t(c)];
                if (reportSeen[size_t(r)] != stamp) {
                    reportSeen[size_t(r)] = stamp;
                    st.reports.append(m_reportIds[size_t(r)]);
                }
            };
            for (int p = m_members.offsets[k]; p < m_members.offsets[k + 1]; ++p) {
                count(m_members.items[size_t(p)]);
            }
            for (int p = st.linksBegin; p < st.linksEnd; ++p) {
                const Link& link = m_links[size_t(m_statementLinks.items[size_t(p)])];
                if (link.type != LinkType::Corroborates) {
                    continue;
                }
                if (m_statement[size_t(link.to)] == stamp) {
                    if (corroboratorSeen[size_t(link.from)] != stamp) {
                        corroboratorSeen[size_t(link.from)] = stamp;
                        st.corroborators.append(claim(link.from).id);
                        count(link.from);
                    }
                } else if (backedSeen[size_t(link.to)] != stamp) {
                    backedSeen[size_t(link.to)] = stamp;
                    st.backs.append(claim(link.to).id);
                }
            }
            // The evidence is the members, then the corroborators: the members' list itself when there are none.
            st.evidence = st.members;
            st.evidence.append(st.corroborators);
            st.originKeysEnd = int(m_originKeys.size());
        }
    }

    // What contradicts a statement: the other ends of the `contradicts` links touching it, never what contradicts
    // a claim that merely corroborates it. X is the larger of their distinct origins and the independent sources
    // of the best-backed of them; W the same, weighed by reliability.
    void collectContradictions()
    {
        std::vector<int> claimSeen(m_claimInput.size(), -1);
        std::vector<int> originSeen(size_t(m_origins.size()), -1);
        for (size_t k = 0; k < m_statements.size(); ++k) {
            StatementData& st = m_statements[k];
            const int stamp = int(k);
            int strongestCount = 0;
            double strongestWeight = 0;
            int strongest = -1;
            double weight = 0;
            for (int p = st.linksBegin; p < st.linksEnd; ++p) {
                const Link& link = m_links[size_t(m_statementLinks.items[size_t(p)])];
                if (link.type != LinkType::Contradicts) {
                    continue;
                }
                const int c = m_statement[size_t(link.from)] == stamp ? link.to : link.from;
                if (claimSeen[size_t(c)] == stamp) {
                    continue;
                }
                claimSeen[size_t(c)] = stamp;
                st.contradictedBy.append(claim(c).id);
                const int o = m_origin[size_t(c)];
                if (originSeen[size_t(o)] != stamp) {
                    originSeen[size_t(o)] = stamp;
                    st.contradictingOrigins.append(m_origins.at(o));
                    weight += m_originWeight[size_t(o)];
                }
                const StatementData& other = m_statements[size_t(m_statement[size_t(c)])];
                strongestCount = std::max(strongestCount, int(other.origins.size()));
                if (other.weight > strongestWeight) {
                    strongestWeight = other.weight;
                    strongest = m_statement[size_t(c)];
                }
            }
            // The count says how strong the other side is; the names must say who that is. Name the strongest
            // contradicting statement's evidence origins too, a bounded number of them so this stays linear.
            if (strongest >= 0) {
                constexpr int kMaxNamed = 16;
                const StatementData& other = m_statements[size_t(strongest)];
                const int end = std::min(other.originKeysEnd, other.originKeysBegin + kMaxNamed);
                for (int i = other.originKeysBegin; i < end; ++i) {
                    const int key = m_originKeys[size_t(i)];
                    if (originSeen[size_t(key)] != stamp) {
                        originSeen[size_t(key)] = stamp;
                        st.contradictingOrigins.append(m_origins.at(key));
                        weight += m_originWeight[size_t(key)];
                    }
                }
            }
            st.contradictingSources = std::max(int(st.contradictingOrigins.size()), strongestCount);
            st.contradictingWeight = std::max(weight, strongestWeight);
        }
    }

    // "Russian Ministry of Defence (E)": an origin's name with its grade, when it has one.
    QString gradedName(const Origin& origin) const
    {
        if (!origin.isKnown()) {
            return origin.name;
        }
        const QString& grade = m_sourceGrades[size_t(m_sourceIndex.value(origin.source))];
        return grade.isEmpty() ? origin.name : origin.name + QStringLiteral(" (") + grade + u')';
    }

    void grade()
    {
        for (StatementData& st : m_statements) {
            Evidence e;
            e.independentSources = st.namedOrigins;
            e.reports = int(st.reports.size());
            e.contradictingSources = st.contradictingSources;
            e.contradictingWeight = st.contradictingWeight;
            e.originNames.reserve(st.origins.size());
            for (const Origin& o : st.origins) {
                if (o.isKnown()) { // an unknown origin is no one: it neither counts nor is named as a source
                    e.knownOrigin = true;
                    e.originNames.append(o.name);
                }
            }
            for (const Origin& o : st.contradictingOrigins) {
                e.contradictingNames.append(gradedName(o));
            }
            st.credibility = suggestCredibility(e);
        }
    }

    // The reasons are built by appending to one string, numbers without a temporary QString: a large case has a
    // reason per claim, and this is most of what they cost.
    static void appendNumber(QString& out, qint64 n)
    {
        char digits[24];
        auto* const end = std::to_chars(std::begin(digits), std::end(digits), n).ptr;
        out.append(QLatin1String(digits, qsizetype(end - digits)));
    }

    void appendClaim(QString& out, int c) const
    {
        out.append(QLatin1String("claim #"));
        appendNumber(out, claim(c).id.value);
    }

    // " (link #4 to claim #7, Kyiv Independent)": the link, the end inside the statement when it is not the claim
    // the reason is for, and whose claim it is.
    void appendLinkRef(QString& out, const Link& link, int inside, int self, const QString* who = nullptr) const
    {
        const qsizetype before = out.size();
        out.append(QLatin1String(" ("));
        const qsizetype open = out.size();
        if (link.id.isValid()) {
            out.append(QLatin1String("link #"));
            appendNumber(out, link.id.value);
        }
        if (inside != self) {
            out.append(out.size() == open ? QLatin1String("to ") : QLatin1String(" to "));
            appendClaim(out, inside);
        }
        if (who && !who->isEmpty()) {
            if (out.size() != open) {
                out.append(QLatin1String(", "));
            }
            out.append(*who);
        }
        if (out.size() == open) {
            out.truncate(before);
        } else {
            out.append(u')');
        }
    }

    // The links the analysis of claim c followed, as the reason names them: its repeats, what corroborates and
    // what contradicts its statement, and what it backs (which does not count for it). At most a few of each,
    // so a claim's reason costs O(1) however large its statement. Appended to out after " — ".
    void appendFollowedLinks(QString& out, int c, const StatementData& st) const
    {
        bool first = true;
        auto part = [&out, &first] {
            out.append(first ? QStringView(u" \u2014 ") : QStringView(u"; "));
            first = false;
        };
        auto more = [&out](const FirstLinks& kind, const char* what) {
            if (kind.count > FirstLinks::kShown) {
                out.append(QLatin1String(" and "));
                appendNumber(out, kind.count - FirstLinks::kShown);
                out.append(QLatin1String(" more "));
                out.append(QLatin1String(what));
            }
        };
        for (int i = 0; i < st.repeatLinks.shown(); ++i) {
            const Link& link = m_links[size_t(st.repeatLinks.first[size_t(i)])];
            part();
            if (link.from == c) {
                out.append(QLatin1String("repeats "));
                appendClaim(out, link.to);
            } else if (link.to == c) {
                out.append(QLatin1String("repeated by "));
                appendClaim(out, link.from);
            } else {
                appendClaim(out, link.from);
                out.append(QLatin1String(" repeats "));
                appendClaim(out, link.to);
            }
            appendLinkRef(out, link, c, c);
        }
        more(st.repeatLinks, "repeats links");
        for (int i = 0; i < st.corroboratingLinks.shown(); ++i) {
            const Link& link = m_links[size_t(st.corroboratingLinks.first[size_t(i)])];
            part();
            out.append(QLatin1String("corroborated by "));
            appendClaim(out, link.from);
            appendLinkRef(out, link, link.to, c, &m_origins.at(m_origin[size_t(link.from)]).name);
        }
        more(st.corroboratingLinks, "corroborating links");
        const int self = m_statement[size_t(c)];
        for (int i = 0; i < st.contradictingLinks.shown(); ++i) {
            const Link& link = m_links[size_t(st.contradictingLinks.first[size_t(i)])];
            const bool fromInside = m_statement[size_t(link.from)] == self;
            const int other = fromInside ? link.to : link.from;
            part();
            out.append(QLatin1String("contradicted by "));
            appendClaim(out, other);
            appendLinkRef(out, link, fromInside ? link.from : link.to, c, &m_origins.at(m_origin[size_t(other)]).name);
        }
        more(st.contradictingLinks, "contradicting links");
        for (int i = 0; i < st.backingLinks.shown(); ++i) {
            const Link& link = m_links[size_t(st.backingLinks.first[size_t(i)])];
            part();
            out.append(QLatin1String("backs "));
            appendClaim(out, link.to);
            appendLinkRef(out, link, link.from, c);
            out.append(QLatin1String(", which adds no source to this one"));
        }
        more(st.backingLinks, "corroborated claims");
    }

    void fillClaims(AnalysisResult& result) const
    {
        const int claimCount = int(m_claimInput.size());
        result.claims.reserve(claimCount);
        result.index.reserve(claimCount);
        // A reason with links is written here, then copied at its size: grown in a string of its own, each left a
        // freed block behind, between the reasons kept (35 MB at 50,000 claims that the allocator could not give back).
        QString reason;
        for (int c = 0; c < claimCount; ++c) {
            const StatementData& st = m_statements[size_t(m_statement[size_t(c)])];
            ClaimAnalysis a;
            a.claim = claim(c).id;
            a.origin = m_origins.at(m_origin[size_t(c)]);
            a.independentSources = st.namedOrigins;
            a.origins = st.origins;
            a.reports = st.reports;
            a.component = st.evidence;
            a.sameStatement = st.members;
            a.corroborators = st.corroborators;
            a.corroborates = st.backs;
            a.contradictedBy = st.contradictedBy;
            a.contradictingOrigins = st.contradictingOrigins;
            a.contradictingSources = st.contradictingSources;
            a.contradictingWeight = st.contradictingWeight;
            a.links = st.links;
            a.suggestedCredibility = st.credibility.grade;
            if (st.linksBegin == st.linksEnd) {
                a.reason = st.credibility.reason; // shared, not copied
            } else {
                reason.resize(0); // keeps its capacity
                reason.append(st.credibility.reason);
                appendFollowedLinks(reason, c, st);
                a.reason = QString(reason.constData(), reason.size());
            }
            result.index.insert(a.claim, result.claims.size());
            result.claims.append(std::move(a));
        }
    }

    // Starts comparing the figures of claims linked as corroborating or updating (figureConflicts) on a second
    // thread, or returns no thread when few claims are compared or there is one core. Until it is joined, nothing
    // else touches m_figures or m_figureConflicts.
    std::jthread compareFiguresAside()
    {
        m_figures.resize(m_claimInput.size());
        if (std::thread::hardware_concurrency() < 2) {
            return {};
        }
        std::vector<bool> compared(m_claimInput.size(), false);
        size_t count = 0;
        for (const Link& link : m_links) {
            if (link.type != LinkType::Corroborates && link.type != LinkType::Updates) {
                continue;
            }
            for (const int c : {link.from, link.to}) {
                count += compared[size_t(c)] ? 0 : 1;
                compared[size_t(c)] = true;
            }
        }
        if (count < kLargeAnalysis) {
            return {};
        }
        try {
            return std::jthread([this] { m_figureConflicts = figureConflicts(); });
        } catch (const std::system_error&) {
            return {}; // no thread to be had: findConflicts compares them itself
        }
    }

    const QList<text::Figure>& figuresOf(int c)
    {
        auto& slot = m_figures[size_t(c)];
        if (!slot) {
            slot = text::parseFigures(claim(c).text);
        }
        return *slot;
    }

    QString dated(const QString& what, int c) const
    {
        const QString& date = claim(c).reportPublished;
        return date.isEmpty() ? what : what + QStringLiteral(" (") + date + u')';
    }

    std::optional<std::pair<text::Figure, text::Figure>> disagreeingFigures(int a, int b)
    {
        return analysis::disagreeingFigures(figuresOf(a), figuresOf(b));
    }

    // The figure conflicts between claims linked as corroborating or updating, each with the index of its link in
    // m_links, in link order; a pair of claims is compared once. Reads only the input and m_figures (and frees the
    // latter): safe on the second thread while the rest is worked out.
    std::vector<std::pair<size_t, Conflict>> figureConflicts()
    {
        std::vector<std::pair<size_t, Conflict>> out;
        QSet<std::pair<int, int>> figurePairs;
        for (size_t l = 0; l < m_links.size(); ++l) {
            const Link& link = m_links[l];
            if (link.type != LinkType::Corroborates && link.type != LinkType::Updates) {
                continue;
            }
            const int from = link.from;
            const int to = link.to;
            const std::pair<int, int> key{std::min(from, to), std::max(from, to)};
            if (figuresOf(from).isEmpty() || figuresOf(to).isEmpty() || figurePairs.contains(key)) {
                continue;
            }
            figurePairs.insert(key);
            // "A updates B": B is the older statement, so it comes first.
            int first = link.type == LinkType::Updates ? to : from;
            int second = link.type == LinkType::Updates ? from : to;
            const QString& d1 = claim(first).reportPublished;
            const QString& d2 = claim(second).reportPublished;
            if (!d1.isEmpty() && !d2.isEmpty() && d2 < d1) {
                std::swap(first, second);
            }
            if (auto pair = disagreeingFigures(first, second)) {
                const QString detail =
                    dated(pair->first.text, first) + QStringLiteral(" vs ") + dated(pair->second.text, second);
                out.emplace_back(l,
                                 Conflict{claim(first).id, claim(second).id, ConflictKind::Figures, detail, link.id});
            }
        }
        // Every claim's parsed figures are needed no more: freed now, before the result is made (25 MB at 50,000
        // claims that added to the open's peak, freed only with the analyzer).
        std::vector<std::optional<QList<text::Figure>>>().swap(m_figures);
        return out;
    }

    // Contradictions and figure conflicts in link order (the figure conflicts found on the second thread, if it ran).
    void findConflicts(AnalysisResult& result, bool figuresAside)
    {
        if (!figuresAside) {
            m_figureConflicts = figureConflicts();
        }
        auto figures = m_figureConflicts.begin();
        QSet<std::pair<int, int>> contradictions;
        for (size_t l = 0; l < m_links.size(); ++l) {
            const Link& link = m_links[l];
            if (link.type == LinkType::Contradicts) {
                const int from = link.from;
                const int to = link.to;
                const std::pair<int, int> key{std::min(from, to), std::max(from, to)};
                if (contradictions.contains(key)) {
                    continue;
                }
                contradictions.insert(key);
                const QString detail = dated(m_origins.at(m_origin[size_t(from)]).name, from) + QStringLiteral(" vs ") +
                                       dated(m_origins.at(m_origin[size_t(to)]).name, to);
                result.conflicts.append(
                    Conflict{claim(from).id, claim(to).id, ConflictKind::Contradicts, detail, link.id});
            } else if (figures != m_figureConflicts.end() && figures->first == l) {
                result.conflicts.append(std::move(figures->second));
                ++figures;
            }
        }
    }

    const AnalysisInput& m_input;
    QStringList m_issues;

    std::vector<Link> m_links; // usable links, input order, dense claim indices

    QHash<ClaimId, int> m_claimIndex;
    std::vector<qsizetype> m_claimInput; // dense claim index -> position in input.claims

    QHash<SourceId, int> m_sourceIndex;
    std::vector<SourceId> m_sourceIds;
    std::vector<QString> m_sourceNames;
    std::vector<QString> m_sourceGrades; // source slot -> reliability "A".."F", empty when not graded
    std::vector<int> m_affiliation;      // source slot -> affiliation slot or -1

    QHash<ReportId, int> m_reportIndex;
    std::vector<ReportId> m_reportIds;
    std::vector<int> m_reportOf; // dense claim index -> report slot

    QList<Origin> m_origins;            // by origin key
    std::vector<double> m_originWeight; // by origin key: contradictionWeight of its source's grade
    std::vector<int> m_origin;          // dense claim index -> origin key

    std::vector<int> m_statement; // dense claim index -> statement
    std::vector<StatementData> m_statements;
    Buckets m_members;             // the claims of each statement, dense indices
    Buckets m_statementLinks;      // the links touching each statement, indices into m_links
    std::vector<int> m_originKeys; // each statement's evidence origins, statement after statement

    std::vector<std::optional<QList<text::Figure>>> m_figures;
    std::vector<std::pair<size_t, Conflict>> m_figureConflicts; // figureConflicts()
};

} // namespace

AnalysisResult analyzeCorroboration(const AnalysisInput& input, AfterAnalysis after)
{
    if (input.claims.size() < qsizetype(kLargeAnalysis)) {
        return Analyzer(input).run();
    }
    // What a large analysis worked with (the figures of every claim compared, statements, indexes) is tens of
    // thousands of small blocks: a pooled thread frees them while the result goes to whoever waits for it. The
    // analyzer's reference to input is not used again.
    auto analyzer = std::make_shared<Analyzer>(input);
    AnalysisResult result = analyzer->run();
    // Then, if asked, the allocator gives back what it keeps free (20 MB at 50,000 claims).
    QThreadPool::globalInstance()->start([analyzer = std::move(analyzer), after]() mutable {
        analyzer.reset();
        if (after == AfterAnalysis::ReleaseFreedMemory) {
            releaseFreedMemory();
        }
    });
    return result;
}

} // namespace corrob::analysis
