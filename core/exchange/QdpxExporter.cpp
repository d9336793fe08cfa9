// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/QdpxExporter.h"

#include "core/exchange/CodePoints.h"
#include "core/exchange/ZipArchive.h"
#include "core/model/Vocabulary.h"

#include <QHash>
#include <QXmlStreamWriter>

#include <algorithm>

namespace corrob::exchange {

namespace {

QString guid(const QUuid& uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

// XML 1.0 (§2.2 Char) cannot hold the C0 controls other than tab, line feed and carriage return, lone surrogates,
// U+FFFE or U+FFFF, not even as character references: each becomes U+FFFD, the replacement character, so a reader
// sees that something was there (QXmlStreamWriter would drop the controls without a word and stop at the others).
QString xmlChars(const QString& value)
{
    QString out = value;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const char16_t c = out.at(i).unicode();
        const bool pair = QChar::isHighSurrogate(c) && i + 1 < out.size() && out.at(i + 1).isLowSurrogate();
        if (pair) {
            ++i;
            continue;
        }
        const bool control = c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r';
        if (control || QChar::isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
            out[i] = QChar::ReplacementCharacter;
        }
    }
    return out;
}

class ProjectWriter
{
public:
    explicit ProjectWriter(const CaseSnapshot& s, QByteArray& out) : m_s(s), m_xml(&out)
    {
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(1);
    }

    void write()
    {
        m_xml.writeStartDocument();
        m_xml.writeDefaultNamespace(QStringLiteral("urn:QDA-XML:project:1.0"));
        m_xml.writeStartElement(QStringLiteral("Project"));
        attribute(QStringLiteral("name"), m_s.title);
        m_xml.writeAttribute(QStringLiteral("origin"),
                             QStringLiteral("Corroborate %1").arg(QStringLiteral(CORROB_VERSION)));
        dateAttribute(QStringLiteral("creationDateTime"), m_s.createdAt);
        writeUsers();
        writeCodeBook();
        writeSources();
        writeNotes();
        writeLinks();
        const auto caseNotes = m_s.notesOn(model::NoteTarget::Case, 0);
        if (!caseNotes.empty()) {
            textElement(QStringLiteral("Description"), caseNotes.front()->body);
        }
        noteRefs(caseNotes);
        // The sources have no element of their own in QDA-XML: each is a note of the project (REFI-QDA 1.5 §7: what
        // an export cannot carry must not be lost without a word; this way nothing is lost).
        for (const model::Source& source : m_s.sources) {
            m_xml.writeEmptyElement(QStringLiteral("NoteRef"));
            attribute(QStringLiteral("targetGUID"), guid(m_s.uuidOf(QStringLiteral("source"), source.id.value)));
        }
        m_xml.writeEndElement();
        m_xml.writeEndDocument();
    }

private:
    void attribute(const QString& name, const QString& value) { m_xml.writeAttribute(name, xmlChars(value)); }

    // An XML reader turns every CR LF and lone CR of character data into LF (XML 1.0 §2.11); a CR written as the
    // reference &#xD; survives, so a note's or a statement's line ends come back as they were.
    void textElement(const QString& name, const QString& value)
    {
        m_xml.writeStartElement(name);
        const QStringList parts = xmlChars(value).split(u'\r');
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (i > 0) {
                m_xml.writeEntityReference(QStringLiteral("#xD"));
            }
            if (!parts.at(i).isEmpty()) {
                m_xml.writeCharacters(parts.at(i));
            }
        }
        m_xml.writeEndElement();
    }

    QString userGuid(const QString& name) const { return guid(m_s.uuidOf(QStringLiteral("user:") + name, 0)); }

    void dateAttribute(const QString& name, const QString& iso)
    {
        if (!iso.isEmpty()) {
            attribute(name, iso);
        }
    }

    void writeUsers()
    {
        QStringList names;
        for (const model::Claim& c : m_s.claims) {
            if (!c.createdBy.isEmpty() && !names.contains(c.createdBy)) {
                names.append(c.createdBy);
            }
        }
        if (names.isEmpty()) {
            return;
        }
        m_xml.writeStartElement(QStringLiteral("Users"));
        for (const QString& name : names) {
            m_xml.writeEmptyElement(QStringLiteral("User"));
            attribute(QStringLiteral("guid"), userGuid(name));
            attribute(QStringLiteral("name"), name);
        }
        m_xml.writeEndElement();
    }

    void writeCode(const model::Tag& tag)
    {
        m_xml.writeStartElement(QStringLiteral("Code"));
        attribute(QStringLiteral("guid"), guid(m_s.uuidOf(QStringLiteral("tag"), tag.id.value)));
        attribute(QStringLiteral("name"), tag.name);
        attribute(QStringLiteral("isCodable"), QStringLiteral("true"));
        if (tag.colour.size() == 7 && tag.colour.startsWith(u'#')) {
            attribute(QStringLiteral("color"), tag.colour);
        }
        if (!tag.description.isEmpty()) {
            textElement(QStringLiteral("Description"), tag.description);
        }
        for (const model::Tag& child : m_s.tags) {
            if (child.parent == tag.id) {
                writeCode(child);
            }
        }
        m_xml.writeEndElement();
    }

    void writeCodeBook()
    {
        if (m_s.tags.empty()) {
            return; // Codes needs at least one Code
        }
        m_xml.writeStartElement(QStringLiteral("CodeBook"));
        m_xml.writeStartElement(QStringLiteral("Codes"));
        for (const model::Tag& tag : m_s.tags) {
            if (!tag.parent.isValid()) {
                writeCode(tag);
            }
        }
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }

    void noteRefs(const std::vector<const model::Note*>& notes)
    {
        for (const model::Note* n : notes) {
            m_xml.writeEmptyElement(QStringLiteral("NoteRef"));
            attribute(QStringLiteral("targetGUID"), guid(m_s.uuidOf(QStringLiteral("note"), n->id.value)));
        }
    }

    void writeSelection(const model::Claim& claim, const CodePointIndex& index)
    {
        m_xml.writeStartElement(QStringLiteral("PlainTextSelection"));
        attribute(QStringLiteral("guid"), guid(m_s.uuidOf(QStringLiteral("claim"), claim.id.value)));
        attribute(QStringLiteral("name"), claim.statement);
        attribute(QStringLiteral("startPosition"), QString::number(index.toCodePoints(claim.anchor.start)));
        attribute(QStringLiteral("endPosition"), QString::number(index.toCodePoints(claim.anchor.end)));
        if (!claim.createdBy.isEmpty()) {
            attribute(QStringLiteral("creatingUser"), userGuid(claim.createdBy));
        }
        dateAttribute(QStringLiteral("creationDateTime"), claim.createdAt);
        dateAttribute(QStringLiteral("modifiedDateTime"), claim.updatedAt);
        QString description = claim.statement;
        description += u"\n\n" + QStringLiteral("Kind: %1").arg(model::claimKindName(claim.kind));
        if (const model::Source* source = m_s.source(claim.source)) {
            description += u"\n" + QStringLiteral("Source: %1").arg(source->name);
        }
        if (claim.credibility != 0) {
            description += u"\n" + QStringLiteral("Credibility: %1").arg(claim.credibility);
        }
        textElement(QStringLiteral("Description"), description);
        for (TagId tag : claim.tags) {
            m_xml.writeStartElement(QStringLiteral("Coding"));
            attribute(QStringLiteral("guid"),
                      guid(m_s.uuidOf(QStringLiteral("coding:%1").arg(claim.id.value), tag.value)));
            if (!claim.createdBy.isEmpty()) {
                attribute(QStringLiteral("creatingUser"), userGuid(claim.createdBy));
            }
            dateAttribute(QStringLiteral("creationDateTime"), claim.updatedAt);
            m_xml.writeEmptyElement(QStringLiteral("CodeRef"));
            attribute(QStringLiteral("targetGUID"), guid(m_s.uuidOf(QStringLiteral("tag"), tag.value)));
            m_xml.writeEndElement();
        }
        noteRefs(m_s.notesOn(model::NoteTarget::Claim, claim.id.value));
        m_xml.writeEndElement();
    }

    void writeSources()
    {
        if (m_s.reports.empty()) {
            return;
        }
        m_xml.writeStartElement(QStringLiteral("Sources"));
        for (const SnapshotReport& r : m_s.reports) {
            const QString sourceGuid = qdpxSourceGuid(m_s, r.summary.id);
            m_xml.writeStartElement(QStringLiteral("TextSource"));
            attribute(QStringLiteral("guid"), sourceGuid);
            attribute(QStringLiteral("name"), r.summary.metadata.title.isEmpty()
                                                  ? QStringLiteral("Report %1").arg(r.summary.id.value)
                                                  : r.summary.metadata.title);
            attribute(QStringLiteral("plainTextPath"), QStringLiteral("internal://%1.txt").arg(sourceGuid));
            dateAttribute(QStringLiteral("creationDateTime"), r.summary.capturedAt);
            QStringList about;
            if (!r.summary.metadata.outlet.isEmpty()) {
                about << QStringLiteral("Outlet: %1").arg(r.summary.metadata.outlet);
            }
            if (!r.summary.metadata.url.isEmpty()) {
                about << QStringLiteral("URL: %1").arg(r.summary.metadata.url);
            }
            about << QStringLiteral("SHA-256 of the original: %1").arg(r.summary.sha256);
            textElement(QStringLiteral("Description"), about.join(u'\n'));
            const CodePointIndex index(r.text);
            for (const model::Claim& c : m_s.claims) {
                if (c.report == r.summary.id) {
                    writeSelection(c, index);
                }
            }
            noteRefs(m_s.notesOn(model::NoteTarget::Report, r.summary.id.value));
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    void writeNotes()
    {
        std::vector<const model::Note*> written;
        for (const model::Note& n : m_s.notes) {
            // Only notes whose target is in the project (a source's notes go into the source's own note).
            const bool placed = n.target == model::NoteTarget::Case ||
                                (n.target == model::NoteTarget::Report && m_s.report(ReportId{n.targetId})) ||
                                (n.target == model::NoteTarget::Claim && hasClaim(ClaimId{n.targetId})) ||
                                (n.target == model::NoteTarget::Link && hasLink(LinkId{n.targetId}));
            if (placed) {
                written.push_back(&n);
            }
        }
        if (written.empty() && m_s.sources.empty() && !std::any_of(m_s.links.begin(), m_s.links.end(), hasOwnNote)) {
            return;
        }
        m_xml.writeStartElement(QStringLiteral("Notes"));
        for (const model::Note* n : written) {
            writeNote(m_s.uuidOf(QStringLiteral("note"), n->id.value), n->body.section(u'\n', 0, 0).left(80), n->body,
                      n->createdAt, n->updatedAt);
        }
        // What a link says of itself (its note, how confident the investigator is), which a QDA-XML Link cannot hold.
        for (const model::Link& l : m_s.links) {
            if (hasOwnNote(l)) {
                QStringList lines;
                if (!l.note.isEmpty()) {
                    lines << l.note;
                }
                if (l.confidence) {
                    lines << QStringLiteral("Confidence: %1").arg(*l.confidence);
                }
                writeNote(m_s.uuidOf(QStringLiteral("link-note"), l.id.value),
                          QStringLiteral("Link %1: %2").arg(l.id.value).arg(model::linkTypeName(l.type)),
                          lines.join(u'\n'), l.createdAt, l.createdAt);
            }
        }
        for (const model::Source& source : m_s.sources) {
            writeNote(m_s.uuidOf(QStringLiteral("source"), source.id.value),
                      QStringLiteral("Source: %1").arg(source.name), sourceText(source), source.createdAt,
                      source.createdAt);
        }
        m_xml.writeEndElement();
    }

    void writeNote(const QUuid& id, const QString& name, const QString& body, const QString& created,
                   const QString& modified)
    {
        m_xml.writeStartElement(QStringLiteral("Note"));
        attribute(QStringLiteral("guid"), guid(id));
        attribute(QStringLiteral("name"), name);
        dateAttribute(QStringLiteral("creationDateTime"), created);
        dateAttribute(QStringLiteral("modifiedDateTime"), modified);
        textElement(QStringLiteral("PlainTextContent"), body);
        m_xml.writeEndElement();
    }

    static bool hasOwnNote(const model::Link& l) { return !l.note.isEmpty() || l.confidence.has_value(); }

    // A source as words: its name, kind, other names, whom it speaks for, its grade and why, and the notes on it.
    QString sourceText(const model::Source& source) const
    {
        QStringList lines{QStringLiteral("Source: %1").arg(source.name),
                          QStringLiteral("Kind: %1").arg(model::sourceKindName(source.kind))};
        if (!source.aliases.isEmpty()) {
            lines << QStringLiteral("Also known as: %1").arg(source.aliases.join(QStringLiteral("; ")));
        }
        if (const model::Source* organisation = m_s.source(source.affiliation)) {
            lines << QStringLiteral("Speaks for: %1").arg(organisation->name);
        }
        if (!source.reliability.isEmpty()) {
            lines << (source.rationale.isEmpty()
                          ? QStringLiteral("Reliability: %1").arg(source.reliability)
                          : QStringLiteral("Reliability: %1 (%2)").arg(source.reliability, source.rationale));
        }
        for (const model::Note* n : m_s.notesOn(model::NoteTarget::Source, source.id.value)) {
            lines << QString() << n->body;
        }
        return lines.join(u'\n');
    }

    void writeLinks()
    {
        if (m_s.links.empty()) {
            return;
        }
        m_xml.writeStartElement(QStringLiteral("Links"));
        for (const model::Link& l : m_s.links) {
            m_xml.writeStartElement(QStringLiteral("Link"));
            attribute(QStringLiteral("guid"), guid(m_s.uuidOf(QStringLiteral("link"), l.id.value)));
            attribute(QStringLiteral("name"), model::linkTypeName(l.type));
            attribute(QStringLiteral("direction"), QStringLiteral("OneWay"));
            attribute(QStringLiteral("originGUID"), guid(m_s.uuidOf(QStringLiteral("claim"), l.from.value)));
            attribute(QStringLiteral("targetGUID"), guid(m_s.uuidOf(QStringLiteral("claim"), l.to.value)));
            noteRefs(m_s.notesOn(model::NoteTarget::Link, l.id.value));
            if (hasOwnNote(l)) {
                m_xml.writeEmptyElement(QStringLiteral("NoteRef"));
                attribute(QStringLiteral("targetGUID"), guid(m_s.uuidOf(QStringLiteral("link-note"), l.id.value)));
            }
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    bool hasClaim(ClaimId id) const
    {
        return std::any_of(m_s.claims.begin(), m_s.claims.end(), [&](const model::Claim& c) { return c.id == id; });
    }
    bool hasLink(LinkId id) const
    {
        return std::any_of(m_s.links.begin(), m_s.links.end(), [&](const model::Link& l) { return l.id == id; });
    }

    const CaseSnapshot& m_s;
    QXmlStreamWriter m_xml;
};

} // namespace

QString qdpxSourceGuid(const CaseSnapshot& snapshot, ReportId report)
{
    return guid(snapshot.uuidOf(QStringLiteral("report"), report.value));
}

QByteArray qdpxProjectXml(const CaseSnapshot& snapshot)
{
    QByteArray out;
    ProjectWriter(snapshot, out).write();
    return out;
}

Status exportQdpx(const CaseSnapshot& snapshot, const QString& path)
{
    auto writer = ZipWriter::create(path);
    CORROB_TRY(writer);
    CORROB_TRY(writer->add(QStringLiteral("project.qde"), qdpxProjectXml(snapshot)));
    for (const SnapshotReport& r : snapshot.reports) {
        const QString name = QStringLiteral("sources/%1.txt").arg(qdpxSourceGuid(snapshot, r.summary.id));
        CORROB_TRY(writer->add(name, r.text.toUtf8()));
    }
    return writer->finish();
}

} // namespace corrob::exchange
