// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/edits/Edit.h"
#include "core/case/edits/EditSupport.h"
#include "core/common/Result.h"
#include "core/model/Claim.h"
#include "core/model/Link.h"
#include "core/model/Note.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <vector>

namespace corrob::casefile {
class Case;
}

namespace corrob::exchange {

// What one W3C Web Annotation says about a span of text, read from JSON-LD in compact form with the anno.jsonld
// context (our own export, and annotations of other tools that use TextQuoteSelector / TextPositionSelector).
struct ParsedAnnotation
{
    struct LinkTo
    {
        QString target;   // the IRI of another annotation in the same file
        QString relation; // a link type name; empty: "corroborates" is not assumed, the link is skipped
        QString note;
        std::optional<double> confidence;
        QString creator; // the body's creator and created, when it has them
        QString created;
    };
    // A "commenting" body other than the statement: a note on the claim, with its own creator and times.
    struct NoteBody
    {
        QString body;
        QString creator;
        QString created;
        QString modified;
    };

    QString id;
    QString sourceIri; // the target's source (URL, ni:///sha-256 URI, or another IRI)
    QString sha256;    // "corrob:sha256", or the hash an ni URI names
    QString exact;     // TextQuoteSelector
    QString prefix;
    QString suffix;
    std::optional<qsizetype> start; // TextPositionSelector, Unicode code points
    std::optional<qsizetype> end;
    QString statement;           // the "commenting" body with corrob:role "statement"
    QStringList tags;            // "tagging" bodies
    std::vector<NoteBody> notes; // the other "commenting" bodies
    QString kind;
    int credibility = 0;
    QString attributedTo;
    // Who made the annotation and when (W3C "creator", "created", "modified"): the claim keeps them, so that an
    // export and an import give back who marked a claim and when. Times in UTC with milliseconds, as the case stores
    // them; empty when absent or not an xsd:dateTime (the claim is then the importer's, made now).
    QString creator;
    QString created;
    QString modified;
    std::vector<LinkTo> links;
};

// Reads every annotation of a file: an AnnotationCollection (its first page's items), an AnnotationPage, an array
// or a single Annotation; one ParsedAnnotation per target (an annotation may have several), a TextQuoteSelector
// also found where it refines another selector (refinedBy). Fails (InvalidArgument, naming where) when the bytes
// are not JSON or hold no annotation.
Result<std::vector<ParsedAnnotation>> parseW3cAnnotations(const QByteArray& json, const QString& where);

struct PlacedAnnotation
{
    ParsedAnnotation annotation;
    ReportId report;
    qsizetype start = 0; // UTF-16 code units of the report's working text
    qsizetype end = 0;
    QString matchedBy; // how the report was found: "sha256", "url", "quote"
    QString method;    // how the span was found in it: "position", "quote", "fuzzy" (text::reanchor)
};

struct UnplacedAnnotation
{
    QString id;
    QString quote;
    QString reason;
};

struct AnnotationPlan
{
    std::vector<PlacedAnnotation> placed;
    std::vector<UnplacedAnnotation> unplaced;
};

// Finds where each annotation goes in the case: the report whose original has its SHA-256, else the newest
// report with its source URL, else the report whose working text holds its quote (the best-matching context
// wins). In that report the span is the position selector's (code points converted to UTF-16) when the quote is
// there, else the quote's occurrence whose context matches best, else an approximate match (text::reanchor).
// What cannot be placed is listed with the reason: no report matches, the quote is not in the report, no
// quote, or a claim already marks the same span (so importing a file twice adds nothing). Reads only.
Result<AnnotationPlan> planAnnotationImport(casefile::Case& target, const std::vector<ParsedAnnotation>& annotations);

// The import of a plan: one reversible, audited edit. apply() adds the placed annotations as claims (sources
// and tags created as needed), their notes, and the links between them (both ends in the file); revert() removes
// all of it; redo restores the same ids. Audit: "annotations.imported" / "annotations.removed" with the claim,
// link and note ids, what was created, and the file.
class ImportAnnotations final : public casefile::Edit
{
    Q_DECLARE_TR_FUNCTIONS(corrob::exchange::ImportAnnotations)

public:
    ImportAnnotations(AnnotationPlan plan, QString fileName);
    [[nodiscard]] QString text() const override { return tr("Import annotations"); }

    [[nodiscard]] const std::vector<model::Claim>& claims() const { return m_claims; }
    [[nodiscard]] const std::vector<model::Link>& links() const { return m_links; }
    // Links whose other end is not in the file, or whose relation is unknown.
    [[nodiscard]] int skippedLinks() const { return m_skippedLinks; }

protected:
    Result<Record> forward(casefile::EditContext& ctx) override;
    Result<Record> backward(casefile::EditContext& ctx) override;

private:
    Status resolve(casefile::EditContext& ctx);
    Record record(const QString& action, const QString& createdKey) const;
    AnnotationPlan m_plan;
    QString m_fileName;
    bool m_resolved = false;
    std::vector<model::Claim> m_claims;
    std::vector<model::Link> m_links;
    std::vector<model::Note> m_notes;
    casefile::edits::CreatedItems m_created;
    int m_skippedLinks = 0;
};

} // namespace corrob::exchange
