// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EcbCorpus.h"

#include <QFile>
#include <QStringList>

namespace corrob::bench {

QSet<QString> ecbFullyAnnotatedSentences(const QString& dir)
{
    QSet<QString> out;
    QFile csv(dir + QStringLiteral("/ECBplus_coreference_sentences.csv"));
    if (!csv.open(QIODevice::ReadOnly)) {
        return out;
    }
    csv.readLine(); // the header
    while (!csv.atEnd()) {
        const QStringList f = QString::fromUtf8(csv.readLine()).trimmed().split(u',');
        if (f.size() == 3) {
            out.insert(f[0] + u'_' + f[1] + u'#' + f[2]);
        }
    }
    return out;
}

} // namespace corrob::bench
