// SPDX-FileCopyrightText: 2026 Corroborate contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/QueryField.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QLineEdit>

#include <limits>

namespace corrob::ui {
namespace {

constexpr const char* kQueryField = "corroborateQueryField";
constexpr const char* kTypedAt = "corroborateTypedAt";

// Milliseconds on a monotonic clock that starts with the first call.
qint64 now()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer started;
        started.start();
        return started;
    }();
    return clock.elapsed();
}

// Notes the time of every key pressed in the field: the arrows that move through the list it filters (Down into the
// Entities list, say) are work in progress too, not only the keys that change its text.
class KeyTimes : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::KeyPress) {
            watched->setProperty(kTypedAt, now());
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void markAsQueryField(QLineEdit* field)
{
    field->setProperty(kQueryField, true);
    field->installEventFilter(new KeyTimes(field));
    // Text changed without a key (pasted from the context menu, dropped).
    QObject::connect(field, &QLineEdit::textEdited, field, [field] { field->setProperty(kTypedAt, now()); });
}

bool isQueryField(const QWidget* widget)
{
    return widget && widget->property(kQueryField).toBool();
}

qint64 msSinceTypedIn(const QWidget* queryField)
{
    const QVariant typedAt = queryField ? queryField->property(kTypedAt) : QVariant();
    return typedAt.isValid() ? now() - typedAt.toLongLong() : std::numeric_limits<qint64>::max();
}

} // namespace corrob::ui
