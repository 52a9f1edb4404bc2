using System.Text.Json;
using System.Text.Json.Nodes;
using AdaptiveLearning.Application.Imports.Format;
using AdaptiveLearning.Application.Imports.Format.Bank;
using AdaptiveLearning.Domain.Content;
using Microsoft.Data.Sqlite;

namespace AdaptiveLearning.Infrastructure.Imports.Anki;

/// <summary>Reads notes and decks from a collection file (Anki's documented schema: notes, cards, and decks in col.decks or a decks table).</summary>
internal static class AnkiCollection
{
    private const char FieldSeparator = '\x1f';
    private const string DefaultLevel = "general";

    public static IReadOnlyList<SourceItem> Read(string path)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        using var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        var decks = Decks(connection);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT n.guid, n.flds, n.tags, (SELECT c.did FROM cards c WHERE c.nid = n.id ORDER BY c.ord LIMIT 1)
            FROM notes n ORDER BY n.id
            """;
        using var reader = command.ExecuteReader();
        var items = new List<SourceItem>();
        while (reader.Read())
        {
            var item = new SourceItem(items.Count);
            items.Add(item);
            var deck = reader.IsDBNull(3) ? null : decks.GetValueOrDefault(reader.GetInt64(3));
            Note(reader.GetString(0), reader.GetString(1).Split(FieldSeparator), reader.GetString(2), deck, item);
        }
        return items;
    }

    private static void Note(string guid, string[] fields, string tags, string? deck, SourceItem item)
    {
        item.Set(ImportFields.Id, "anki-" + guid);
        item.Set(ImportFields.Type, "theory");
        item.Set(ImportFields.Question, fields[0]);
        item.Set(ImportFields.ModelAnswer, fields.Length > 1 && fields[1].Trim().Length > 0 ? fields[1] : null);
        var tagList = tags.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tagList.Length > 0) item.Fields[ImportFields.Tags] = new JsonArray(tagList.Select(t => (JsonNode)t).ToArray());
        if (deck is null) item.Problem("category", "the note has no card in a known deck");
        else item.Category = Category(deck);
        if (fields[0].Contains("{{c", StringComparison.Ordinal))
            item.Problem(ImportFields.Question, "a cloze note cannot be mapped (mcq, theory and scenario only)");
    }

    /// <summary>
    /// A deck path as four levels: decks are usually shallower than topic/subtopic/leaf/facet, so missing levels are
    /// "general"; deeper decks fold their extra levels into the facet.
    /// </summary>
    private static string Category(string deck)
    {
        var levels = deck.Split(["::", FieldSeparator.ToString()], StringSplitOptions.TrimEntries)
            .Select(l => l.Replace(CategoryPath.Separator, " ", StringComparison.Ordinal)).ToList();
        if (levels.Count > HierarchyPath.MaxDepth)
            levels = [.. levels.Take(HierarchyPath.MaxDepth - 1), string.Join(' ', levels.Skip(HierarchyPath.MaxDepth - 1))];
        while (levels.Count < HierarchyPath.MaxDepth)
            levels.Add(DefaultLevel);
        return string.Join(CategoryPath.Separator, levels);
    }

    private static Dictionary<long, string> Decks(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'decks'";
        var hasTable = (long)command.ExecuteScalar()! > 0;
        command.CommandText = hasTable ? "SELECT id, name FROM decks" : "SELECT decks FROM col LIMIT 1";
        using var reader = command.ExecuteReader();
        var decks = new Dictionary<long, string>();
        while (reader.Read())
        {
            if (hasTable)
            {
                decks[reader.GetInt64(0)] = reader.GetString(1);
                continue;
            }
            using var json = JsonDocument.Parse(reader.GetString(0));
            foreach (var deck in json.RootElement.EnumerateObject())
                if (long.TryParse(deck.Name, out var id) && deck.Value.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String)
                    decks[id] = name.GetString()!;
        }
        return decks;
    }
}
