#include "sandboxdirectory.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <algorithm>

namespace Passdesk::Sandbox {

namespace {

SandboxIdentity person(const char *first, const char *last, const char *alias, bool active = true)
{
    const QString firstName = QString::fromUtf8(first);
    const QString lastName = QString::fromUtf8(last);
    const QString uid = QString::fromUtf8(alias);
    const QString id = QString::fromLatin1(
        QCryptographicHash::hash(uid.toUtf8(), QCryptographicHash::Md5).toHex());
    return { id, firstName + QLatin1Char(' ') + lastName, uid,
        uid.toLower() + QStringLiteral("@acme-solar.example"), firstName, lastName,
        active ? QStringLiteral("Active") : QStringLiteral("Inactive"),
        active ? QStringLiteral("ACTIVE") : QStringLiteral("INACTIVE_LONG_TERM") };
}

struct Term
{
    QString field;
    QString op;
    QStringList values; // one, except for `in`
};

QString fieldValue(const SandboxIdentity &identity, const QString &field)
{
    if (field == QLatin1String("alias"))
        return identity.alias;
    if (field == QLatin1String("email"))
        return identity.email;
    if (field == QLatin1String("firstname"))
        return identity.firstName;
    if (field == QLatin1String("lastname"))
        return identity.lastName;
    return identity.id;
}

bool matches(const SandboxIdentity &identity, const Term &term)
{
    const QString actual = fieldValue(identity, term.field);
    if (term.op == QLatin1String("sw"))
        return actual.startsWith(term.values.first(), Qt::CaseInsensitive);
    return std::any_of(term.values.cbegin(), term.values.cend(),
        [&](const QString &value) { return actual.compare(value, Qt::CaseInsensitive) == 0; });
}

// The operators the contract lists per field; anything else is a 400, as on a real tenant.
bool operatorAllowed(const QString &field, const QString &op)
{
    if (field == QLatin1String("id"))
        return op == QLatin1String("eq") || op == QLatin1String("in");
    return op == QLatin1String("eq") || op == QLatin1String("sw");
}

class FilterReader
{
public:
    explicit FilterReader(const QString &text)
        : m_text(text)
    { }

    bool atEnd()
    {
        skipSpaces();
        return m_position >= m_text.size();
    }

    // Reads `field op "value"` or `id in ("a", "b")`. False on anything unexpected.
    bool readTerm(Term &term)
    {
        term.field = readWord();
        static const QStringList fields { QStringLiteral("alias"), QStringLiteral("email"),
            QStringLiteral("firstname"), QStringLiteral("lastname"), QStringLiteral("id") };
        if (!fields.contains(term.field))
            return false;
        term.op = readWord();
        if (!operatorAllowed(term.field, term.op))
            return false;
        term.values.clear();
        if (term.op != QLatin1String("in")) {
            QString value;
            if (!readQuoted(value))
                return false;
            term.values.append(value);
            return true;
        }
        if (!readChar(u'('))
            return false;
        do {
            QString value;
            if (!readQuoted(value))
                return false;
            term.values.append(value);
        } while (readChar(u','));
        return readChar(u')');
    }

    // Reads the next joining word: `and` or `or`, lower or upper case.
    QString readJoin() { return readWord(); }

private:
    void skipSpaces()
    {
        while (m_position < m_text.size() && m_text.at(m_position).isSpace())
            ++m_position;
    }

    QString readWord()
    {
        skipSpaces();
        const qsizetype start = m_position;
        while (m_position < m_text.size() && m_text.at(m_position).isLetter())
            ++m_position;
        return m_text.mid(start, m_position - start).toLower();
    }

    bool readChar(QChar wanted)
    {
        skipSpaces();
        if (m_position >= m_text.size() || m_text.at(m_position) != wanted)
            return false;
        ++m_position;
        return true;
    }

    // A double-quoted string; a backslash takes the next character literally.
    bool readQuoted(QString &value)
    {
        if (!readChar(u'"'))
            return false;
        while (m_position < m_text.size() && m_text.at(m_position) != u'"') {
            if (m_text.at(m_position) == u'\\' && m_position + 1 < m_text.size())
                ++m_position;
            value += m_text.at(m_position++);
        }
        if (m_position >= m_text.size())
            return false;
        ++m_position; // closing quote
        return true;
    }

    const QString &m_text;
    qsizetype m_position = 0;
};

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

std::optional<QList<SandboxIdentity>> filterIdentities(
    const QList<SandboxIdentity> &identities, const QString &filters)
{
    if (filters.trimmed().isEmpty())
        return identities;
    // Disjunction of conjunctions: `a and b or c` is `(a and b) or c`.
    QList<QList<Term>> alternatives { {} };
    FilterReader reader(filters);
    while (true) {
        Term term;
        if (!reader.readTerm(term))
            return std::nullopt;
        alternatives.last().append(term);
        if (reader.atEnd())
            break;
        const QString join = reader.readJoin();
        if (join == QLatin1String("or"))
            alternatives.append(QList<Term>());
        else if (join != QLatin1String("and"))
            return std::nullopt;
    }
    QList<SandboxIdentity> found;
    for (const SandboxIdentity &identity : identities) {
        const bool any = std::any_of(
            alternatives.cbegin(), alternatives.cend(), [&](const QList<Term> &terms) {
                return std::all_of(terms.cbegin(), terms.cend(),
                    [&](const Term &term) { return matches(identity, term); });
            });
        if (any)
            found.append(identity);
    }
    return found;
}

bool sortIdentities(QList<SandboxIdentity> &identities, const QString &sorters)
{
    const QString sorter = sorters.trimmed();
    if (sorter.isEmpty())
        return true;
    const bool descending = sorter.startsWith(u'-');
    if (sorter.mid(descending ? 1 : 0) != QLatin1String("name"))
        return false;
    std::stable_sort(identities.begin(), identities.end(),
        [descending](const SandboxIdentity &a, const SandboxIdentity &b) {
            const int order = a.name.compare(b.name, Qt::CaseInsensitive);
            return descending ? order > 0 : order < 0;
        });
    return true;
}

QJsonObject identityToJson(const SandboxIdentity &identity, const QList<SandboxIdentity> &all)
{
    // Everyone reports to the first person, who reports to nobody.
    QJsonValue manager = QJsonValue::Null;
    if (!all.isEmpty() && all.first().id != identity.id) {
        manager = QJsonObject { { QStringLiteral("type"), QStringLiteral("IDENTITY") },
            { QStringLiteral("id"), all.first().id },
            { QStringLiteral("name"), all.first().name } };
    }
    return QJsonObject {
        { QStringLiteral("id"), identity.id },
        { QStringLiteral("name"), identity.name },
        { QStringLiteral("alias"), identity.alias },
        { QStringLiteral("email"), identity.email },
        { QStringLiteral("status"), identity.status },
        { QStringLiteral("identityState"), identity.identityState },
        { QStringLiteral("manager"), manager },
        { QStringLiteral("attributes"),
            QJsonArray { QJsonObject { { QStringLiteral("key"), QStringLiteral("country") },
                { QStringLiteral("name"), QStringLiteral("Country") },
                { QStringLiteral("value"), QStringLiteral("US") } } } },
    };
}

} // namespace Passdesk::Sandbox
