// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/CaseSnapshot.h"

#include <QByteArray>
#include <QJsonObject>

namespace corrob::exchange {

// W3C Web Annotation Data Model (JSON-LD, compact form): one AnnotationCollection whose first page holds one
// Annotation per claim. Each annotation names the anno.jsonld context (plus the "corrob" prefix for the terms
// the model lacks), has a urn:uuid id derived from the case and the claim, and targets its report (the URL, else
// an ni:///sha-256 URI; "corrob:sha256" carries the original's SHA-256) through a TextQuoteSelector (exact,
// prefix, suffix) and a TextPositionSelector whose start/end are Unicode code points of the working text. Bodies:
// the statement and the claim's notes as "commenting" TextualBodies ("corrob:role" statement or note), each tag
// as a "tagging" TextualBody (its path), each link from the claim as a "linking" SpecificResource whose source is
// the other claim's annotation ("corrob:relation", "corrob:note", "corrob:confidence"). The claim's kind,
// credibility and attributed source are "corrob:kind", "corrob:credibility", "corrob:attributedTo".
QJsonObject w3cAnnotationCollection(const CaseSnapshot& snapshot);
// The collection as indented UTF-8 JSON.
QByteArray exportW3cAnnotations(const CaseSnapshot& snapshot);

// The IRI of a claim's annotation.
QString annotationIri(const CaseSnapshot& snapshot, ClaimId claim);

} // namespace corrob::exchange
