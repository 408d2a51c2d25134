#pragma once

#include "domain/Result.h"

#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace ita {

/// A PostgreSQL server database's address, as libpq takes it:
///
///     postgresql://[user[:password]@][host][:port][/dbname][?key=value&…]
///
/// The one place an address is taken apart and put together: the command line's --db, the
/// Connect to Server dialog and the storage layer all go through it. A password is never
/// shown or kept: display() and compose() leave it out, withPassword() is for connecting only.
struct ServerLocation {
    QString user;
    QString password;
    /// A host name or address, or a Unix socket folder (starting with "/"), which the address
    /// carries as the host= parameter.
    QString host;
    int port = -1; ///< -1: libpq's default (5432)
    QString database;
    /// The other libpq keywords (sslmode, connect_timeout, …), in the order written.
    std::vector<std::pair<QString, QString>> parameters;

    /// Whether `location` names a server database (`postgresql://…` or `postgres://…`)
    /// rather than a file.
    static bool isServer(const QString &location);
    /// Takes `location` apart; the error says how to write it. Query keywords user, password,
    /// host, port and dbname fill the fields, as libpq reads them.
    static Result<ServerLocation> parse(const QString &location);
    /// The address, percent-encoded where it must be; the password only when asked for.
    QString compose(bool withPassword = false) const;

    /// `location` as it may be shown and stored (recent connections): without its password.
    /// One that does not parse (a password with an unescaped "/" or "@") shows no user part.
    static QString display(const QString &location);
    /// `location` with `password` in it: what a connection is opened with, never shown.
    static QString withPassword(const QString &location, const QString &password);

    /// The value of query keyword `key`, or empty.
    QString parameter(const QString &key) const;
};

} // namespace ita
