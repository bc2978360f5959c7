#include "sandboxdirectory.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace Passdesk::Sandbox {

namespace {

SandboxIdentity person(const char *first, const char *last, const char *alias, bool active = true)
{
    const QString firstName = QString::fromUtf8(first);
    const QString lastName = QString::fromUtf8(last);
    const QString uid = QString::fromUtf8(alias);
    const QString id = QString::fromLatin1(
        QCryptographicHash::hash(uid.toUtf8(), QCryptographicHash::Md5).toHex());
    return {id,
            firstName + QLatin1Char(' ') + lastName,
            uid,
            uid.toLower() + QStringLiteral("@acme-solar.example"),
            firstName,
            lastName,
            active ? QStringLiteral("Active") : QStringLiteral("Inactive"),
            active ? QStringLiteral("ACTIVE") : QStringLiteral("INACTIVE_LONG_TERM")};
}

struct Term
{
    QString field;
    QString op;
    QString value;
};

bool matches(const SandboxIdentity &identity, const Term &term)
{
    QString actual;
    if (term.field == QLatin1String("alias"))
        actual = identity.alias;
    else if (term.field == QLatin1String("email"))
        actual = identity.email;
    else if (term.field == QLatin1String("firstname"))
        actual = identity.firstName;
    else if (term.field == QLatin1String("lastname"))
        actual = identity.lastName;
    else
        actual = identity.id;
    if (term.op == QLatin1String("eq"))
        return actual.compare(term.value, Qt::CaseInsensitive) == 0;
    return actual.startsWith(term.value, Qt::CaseInsensitive);
}

// Reads `field op "value"` at position; advances it. False on anything unexpected.
bool readTerm(const QString &text, qsizetype &position, Term &term)
{
    auto skipSpaces = [&] {
        while (position < text.size() && text.at(position).isSpace())
            ++position;
    };
    auto readWord = [&] {
        skipSpaces();
        const qsizetype start = position;
        while (position < text.size() && text.at(position).isLetter())
            ++position;
        return text.mid(start, position - start).toLower();
    };
    term.field = readWord();
    static const QStringList fields {QStringLiteral("alias"), QStringLiteral("email"), QStringLiteral("firstname"),
                                     QStringLiteral("lastname"), QStringLiteral("id")};
    if (!fields.contains(term.field))
        return false;
    term.op = readWord();
    if (term.op != QLatin1String("eq") && term.op != QLatin1String("sw"))
        return false;
    skipSpaces();
    if (position >= text.size() || text.at(position) != u'"')
        return false;
    ++position;
    term.value.clear();
    while (position < text.size() && text.at(position) != u'"') {
        if (text.at(position) == u'\\' && position + 1 < text.size())
            ++position;
        term.value += text.at(position++);
    }
    if (position >= text.size())
        return false;
    ++position; // closing quote
    return true;
}

} // namespace

QList<SandboxIdentity> seededIdentities()
{
    return {
        person("Abby", "Smith", "Abby.Smith"),
        person("Alison", "Ferguson", "Alison.Ferguson"),
        person("Alison", "Fergus", "Alison.Fergus"),
        person("Thomas", "Edison", "Thomas.Edison"),
        person("José", "Müller", "Jose.Muller"),
        person("Bruno", "Keller", "Bruno.Keller", false),
        person("Chen", "Wei", "Chen.Wei"),
        person("Dana", "Okafor", "Dana.Okafor"),
        person("Elena", "Petrova", "Elena.Petrova"),
        person("Farid", "Haddad", "Farid.Haddad"),
        person("Grace", "Hopper", "Grace.Hopper"),
        person("Hiro", "Tanaka", "Hiro.Tanaka"),
        person("Ingrid", "Larsen", "Ingrid.Larsen"),
        person("Jamal", "Brooks", "Jamal.Brooks"),
        person("Keiko", "Sato", "Keiko.Sato"),
        person("Liam", "O'Brien", "Liam.OBrien"),
        person("Maria", "Garcia", "Maria.Garcia"),
        person("Noah", "Schmidt", "Noah.Schmidt"),
        person("Olivia", "Dubois", "Olivia.Dubois"),
        person("Priya", "Natarajan", "Priya.Natarajan"),
    };
}

std::optional<QList<SandboxIdentity>> filterIdentities(const QList<SandboxIdentity> &identities,
                                                       const QString &filters)
{
    if (filters.trimmed().isEmpty())
        return identities;
    // Disjunction of conjunctions: `a and b or c` is `(a and b) or c`.
    QList<QList<Term>> alternatives {{}};
    qsizetype position = 0;
    while (true) {
        Term term;
        if (!readTerm(filters, position, term))
            return std::nullopt;
        alternatives.last().append(term);
        while (position < filters.size() && filters.at(position).isSpace())
            ++position;
        if (position >= filters.size())
            break;
        const QString rest = filters.mid(position);
        if (rest.startsWith(QLatin1String("and "), Qt::CaseInsensitive)) {
            position += 4;
        } else if (rest.startsWith(QLatin1String("or "), Qt::CaseInsensitive)) {
            position += 3;
            alternatives.append(QList<Term>());
        } else {
            return std::nullopt;
        }
    }
    QList<SandboxIdentity> found;
    for (const SandboxIdentity &identity : identities) {
        const bool any = std::any_of(alternatives.cbegin(), alternatives.cend(), [&](const QList<Term> &terms) {
            return std::all_of(terms.cbegin(), terms.cend(), [&](const Term &term) { return matches(identity, term); });
        });
        if (any)
            found.append(identity);
    }
    return found;
}

QJsonObject identityToJson(const SandboxIdentity &identity, const QList<SandboxIdentity> &all)
{
    // Everyone reports to the first person, who reports to nobody.
    QJsonValue manager = QJsonValue::Null;
    if (!all.isEmpty() && all.first().id != identity.id) {
        manager = QJsonObject {{QStringLiteral("type"), QStringLiteral("IDENTITY")},
                               {QStringLiteral("id"), all.first().id},
                               {QStringLiteral("name"), all.first().name}};
    }
    return QJsonObject {
        {QStringLiteral("id"), identity.id},
        {QStringLiteral("name"), identity.name},
        {QStringLiteral("alias"), identity.alias},
        {QStringLiteral("email"), identity.email},
        {QStringLiteral("status"), identity.status},
        {QStringLiteral("identityState"), identity.identityState},
        {QStringLiteral("manager"), manager},
        {QStringLiteral("attributes"),
         QJsonArray {QJsonObject {{QStringLiteral("key"), QStringLiteral("country")},
                                  {QStringLiteral("name"), QStringLiteral("Country")},
                                  {QStringLiteral("value"), QStringLiteral("US")}}}},
    };
}

} // namespace Passdesk::Sandbox
