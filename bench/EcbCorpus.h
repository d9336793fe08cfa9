// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What bench_entities and bench_suggest both read of ECB+ (../shared/datasets/ecbplus). The corpus is read at run
// time; none of it is stored in the repository.
#pragma once

#include <QSet>
#include <QString>

namespace corrob::bench {

// The sentences ECB+ annotated fully, the only ones to evaluate on (its README.upstream.txt), as "1_10ecbplus#3"
// (topic, document, sentence), from DIR/ECBplus_coreference_sentences.csv; empty when the file cannot be read.
QSet<QString> ecbFullyAnnotatedSentences(const QString& dir);

} // namespace corrob::bench
