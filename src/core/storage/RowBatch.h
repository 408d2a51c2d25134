#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace ita {

/// Rows written `rowsPerStatement` at a time by one multi-row INSERT: on a server one round
/// trip per statement instead of one per row (an import's score nodes and ledger rows, a
/// copy's tables); on a file it costs nothing. add() and flush() return the driver's error, or
/// empty; what is still pending when the batch is destroyed without flush() is not written.
class RowBatch {
public:
    /// `head` is "INSERT INTO table (a, b, c)"; each row has as many values as columns.
    RowBatch(const QSqlDatabase &connection, QString head, int columns, int rowsPerStatement = 200);
    QString add(const QVariantList &row);
    QString flush();
    qint64 written() const { return m_written; }

private:
    QString statement(int rows) const;

    QSqlDatabase m_connection;
    QString m_head;
    int m_columns;
    int m_rowsPerStatement;
    QVariantList m_pending;
    qint64 m_written = 0;
};

} // namespace ita
